package cn.fengqiao.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plain unit test: prefixes match whole path segments only. */
class RouteTableTest {

    @Test
    void shouldMatchThePrefixItselfAndPathsBelowIt() {
        assertThat(RouteTable.matches("/api/incidents", "/api/incidents")).isTrue();
        assertThat(RouteTable.matches("/api/incidents", "/api/incidents/7")).isTrue();
        assertThat(RouteTable.matches("/api/incidents", "/api/incidents/7/narrative"))
                .isTrue();
    }

    @Test
    void shouldNotMatchALongerSegmentOrAnotherPath() {
        assertThat(RouteTable.matches("/api/incidents", "/api/incidentsX")).isFalse();
        assertThat(RouteTable.matches("/api/incidents", "/api/incident")).isFalse();
        assertThat(RouteTable.matches("/api/incidents", "/api")).isFalse();
    }
}
