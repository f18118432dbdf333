package cn.fengqiao.infrastructure.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Real access tokens from the running Keycloak, one per demo user (password {@code demo}, the
 * third-party client) or for the city-system client; cached for four minutes (tokens live five), so a long run never sends an expired one.
 */
public final class KeycloakTokens {

    public static final String KEYCLOAK =
            Optional.ofNullable(System.getenv("FENGQIAO_KEYCLOAK_URL")).orElse("http://localhost:8180");
    private static final Duration KEEP = Duration.ofMinutes(4);
    private static final Map<String, Cached> TOKENS = new ConcurrentHashMap<>();

    private record Cached(String token, Instant fetched) {}

    private KeycloakTokens() {}

    /** A token for the demo user of that name (e.g. {@code officer}), or the city-system client's own. */
    public static String of(String user) {
        return cached(
                user, () -> user.equals("city-system") ? clientToken() : userToken(user, "fengqiao-frontend", null));
    }

    /** A token for the demo user from the station's own confidential client (fengqiao-station): tiers are shown only to it. */
    public static String station(String user) {
        return cached("station:" + user, () -> userToken(user, "fengqiao-station", "fengqiao-station-secret"));
    }

    /** Drops every cached token: after Keycloak restarts with new signing keys, the old ones are void. */
    public static void forget() {
        TOKENS.clear();
    }

    private static String cached(String key, Supplier<String> fetch) {
        return TOKENS.compute(
                        key,
                        (k, old) -> old != null && old.fetched().plus(KEEP).isAfter(Instant.now())
                                ? old
                                : new Cached(fetch.get(), Instant.now()))
                .token();
    }

    private static String clientToken() {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "city-system")
                .formParam(
                        "client_secret",
                        Optional.ofNullable(System.getenv("CITY_SYSTEM_SECRET")).orElse("city-system-secret"))
                .post(KEYCLOAK + "/realms/fengqiao/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private static String userToken(String user, String client, String secret) {
        var request = given().formParam("grant_type", "password")
                .formParam("client_id", client)
                .formParam("username", user)
                .formParam("password", "demo");
        if (secret != null) {
            request = request.formParam("client_secret", secret);
        }
        return request.post(KEYCLOAK + "/realms/fengqiao/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
