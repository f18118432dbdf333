package cn.fengqiao.incident.domain;

import static cn.fengqiao.incident.domain.IncidentStatus.CANCELLED;
import static cn.fengqiao.incident.domain.IncidentStatus.CLOSED;
import static cn.fengqiao.incident.domain.IncidentStatus.DISPATCHED;
import static cn.fengqiao.incident.domain.IncidentStatus.EN_ROUTE;
import static cn.fengqiao.incident.domain.IncidentStatus.HANDLED;
import static cn.fengqiao.incident.domain.IncidentStatus.MERGED;
import static cn.fengqiao.incident.domain.IncidentStatus.ON_SCENE;
import static cn.fengqiao.incident.domain.IncidentStatus.RECEIVED;
import static cn.fengqiao.incident.domain.IncidentStatus.TRANSFERRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Plain unit test of the state machine: every (from, to) pair, legal and illegal. */
class IncidentStatusTest {

    // The lifecycle as the station works it, written out independently of the enum.
    static final Map<IncidentStatus, Set<IncidentStatus>> ALLOWED = Map.of(
            RECEIVED, EnumSet.of(DISPATCHED, TRANSFERRED, MERGED, CANCELLED),
            DISPATCHED, EnumSet.of(EN_ROUTE, ON_SCENE, TRANSFERRED, MERGED, CANCELLED),
            EN_ROUTE, EnumSet.of(ON_SCENE, TRANSFERRED, CANCELLED),
            ON_SCENE, EnumSet.of(HANDLED, TRANSFERRED),
            HANDLED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(IncidentStatus.class),
            TRANSFERRED, EnumSet.noneOf(IncidentStatus.class),
            MERGED, EnumSet.noneOf(IncidentStatus.class),
            CANCELLED, EnumSet.noneOf(IncidentStatus.class));

    @ParameterizedTest
    @EnumSource(IncidentStatus.class)
    void shouldAllowExactlyTheStationsStepsFromEveryStatus(IncidentStatus from) {
        for (IncidentStatus to : IncidentStatus.values()) {
            assertThat(from.canMoveTo(to))
                    .as(from + " -> " + to)
                    .isEqualTo(ALLOWED.get(from).contains(to));
        }
    }

    @ParameterizedTest
    @EnumSource(IncidentStatus.class)
    void shouldRecordALegalStepAndRefuseAnIllegalOneWithoutChangingAnything(IncidentStatus from) {
        for (IncidentStatus to : IncidentStatus.values()) {
            Incident incident = new Incident();
            incident.number = "JQ20240703-0001";
            incident.status = from;
            Instant at = Instant.parse("2024-07-03T02:00:00Z");
            if (ALLOWED.get(from).contains(to)) {
                IncidentTransition step = incident.moveTo(to, "officer", at, "note");
                assertThat(incident.status).isEqualTo(to);
                assertThat(step.fromStatus).isEqualTo(from);
                assertThat(step.actor).isEqualTo("officer");
            } else {
                assertThatThrownBy(() -> incident.moveTo(to, "officer", at, null))
                        .isInstanceOf(IllegalTransitionException.class)
                        .hasMessageContaining("cannot move to " + to);
                assertThat(incident.status).isEqualTo(from);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = IncidentStatus.class,
            names = {"CLOSED", "TRANSFERRED", "MERGED", "CANCELLED"})
    void shouldStampTheClosingTimeOnEveryFinalStep(IncidentStatus last) {
        assertThat(last.isFinal()).isTrue();
    }
}
