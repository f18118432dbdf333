package cn.fengqiao.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import cn.fengqiao.infrastructure.testing.EventStream;
import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/**
 * The screening queue's stream: a dispute entering the queue and leaving it (accepted) is told to
 * those who may read the queue, in order, scoped like the queue; a later step of an accepted dispute
 * is not the queue's news.
 */
@QuarkusTest
class ScreeningQueueStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TestHTTPResource("/api/disputes/screening-queue/stream")
    URI queue;

    @Test
    void shouldTellACommunityOfficerItsDisputesEnteringAndLeavingTheQueue() {
        try (EventStream stream =
                EventStream.open(queue, Map.of("Authorization", "Bearer " + KeycloakTokens.of("officer-wanyuan")))) {
            assertThat(stream.status()).isEqualTo(200);
            String elsewhere = DisputeAccessTest.openAs("mediator", "yihou");
            String own = DisputeAccessTest.openAs("mediator", "wanyuan");
            DisputeAccessTest.as("mediator")
                    .post("/api/disputes/" + own + "/accept")
                    .then()
                    .statusCode(200);
            DisputeAccessTest.as("mediator")
                    .body("{\"kind\":\"PEOPLES_MEDIATOR\"}")
                    .post("/api/disputes/" + own + "/assign")
                    .then()
                    .statusCode(200);
            String marker = DisputeAccessTest.openAs("mediator", "wanyuan");

            // everything told up to a dispute opened after the others
            List<JsonPath> told = new ArrayList<>();
            while (told.stream().noneMatch(event -> marker.equals(event.getString("subject")))) {
                EventStream.Frame frame = stream.awaitEvent(event -> true, WAIT)
                        .orElseThrow(() -> new AssertionError("the queue's events stopped: " + told));
                assertThat(frame.name()).isEqualTo("dispute");
                told.add(new JsonPath(frame.data()));
            }
            assertThat(told).noneMatch(event -> elsewhere.equals(event.getString("subject")));
            List<String> ownChanges = told.stream()
                    .filter(event -> own.equals(event.getString("subject")))
                    .map(event -> event.getString("change") + " " + event.getString("status"))
                    .toList();
            // in the queue it may change (a repeat found, a correction); leaving it is its last news
            assertThat(ownChanges).first().isEqualTo("created SCREENED");
            assertThat(ownChanges).last().isEqualTo("changed ACCEPTED");
            assertThat(ownChanges)
                    .filteredOn(change -> !change.endsWith("SCREENED"))
                    .hasSize(1);
        }
    }

    @Test
    void shouldRefuseTheQueueStreamToALawyer() {
        try (EventStream stream =
                EventStream.open(queue, Map.of("Authorization", "Bearer " + KeycloakTokens.of("lawyer")))) {
            assertThat(stream.status()).isEqualTo(403);
            assertThat(stream.errorBody()).contains("\"status\":403");
        }
    }
}
