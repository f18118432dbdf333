package cn.fengqiao.patrol.domain;

/** Where a patrol finding comes from: a patrol on the street, or a camera in a video patrol round. */
public enum FindingSource {
    PATROL,
    VIDEO_PATROL
}
