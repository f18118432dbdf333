package cn.fengqiao.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import cn.fengqiao.infrastructure.audit.AuditEntry;
import cn.fengqiao.infrastructure.testing.TopicProbe;

/**
 * Corrections of the population register with real tokens: a merge patch with If-Match and a reason,
 * the history with the phone masked, the audit, the move published, refusals that change nothing, and
 * the list of records nobody verified for months.
 */
@QuarkusTest
class PersonCorrectionTest {

    static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    @Inject
    EntityManager em;

    static RequestSpecification patch(String etag, String reason) {
        return patch("officer", etag, reason);
    }

    /** A merge patch as the user sends it, with the ETag and the reason (percent-encoded) where given. */
    static RequestSpecification patch(String user, String etag, String reason) {
        RequestSpecification request =
                PersonResourceTest.as(user).contentType(MERGE_PATCH).header("X-Purpose", "test");
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        return reason == null ? request : request.header("X-Reason", URLEncoder.encode(reason, StandardCharsets.UTF_8));
    }

    static String etag(String person) {
        return PersonResourceTest.reader("officer")
                .get("/api/residents/" + person)
                .then()
                .extract()
                .header("ETag");
    }

    static String street(String community) {
        return PersonResourceTest.as("admin")
                .body("{\"code\":\"CORR-%s\",\"level\":\"STREET\",\"name\":\"更正路%s\",\"community\":\"%s\"}"
                        .formatted(System.nanoTime(), System.nanoTime() % 10_000, community))
                .post("/api/addresses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void shouldCorrectAPersonKeepTheHistoryAuditItAndPublishTheMove() {
        String person = PersonResourceTest.register("officer", PersonFixtures.idNumber(true), "13800001111", "wanyuan");
        String newHome = street("yihou");
        try (TopicProbe events = TopicProbe.fromNow("resident-events")) {
            Response corrected = patch(etag(person), "户籍核查：姓名笔误，已搬至驿后")
                    .body("{\"name\":\"张三丰\",\"phone\":\"13900002222\",\"addressId\":\"%s\",\"movedInOn\":\"%s\"}"
                            .formatted(newHome, TODAY.minusDays(3)))
                    .patch("/api/residents/" + person);
            corrected
                    .then()
                    .statusCode(200)
                    .body("name", equalTo("张三丰"))
                    .body("phone", equalTo("13900002222"))
                    .body("community", equalTo("yihou"))
                    .body("movedInOn", equalTo(TODAY.minusDays(3).toString()));
            assertThat(corrected.header("ETag")).isEqualTo(etag(person));

            JsonPath history = PersonResourceTest.reader("officer")
                    .get("/api/residents/" + person + "/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(history.getList("$")).hasSize(1);
            assertThat(history.getString("[0].by")).isEqualTo("officer");
            assertThat(history.getString("[0].reason")).isEqualTo("户籍核查：姓名笔误，已搬至驿后");
            assertThat(history.getList("[0].changes.field"))
                    .containsExactly("name", "phone", "addressId", "community", "movedInOn");
            assertThat(history.getString("[0].changes[0].from")).isEqualTo("测试居民");
            // the phone is kept as a read shows it masked, never whole
            assertThat(history.getString("[0].changes[1].from")).isEqualTo("138****1111");
            assertThat(history.getString("[0].changes[1].to")).isEqualTo("139****2222");
            // a value that was not there is shown as null, not left out
            assertThat(history.getMap("[0].changes[4]")).containsEntry("from", null);

            assertThat(audited(person, "correct person")).contains("户籍核查：姓名笔误，已搬至驿后");
            ConsumerRecord<String, String> moved = events.await(
                            r -> person.equals(r.key())
                                    && "cn.fengqiao.resident.person-moved.v1".equals(TopicProbe.header(r, "ce_type")),
                            Duration.ofSeconds(20))
                    .orElseThrow();
            JsonPath data = new JsonPath(moved.value());
            assertThat(data.getString("fromCommunity")).isEqualTo("wanyuan");
            assertThat(data.getString("toCommunity")).isEqualTo("yihou");
            assertThat(moved.value()).doesNotContain("张三丰").doesNotContain("13900002222");
        }
    }

    @Test
    void shouldRefuseAStaleVersionAMissingReasonAndFieldsThatCannotBeCorrectedChangingNothing() {
        String person = PersonResourceTest.register(
                "officer", PersonFixtures.idNumber(false), PersonFixtures.phone(), "wanyuan");
        String etag = etag(person);
        patch(etag, "第一次")
                .body("{\"occupation\":\"厨师\"}")
                .patch("/api/residents/" + person)
                .then()
                .statusCode(200);

        patch(etag, "旧版本")
                .body("{\"occupation\":\"司机\"}")
                .patch("/api/residents/" + person)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        patch(etag(person), null)
                .body("{\"occupation\":\"司机\"}")
                .patch("/api/residents/" + person)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("X-Reason"));
        for (String refused : List.of(
                "{\"idNumber\":\"140502199001011234\"}",
                "{\"registeredBy\":\"someone\"}",
                "{\"name\":null}",
                "{\"name\":\"张\\u0000三\"}",
                "{\"deceasedOn\":\"" + TODAY.plusDays(1) + "\"}",
                "{\"addressId\":null}",
                "{}")) {
            patch(etag(person), "试")
                    .body(refused)
                    .patch("/api/residents/" + person)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        PersonResourceTest.as("officer")
                .header("X-Reason", "json")
                .body("{\"occupation\":\"司机\"}")
                .patch("/api/residents/" + person)
                .then()
                .statusCode(415);
        PersonResourceTest.reader("officer")
                .get("/api/residents/" + person + "/changes")
                .then()
                .body("size()", equalTo(1))
                .body("[0].changes[0].to", equalTo("厨师"));
    }

    @Test
    void shouldListWhomNobodyVerifiedForMonthsUntilAnOfficerVerifiesThem() {
        String person = PersonResourceTest.register(
                "officer", PersonFixtures.idNumber(true), PersonFixtures.phone(), "wanyuan");
        String gone = PersonResourceTest.register(
                "officer", PersonFixtures.idNumber(true), PersonFixtures.phone(), "wanyuan");
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE person SET verified_at = now() - interval '13 months' WHERE id IN (?1, ?2)")
                        .setParameter(1, java.util.UUID.fromString(person))
                        .setParameter(2, java.util.UUID.fromString(gone))
                        .executeUpdate());
        patch(etag(gone), "已迁出")
                .body("{\"movedOutOn\":\"" + TODAY + "\"}")
                .patch("/api/residents/" + gone)
                .then()
                .statusCode(200);

        List<String> unverified = unverified();
        assertThat(unverified).contains(person).doesNotContain(gone);
        PersonResourceTest.reader("auxiliary")
                .post("/api/residents/" + person + "/verification")
                .then()
                .statusCode(200)
                .body("verifiedAt", not(equalTo(null)));
        assertThat(unverified()).doesNotContain(person);
        PersonResourceTest.reader("officer")
                .queryParam("months", "0")
                .get("/api/residents/unverified")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("months"));
    }

    private static List<String> unverified() {
        return unverified("/api/residents/unverified");
    }

    /** Every id a list of records nobody verified names for wanyuan, page by page. */
    static List<String> unverified(String path) {
        List<String> ids = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath list = PersonResourceTest.reader("officer")
                    .queryParam("community", "wanyuan")
                    .queryParam("size", 100)
                    .queryParam("page", page)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            ids.addAll(list.getList("items.id"));
            if ((page + 1) * 100 >= list.getLong("total")) {
                return ids;
            }
        }
    }

    private static List<String> audited(String person, String action) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        AuditEntry.<AuditEntry>list("subject = ?1 AND action = ?2", "person/" + person, action).stream()
                                .map(e -> e.purpose)
                                .toList());
    }
}
