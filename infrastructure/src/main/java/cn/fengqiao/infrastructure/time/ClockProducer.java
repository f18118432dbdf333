package cn.fengqiao.infrastructure.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The station's clock (Asia/Shanghai), injectable so that deadlines can be tested at fixed times. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock stationClock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }
}
