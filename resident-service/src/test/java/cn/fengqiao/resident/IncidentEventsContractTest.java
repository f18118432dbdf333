package cn.fengqiao.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import cn.fengqiao.infrastructure.inbox.ReceivedEvent;
import cn.fengqiao.resident.messaging.IncidentCorrected;
import cn.fengqiao.resident.messaging.IncidentReported;

/**
 * Plain unit test, the consumer's side of the contract: this service's own copy of
 * incident.reported.v1 reads the example incident-service publishes in its AsyncAPI document.
 */
class IncidentEventsContractTest {

    static final Path PRODUCER_EXAMPLE =
            Path.of("../incident-service/src/main/asyncapi/incident.reported.v1.example.json");

    @Test
    void shouldReadTheProducersIncidentReportedExample() throws Exception {
        ReceivedEvent event = new ReceivedEvent(
                "e-1", IncidentReported.TYPE, "/incident-service", null, null, Files.readString(PRODUCER_EXAMPLE));

        IncidentReported reported = event.dataAs(IncidentReported.class);

        assertThat(reported.incidentId()).hasToString("5f0c2b1e-8a2d-4c3e-9b1f-2a7d6e4c9b10");
        assertThat(reported.number()).isEqualTo("JQ20240703-0007");
        assertThat(reported.category()).isEqualTo("DISPUTE");
        assertThat(reported.community()).isEqualTo("fengyang");
        assertThat(reported.addressText()).isEqualTo("新华巷 3 号");
        assertThat(reported.reportedAt()).hasToString("2024-07-03T01:12:45.120Z");
    }

    @Test
    void shouldReadTheProducersIncidentCorrectedExample() throws Exception {
        ReceivedEvent event = new ReceivedEvent(
                "e-2",
                IncidentCorrected.TYPE,
                "/incident-service",
                null,
                null,
                Files.readString(PRODUCER_EXAMPLE.resolveSibling("incident.corrected.v1.example.json")));

        IncidentCorrected corrected = event.dataAs(IncidentCorrected.class);

        assertThat(corrected.incidentId()).hasToString("5f0c2b1e-8a2d-4c3e-9b1f-2a7d6e4c9b10");
        assertThat(corrected.category()).isEqualTo("CRIMINAL");
        assertThat(corrected.subCategory()).isEqualTo("THEFT");
        assertThat(corrected.community()).isEqualTo("wanyuan");
        assertThat(corrected.addressText()).isEqualTo("新华巷 12 号");
    }
}
