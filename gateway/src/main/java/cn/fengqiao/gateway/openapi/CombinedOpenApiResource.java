package cn.fengqiao.gateway.openapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.fengqiao.gateway.config.GatewayConfig;

/**
 * One OpenAPI document for the whole API, merged from the services' own documents (each lists its
 * operations with the roles that may call them). A service that is down is named, not fatal.
 * Security schemes point at Keycloak, so Swagger UI can log in with the public PKCE client.
 */
@Path("/openapi")
public class CombinedOpenApiResource {

    private static final Logger LOG = Logger.getLogger(CombinedOpenApiResource.class);
    private static final Duration CACHE_FOR = Duration.ofSeconds(30);

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper mapper;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile ObjectNode cached;
    private volatile Instant cachedAt = Instant.EPOCH;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The combined OpenAPI document of every service behind the gateway")
    public JsonNode combined() {
        if (cached == null || Instant.now().isAfter(cachedAt.plus(CACHE_FOR))) {
            cached = merge();
            cachedAt = Instant.now();
        }
        return cached;
    }

    private ObjectNode merge() {
        ObjectNode root = mapper.createObjectNode();
        root.put("openapi", "3.1.0");
        root.putObject("info")
                .put("title", "Fengqiao API")
                .put("version", "1.0")
                .put(
                        "description",
                        "The API of a Fengqiao-style community police station, through its gateway. "
                                + "Each operation names the roles that may call it.");
        root.putArray("servers").addObject().put("url", "/");
        Map<String, JsonNode> paths = new TreeMap<>();
        ObjectNode schemas = mapper.createObjectNode();
        ArrayNode tags = mapper.createArrayNode();
        ArrayNode unavailable = mapper.createArrayNode();
        config.backends().forEach((name, url) -> {
            try {
                JsonNode doc = fetch(url.resolve("/q/openapi?format=json"));
                doc.path("paths").fields().forEachRemaining(e -> paths.put(e.getKey(), e.getValue()));
                doc.path("components")
                        .path("schemas")
                        .fields()
                        .forEachRemaining(e -> schemas.putIfAbsent(e.getKey(), e.getValue()));
                doc.path("tags").forEach(tags::add);
                for (Iterator<String> it =
                                doc.path("components").path("securitySchemes").fieldNames();
                        it.hasNext(); ) {
                    keycloakScheme(root, it.next());
                }
            } catch (Exception e) {
                LOG.warnf("OpenAPI document of %s unavailable: %s", name, e.toString());
                unavailable.add(name);
            }
        });
        ObjectNode pathsNode = root.putObject("paths");
        paths.forEach(pathsNode::set);
        ((ObjectNode) root.with("components")).set("schemas", schemas);
        root.set("tags", tags);
        if (!unavailable.isEmpty()) {
            root.set("x-unavailable-services", unavailable);
        }
        return root;
    }

    // Swagger UI logs in with the authorization code flow and PKCE against the fengqiao realm.
    private void keycloakScheme(ObjectNode root, String name) {
        String realm = config.keycloakPublicUrl() + "/realms/fengqiao/protocol/openid-connect";
        ObjectNode scheme = root.with("components").with("securitySchemes").putObject(name);
        scheme.put("type", "oauth2").put("description", "Keycloak realm fengqiao");
        scheme.putObject("flows")
                .putObject("authorizationCode")
                .put("authorizationUrl", realm + "/auth")
                .put("tokenUrl", realm + "/token")
                .putObject("scopes");
    }

    private JsonNode fetch(URI uri) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return mapper.readTree(response.body());
    }
}
