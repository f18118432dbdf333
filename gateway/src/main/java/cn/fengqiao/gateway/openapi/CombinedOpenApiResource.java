package cn.fengqiao.gateway.openapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
 * What the gateway itself answers (rate limits, the Keycloak login) is added by GatewayContract.
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
        ObjectNode info = root.putObject("info")
                .put("title", "Fengqiao API")
                .put("version", "1.0")
                .put(
                        "description",
                        "The API of a Fengqiao-style community police station, through its gateway. "
                                + "Each operation names the roles that may call it.");
        info.putObject("contact").put("name", "Fengqiao maintainers").put("url", "https://fengqiao.cn");
        info.putObject("license").put("name", "Apache-2.0").put("url", "https://www.apache.org/licenses/LICENSE-2.0");
        root.putArray("servers").addObject().put("url", "/").put("x-internal", false);
        Map<String, JsonNode> paths = new TreeMap<>();
        ObjectNode components = mapper.createObjectNode();
        Map<String, JsonNode> tags = new TreeMap<>();
        ArrayNode unavailable = mapper.createArrayNode();
        config.backends().forEach((name, url) -> {
            try {
                JsonNode doc = fetch(url.resolve("/q/openapi?format=json"));
                doc.path("paths").fields().forEachRemaining(e -> paths.put(e.getKey(), e.getValue()));
                // schemas are named by service; the shared ones (Problem, its responses) are the same in each
                for (String kind : new String[] {"schemas", "responses", "headers"}) {
                    doc.path("components")
                            .path(kind)
                            .fields()
                            .forEachRemaining(e -> components.with(kind).putIfAbsent(e.getKey(), e.getValue()));
                }
                // two services may tag their operations alike ("Observed incidents"): one tag, described
                doc.path("tags")
                        .forEach(tag -> tags.merge(
                                tag.path("name").asText(),
                                tag,
                                (first, next) -> first.has("description") ? first : next));
            } catch (Exception e) {
                LOG.warnf("OpenAPI document of %s unavailable: %s", name, e.toString());
                unavailable.add(name);
            }
        });
        ObjectNode pathsNode = root.putObject("paths");
        paths.forEach(pathsNode::set);
        root.set("components", components);
        root.putArray("tags").addAll(tags.values());
        GatewayContract.add(root, config.keycloakPublicUrl());
        if (!unavailable.isEmpty()) {
            root.set("x-unavailable-services", unavailable);
        }
        return root;
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
