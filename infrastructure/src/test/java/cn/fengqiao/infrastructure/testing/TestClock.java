package cn.fengqiao.infrastructure.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The station clock in tests: the real time plus an offset a test may set, so deadlines can be
 * reached without waiting. Tests that move it put it back.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private static final ZoneId STATION = ZoneId.of("Asia/Shanghai");
    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return STATION;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
