package cn.fengqiao.infrastructure.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The station's clock (Asia/Shanghai), injectable so that deadlines can be tested at fixed times. */
@ApplicationScoped
public class ClockProducer {

    /** The station's time zone: days, deadlines and numbers are counted in it. */
    public static final ZoneId STATION_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @Singleton
    Clock stationClock() {
        return Clock.system(STATION_ZONE);
    }
}
