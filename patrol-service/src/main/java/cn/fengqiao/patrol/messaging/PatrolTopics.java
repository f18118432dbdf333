package cn.fengqiao.patrol.messaging;

/** The topic patrol-service writes to, and the types of what it writes. */
public final class PatrolTopics {

    public static final String PATROL_EVENTS = "patrol-events";

    public static final String PLAN_PUBLISHED = "cn.fengqiao.patrol.plan-published.v1";
    public static final String SHIFT_STARTED = "cn.fengqiao.patrol.shift-started.v1";
    public static final String SHIFT_ENDED = "cn.fengqiao.patrol.shift-ended.v1";
    public static final String CHECKPOINT_MISSED = "cn.fengqiao.patrol.checkpoint-missed.v1";
    public static final String COVERAGE_COMPUTED = "cn.fengqiao.patrol.coverage-computed.v1";
    public static final String FINDING_REPORTED = "cn.fengqiao.patrol.finding-reported.v1";

    private PatrolTopics() {}
}
