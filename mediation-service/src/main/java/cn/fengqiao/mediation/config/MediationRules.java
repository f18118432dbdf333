package cn.fengqiao.mediation.config;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The station's deadlines and windows for disputes; the defaults are the rules the station works by. */
@ConfigMapping(prefix = "fengqiao.mediation")
public interface MediationRules {

    /** A screened dispute must be accepted (or referred) within this many days. */
    @WithDefault("3")
    int acceptWithinDays();

    /** An accepted dispute must be settled within this many days of acceptance. */
    @WithDefault("30")
    int mediateWithinDays();

    /** An earlier dispute or incident at the same address or with the same parties this recent makes a repeat. */
    @WithDefault("60")
    int repeatWindowDays();

    /** Both parties must ask for judicial confirmation within this many days of signing (the law's 30). */
    @WithDefault("30")
    int judicialConfirmationWithinDays();

    /** Follow-up visits, in days after the agreement. */
    @WithDefault("7,30")
    List<Integer> followUpDays();
}
