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

            // generous: on a fresh broker the relay may still be sending earlier tests' events
            ConsumerRecord<String, String> reported = feed.await(
                            r -> id.equals(r.key()) && r.value().contains("\"channel\""), Duration.ofSeconds(90))
                    .orElseThrow(() -> new AssertionError("the reported event is not on public-events"));
            ConsumerRecord<String, String> closed = feed.await(
                            r -> id.equals(r.key()) && r.value().contains("\"outcome\":\"CANCELLED\""),
                            Duration.ofSeconds(30))
                    .orElseThrow(() -> new AssertionError("the closed event is not on public-events"));
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
