package cn.fengqiao.resident.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Review intervals and the involvement threshold of classified management. */
@ConfigMapping(prefix = "fengqiao.resident.tiers")
public interface TierRules {

    /** A KEY person is reviewed every this many days. */
    @WithDefault("90")
    int keyReviewDays();

    /** A WATCH person is reviewed every this many days. */
    @WithDefault("180")
    int watchReviewDays();

    /** This many incidents naming a person ... */
    @WithDefault("3")
    int involvementThreshold();

    /** ... within this many days suggest a review. */
    @WithDefault("90")
    int involvementWindowDays();

    /** The OAuth client of the station's own console: the only one whose tokens may see tiers. */
    @WithDefault("fengqiao-station")
    String stationClient();
}
