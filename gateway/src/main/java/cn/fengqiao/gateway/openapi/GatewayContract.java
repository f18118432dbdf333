package cn.fengqiao.gateway.openapi;

import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the gateway adds to the services' operations in the combined document, because the gateway
 * is who says it: the RateLimit fields on every answer (RateLimiter), 429 with Retry-After when a
 * caller goes too fast, the Keycloak login the roles come from, and the operations anyone may call
 * marked as such ({@code security: []}).
 */
final class GatewayContract {

    static final String SCHEME = "SecurityScheme";
    private static final String HEADERS = "#/components/headers/";

    private GatewayContract() {}

    static void add(ObjectNode root, String keycloakPublicUrl) {
        ObjectNode components = root.with("components");
        ObjectNode headers = components.with("headers");
        headers.set(
                "RateLimit",
                header(
                        "The caller's bucket now (IETF httpapi draft): \"standard\";r=39;t=1 is 39 requests left, full again in 1 s",
                        200));
        headers.set(
                "RateLimit-Policy",
                header(
                        "The caller's quota (IETF httpapi draft): \"standard\";q=40;w=2 is a burst of 40, refilled in 2 s",
                        200));
        headers.set(
                "Access-Control-Allow-Origin",
                header("The caller's origin, when it is one of the frontends the gateway allows (CORS)", 2000));
        ObjectNode tooMany = components.with("responses").putObject("TooManyRequests");
        tooMany.put("description", "Too many requests from this caller: wait Retry-After seconds");
        tooMany.with("headers").putObject("Retry-After").put("$ref", HEADERS + "Retry-After");
        tooMany.with("content")
                .with("application/problem+json")
                .with("schema")
                .put("$ref", "#/components/schemas/Problem");
        components.path("responses").forEach(GatewayContract::rateLimitHeaders);

        Set<String> roles = new TreeSet<>();
        root.path("paths")
                .forEach(item -> item.forEach(operation -> {
                    ObjectNode op = (ObjectNode) operation;
                    ObjectNode responses = op.with("responses");
                    responses.putObject("429").put("$ref", "#/components/responses/TooManyRequests");
                    responses.fields().forEachRemaining(answer -> rateLimitHeaders(answer.getValue()));
                    if (!op.has("security")) {
                        op.putArray("security"); // anyone may call it: the route is public at the gateway
                    }
                    op.path("security")
                            .forEach(requirement -> requirement.path(SCHEME).forEach(role -> roles.add(role.asText())));
                }));
        keycloakScheme(components, keycloakPublicUrl, roles);
    }

    // Every 2xx and 4xx answer that passed the rate limiter carries the caller's bucket; a browser's, its origin.
    private static void rateLimitHeaders(JsonNode response) {
        if (response.has("$ref")) {
            return;
        }
        ObjectNode headers = ((ObjectNode) response).with("headers");
        headers.putObject("RateLimit").put("$ref", HEADERS + "RateLimit");
        headers.putObject("RateLimit-Policy").put("$ref", HEADERS + "RateLimit-Policy");
        headers.putObject("Access-Control-Allow-Origin").put("$ref", HEADERS + "Access-Control-Allow-Origin");
    }

    private static ObjectNode header(String description, int maxLength) {
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        header.put("description", description);
        header.putObject("schema").put("type", "string").put("maxLength", maxLength);
        return header;
    }

    // Swagger UI and a generated client log in with the authorization code flow and PKCE against the
    // fengqiao realm; the scopes an operation lists are the realm roles that may call it.
    private static void keycloakScheme(ObjectNode components, String keycloakPublicUrl, Set<String> roles) {
        String realm = keycloakPublicUrl + "/realms/fengqiao/protocol/openid-connect";
        ObjectNode scheme = components.with("securitySchemes").putObject(SCHEME);
        scheme.put("type", "oauth2")
                .put(
                        "description",
                        "Keycloak realm fengqiao: short-lived RS256-signed JWT access tokens, checked as"
                                + " RFC8725 recommends (algorithm pinned, issuer, audience, expiry); an operation's scopes"
                                + " are the realm roles (realm_access.roles) that may call it");
        ObjectNode flow = scheme.putObject("flows").putObject("authorizationCode");
        flow.put("authorizationUrl", realm + "/auth")
                .put("tokenUrl", realm + "/token")
                .put("refreshUrl", realm + "/token");
        ObjectNode scopes = flow.putObject("scopes");
        roles.forEach(role -> scopes.put(role, "The realm role " + role));
    }
}
