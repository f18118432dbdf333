package cn.fengqiao.infrastructure.testing;

import java.util.Map;

import org.jboss.logging.Logger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Before a service's tests start it: its test consumer groups start at the end of their topics, so
 * the events an earlier run, the system tests or the benchmarks left there are not a backlog the
 * tests' own events wait behind. Arguments: group → comma-separated topics.
 */
public class ConsumersStartAtTheEnd implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(ConsumersStartAtTheEnd.class);
    private Map<String, String> topicsByGroup = Map.of();

    @Override
    public void init(Map<String, String> initArgs) {
        topicsByGroup = Map.copyOf(initArgs);
    }

    @Override
    public Map<String, String> start() {
        topicsByGroup.forEach((group, topics) -> {
            for (String topic : topics.split(",")) {
                try {
                    TopicProbe.skipToTheEnd(group, topic.strip());
                } catch (RuntimeException e) {
                    // e.g. a member of the group is still leaving: the backlog is only slower, not wrong
                    LOG.warnf("%s stays where it was on %s: %s", group, topic, e.toString());
                }
            }
        });
        return Map.of();
    }

    @Override
    public void stop() {}
}
