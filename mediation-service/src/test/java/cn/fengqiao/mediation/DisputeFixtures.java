package cn.fengqiao.mediation;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;

/** Disputes brought to a given step through the API, as the caller of the running test. */
final class DisputeFixtures {

    private DisputeFixtures() {}

    /** A unique standard address id, so tests never find each other's disputes as repeats. */
    static String freshAddress() {
        return "T-" + UUID.randomUUID().toString().substring(0, 18);
    }

    static String open(String community, String addressId, String partiesJson) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"source":"WALK_IN","type":"NEIGHBOUR","community":"%s","addressId":"%s",
                         "addressText":"新华巷 3 号","summary":"楼上漏水，邻里争执","parties":%s}""".formatted(community, addressId, partiesJson))
                .post("/api/disputes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Two parties with contacts of their own: the same contact in another dispute would make a repeat. */
    static String twoParties() {
        return """
                [{"side":"APPLICANT","name":"王某","contact":"%s"},
                 {"side":"RESPONDENT","name":"李某","contact":"%s"}]""".formatted(freshPhone("138"), freshPhone("139"));
    }

    static String freshPhone(String prefix) {
        return prefix + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A community code of its own, so lists filtered by it hold only this test's disputes. */
    static String freshCommunity() {
        return "t-" + UUID.randomUUID().toString().substring(0, 12);
    }

    static String opened() {
        return opened("wanyuan");
    }

    static String opened(String community) {
        return open(community, freshAddress(), twoParties());
    }

    static void post(String id, String action, String body, int status) {
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/disputes/" + id + "/" + action)
                .then()
                .statusCode(status);
    }

    static String inMediation() {
        return inMediation("wanyuan");
    }

    static String inMediation(String community) {
        String id = opened(community);
        post(id, "accept", "{}", 200);
        post(id, "assign", "{\"kind\":\"PEOPLES_MEDIATOR\"}", 200);
        Instant start = Instant.now().plusSeconds(3600);
        post(id, "sessions", "{\"startsAt\":\"%s\",\"endsAt\":\"%s\"}".formatted(start, start.plusSeconds(3600)), 201);
        return id;
    }

    static String signed() {
        return signed("wanyuan");
    }

    static String signed(String community) {
        String id = inMediation(community);
        post(id, "agreement", "{\"terms\":\"王某于七日内修复漏水，李某不再追究。\"}", 201);
        return id;
    }
}
