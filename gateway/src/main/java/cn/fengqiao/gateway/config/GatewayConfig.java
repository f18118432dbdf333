package cn.fengqiao.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.quarkus.runtime.configuration.MemorySize;
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

    /** Connections the gateway keeps to each backend at most. */
    @WithDefault("64")
    int backendConnections();

    /**
     * Requests that may wait for one of those connections; more are refused at once with 503, so an
     * overload sheds work instead of piling it up in the gateway's memory.
     */
    @WithDefault("256")
    int backendQueue();

    /**
     * Live streams (paths ending in /stream) each hold a backend connection while open, so they have
     * a pool of their own: a command room full of screens never starves the ordinary calls.
     */
    @WithDefault("1000")
    int streamConnections();

    /** Keycloak as browsers reach it, for Swagger UI's login. */
    String keycloakPublicUrl();

    /** Bodies larger than this are refused with 413 before they reach a service. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Token buckets by name; a route names the one it uses (rate-class). */
    Map<String, RateClass> rateClasses();

    CircuitBreaker circuitBreaker();

    /**
     * A token bucket: each user may send perSecond requests a second with bursts up to burst, and
     * each client (a frontend, a city system) clientPerSecond with bursts up to clientBurst. On a
     * public route there is no user: the caller's address takes the user's bucket.
     */
    interface RateClass {

        double perSecond();

        int burst();

        double clientPerSecond();

        int clientBurst();
    }

    /** After failureThreshold failures in a row a backend is given up for openFor: 503 at once, then one try. */
    interface CircuitBreaker {

        @WithDefault("5")
        int failureThreshold();

        @WithDefault("10S")
        Duration openFor();
    }

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

        /** The rate class the route's callers draw from. */
        @WithDefault("standard")
        String rateClass();
    }
}
