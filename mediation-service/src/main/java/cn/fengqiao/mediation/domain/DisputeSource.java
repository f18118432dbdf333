package cn.fengqiao.mediation.domain;

/** Where a dispute was found: an incident of the dispute category, a walk-in, a grid worker, a screening round (排查). */
public enum DisputeSource {
    INCIDENT,
    WALK_IN,
    GRID_REPORT,
    SCREENING
}
