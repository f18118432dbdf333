package cn.fengqiao.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The gateway's routing table and limits, from application.properties (prefix {@code fengqiao.gateway}). */
@ConfigMapping(prefix = "fengqiao.gateway")
public interface GatewayConfig {

    /** Backend name -> base URL, e.g. incident-service -> http://localhost:8081. */
    Map<String, URI> backends();

    /** Route name -> prefix, backend and the roles that may use it. */
    Map<String, Route> routes();

    /** How long a backend may take to answer before the caller gets a 504. */
    Duration timeout();

    /** How long to try to connect to a backend before the caller gets a 503. */
    Duration connectTimeout();

    /** Keycloak as browsers reach it, for Swagger UI's login. */
    String keycloakPublicUrl();

    interface Route {

        /** A path prefix that matches whole segments: /api/incidents matches /api/incidents/1, not /api/incidentsX. */
        String prefix();

        String backend();

        /** Any one of these realm roles may pass (ignored for a public route). */
        Optional<Set<String>> roles();

        /** Open without a token (e.g. a caller's one-time rating link); the service decides what it allows. */
        @WithName("public")
        @WithDefault("false")
        boolean isPublic();
    }
}
