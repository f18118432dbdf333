package cn.fengqiao.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dispute workflow as a table: every pair of statuses is either allowed or a 409. */
class DisputeStatusTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "SCREENED, ACCEPTED, true",
        "SCREENED, REFERRED, true",
        "SCREENED, CLOSED, true",
        "SCREENED, ASSIGNED, false",
        "SCREENED, AGREEMENT_SIGNED, false",
        "ACCEPTED, ASSIGNED, true",
        "ACCEPTED, IN_MEDIATION, false",
        "ACCEPTED, CLOSED, false",
        "ASSIGNED, IN_MEDIATION, true",
        "ASSIGNED, AGREEMENT_SIGNED, false",
        "IN_MEDIATION, AGREEMENT_SIGNED, true",
        "IN_MEDIATION, FAILED, true",
        "IN_MEDIATION, REFERRED, true",
        "IN_MEDIATION, CLOSED, false",
        "AGREEMENT_SIGNED, FOLLOW_UP, true",
        "AGREEMENT_SIGNED, ASSIGNED, true",
        "AGREEMENT_SIGNED, CLOSED, false",
        "FAILED, REFERRED, true",
        "FAILED, CLOSED, true",
        "FAILED, IN_MEDIATION, false",
        "FOLLOW_UP, CLOSED, true",
        "FOLLOW_UP, ASSIGNED, true",
        "FOLLOW_UP, REFERRED, false",
        "CLOSED, ASSIGNED, false",
        "REFERRED, ACCEPTED, false"
    })
    void shouldAllowOnlyTheWorkflowsSteps(DisputeStatus from, DisputeStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void shouldTreatClosedAndReferredAsFinal() {
        assertThat(DisputeStatus.CLOSED.isFinal()).isTrue();
        assertThat(DisputeStatus.REFERRED.isFinal()).isTrue();
        assertThat(DisputeStatus.FAILED.isFinal()).isFalse();
    }

    @Test
    void shouldStampTheStepsTimeAndRefuseAnIllegalStep() {
        Dispute dispute = new Dispute();
        dispute.id = UUID.randomUUID();
        dispute.number = "TJ20240703-0001";
        dispute.status = DisputeStatus.SCREENED;
        Instant at = Instant.parse("2024-07-03T02:00:00Z");

        DisputeTransition step = dispute.moveTo(DisputeStatus.ACCEPTED, "mediator", at, "ok");

        assertThat(dispute.acceptedAt).isEqualTo(at);
        assertThat(step.fromStatus).isEqualTo(DisputeStatus.SCREENED);
        assertThat(step.byUser).isEqualTo("mediator");
        assertThatThrownBy(() -> dispute.moveTo(DisputeStatus.CLOSED, "mediator", at, null))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is ACCEPTED and cannot move to CLOSED");
    }

    @Test
    void shouldRaiseTheRiskOneStepOnlyOnceForARepeat() {
        Dispute dispute = new Dispute();
        dispute.riskGrade = RiskGrade.MEDIUM;
        dispute.warningLevel = WarningLevel.YELLOW;

        dispute.flagRepeated("same address as dispute TJ20240601-0001");
        dispute.flagRepeated("same party as incident JQ20240602-0003");

        assertThat(dispute.repeated).isTrue();
        assertThat(dispute.riskGrade).isEqualTo(RiskGrade.HIGH);
        assertThat(dispute.warningLevel).isEqualTo(WarningLevel.RED);
        assertThat(dispute.repeatReason).contains("TJ20240601-0001");
    }

    @Test
    void shouldMapIncidentDisputeSubCategoriesToTypes() {
        assertThat(DisputeType.ofIncidentSubCategory("LANDLORD_TENANT_DISPUTE")).isEqualTo(DisputeType.LANDLORD_TENANT);
        assertThat(DisputeType.ofIncidentSubCategory("WAGE_DISPUTE")).isEqualTo(DisputeType.WAGES);
        assertThat(DisputeType.ofIncidentSubCategory(null)).isEqualTo(DisputeType.OTHER);
        assertThat(DisputeType.ofIncidentSubCategory("SOMETHING_NEW")).isEqualTo(DisputeType.OTHER);
    }
}
