package cn.fengqiao.mediation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import cn.fengqiao.infrastructure.testing.TopicProbe;

/** The public feed on the real topic: a dispute opened and screened out, with no party or story in either event. */
@QuarkusTest
@TestSecurity(user = "mediator", roles = "mediator")
class PublicFeedTest {

    @Test
    void shouldPublishADisputesStartAndEndWithoutAnythingPersonal() {
        try (TopicProbe feed = TopicProbe.fromNow("public-events")) {
            String id = given().contentType(ContentType.JSON)
                    .body("{\"source\":\"WALK_IN\",\"type\":\"NEIGHBOUR\",\"community\":\"wanyuan\","
                            + "\"summary\":\"张某与楼上漏水纠纷\",\"parties\":[{\"side\":\"APPLICANT\",\"name\":\"张某\","
                            + "\"contact\":\"13900139000\"},{\"side\":\"RESPONDENT\",\"name\":\"李某\"}]}")
                    .post("/api/disputes")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            given().contentType(ContentType.JSON)
                    .body("{\"note\":\"双方已自行和解\"}")
                    .post("/api/disputes/" + id + "/close")
                    .then()
                    .statusCode(200);

            // generous: on a fresh broker the relay may still be sending earlier tests' events
            ConsumerRecord<String, String> opened = feed.await(
                            r -> id.equals(r.key())
                                    && TopicProbe.header(r, "ce_type").endsWith("dispute-opened.v1"),
                            Duration.ofSeconds(90))
                    .orElseThrow();
            ConsumerRecord<String, String> ended = feed.await(
                            r -> id.equals(r.key())
                                    && TopicProbe.header(r, "ce_type").endsWith("dispute-ended.v1"),
                            Duration.ofSeconds(30))
                    .orElseThrow();
            assertThat(ended.value()).contains("\"outcome\":\"NO_DISPUTE\"");
            for (ConsumerRecord<String, String> event : java.util.List.of(opened, ended)) {
                assertThat(event.value())
                        .contains("\"community\":\"wanyuan\"")
                        .doesNotContain("张某", "李某", "13900139000", "漏水", "和解");
            }
        }
    }
}
