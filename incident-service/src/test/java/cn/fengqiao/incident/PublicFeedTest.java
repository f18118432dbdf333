package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import cn.fengqiao.infrastructure.testing.TopicProbe;

/** The public feed on the real topic: an incident reported and cancelled, with nothing personal in either event. */
@QuarkusTest
@TestSecurity(user = "officer", roles = "officer")
class PublicFeedTest {

    @Test
    void shouldPublishAnIncidentsStartAndEndWithoutAnythingPersonal() {
        try (TopicProbe feed = TopicProbe.fromNow("public-events")) {
            String id = given().contentType(ContentType.JSON)
                    .body("{\"channel\":\"CALL_110\",\"category\":\"DISPUTE\",\"summary\":\"王某与邻居争吵\","
                            + "\"community\":\"wanyuan\",\"addressText\":\"万源街 12 号院\",\"latitude\":35.49,"
                            + "\"longitude\":112.84,\"reporterName\":\"王某\",\"reporterPhone\":\"13800138000\"}")
                    .post("/api/incidents")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            given().contentType(ContentType.JSON)
                    .body("{\"reason\":\"报警人撤回\"}")
                    .post("/api/incidents/" + id + "/cancel")
                    .then()
                    .statusCode(200);

            // Both events of this incident, however many others the relay sends first (the wait is
            // generous: on a fresh broker the relay may still be working through earlier tests' events).
            java.util.List<ConsumerRecord<String, String>> seen = new java.util.ArrayList<>();
            ConsumerRecord<String, String> reported = null;
            ConsumerRecord<String, String> closed = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while ((reported == null || closed == null) && System.nanoTime() < deadline) {
                var next = feed.await(r -> true, Duration.ofSeconds(1));
                if (next.isEmpty()) {
                    continue;
                }
                seen.add(next.get());
                if (id.equals(next.get().key()) && next.get().value().contains("\"channel\"")) {
                    reported = next.get();
                } else if (id.equals(next.get().key()) && next.get().value().contains("\"outcome\":\"CANCELLED\"")) {
                    closed = next.get();
                }
            }
            assertThat(reported)
                    .as("the reported event among %d seen on public-events", seen.size())
                    .isNotNull();
            assertThat(closed)
                    .as("the closed event among %d seen on public-events", seen.size())
                    .isNotNull();
            assertThat(new String(reported.headers().lastHeader("ce_type").value()))
                    .isEqualTo("cn.fengqiao.public.incident-reported.v1");
            for (ConsumerRecord<String, String> event : java.util.List.of(reported, closed)) {
                assertThat(event.value())
                        .contains("\"community\":\"wanyuan\"")
                        .doesNotContain("王某", "13800138000", "万源街", "35.49", "争吵", "撤回");
            }
        }
    }
}
