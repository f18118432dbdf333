package cn.fengqiao.infrastructure.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Access tokens quarkus-oidc has verified, each remembered until it expires. Checking a Keycloak
 * token (two JSON parses and an RSA signature) was about half of a cheap request's CPU in the
 * profiles, and a caller sends the same token for minutes. Only tokens quarkus-oidc accepted are
 * remembered, with the identity it made from them; any other token (unknown, expired, tampered)
 * goes to quarkus-oidc as before. A remembered token is no more trusted than before: a JWT checked
 * locally was never checked for revocation either.
 *
 * <p>The gateway keeps a copy of this class (it takes no database or Kafka library): change both.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private final Map<String, Verified> byToken = new ConcurrentHashMap<>();
    private final int capacity;
    private final LongSupplier epochSeconds;
    private final LongAdder recalled = new LongAdder();

    @Inject
    public VerifiedTokens(
            @ConfigProperty(name = "fengqiao.security.verified-tokens", defaultValue = "2000") int capacity,
            MeterRegistry registry) {
        this(capacity, () -> System.currentTimeMillis() / 1000);
        FunctionCounter.builder("fengqiao.tokens.recalled", recalled, LongAdder::sum)
                .description("Requests whose bearer token was verified before and remembered")
                .register(registry);
        Gauge.builder("fengqiao.tokens.remembered", byToken, Map::size)
                .description("Verified tokens remembered until they expire")
                .register(registry);
    }

    VerifiedTokens(int capacity, LongSupplier epochSeconds) {
        this.capacity = capacity;
        this.epochSeconds = epochSeconds;
    }

    /** An identity quarkus-oidc made, without what belonged to the request it was made for. */
    private record Verified(SecurityIdentity identity, long expiresAt) {}

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    // Before quarkus-oidc's provider (which has the default priority): a token seen before never reaches it.
    @Override
    public int priority() {
        return SYSTEM_FIRST + 1000;
    }

    /** The remembered identity for this token, or nothing, and quarkus-oidc verifies it. */
    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        SecurityIdentity identity = recall(request);
        return identity == null ? Uni.createFrom().nullItem() : Uni.createFrom().item(identity);
    }

    SecurityIdentity recall(TokenAuthenticationRequest request) {
        if (!(request.getToken() instanceof AccessTokenCredential token)) {
            return null;
        }
        Verified verified = byToken.get(token.getToken());
        if (verified == null) {
            return null;
        }
        if (epochSeconds.getAsLong() >= verified.expiresAt()) {
            byToken.remove(token.getToken(), verified);
            return null;
        }
        recalled.increment();
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(verified.identity());
        RoutingContext routingContext = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routingContext != null) { // where quarkus-oidc puts this request's context
            identity.addAttribute(RoutingContext.class.getName(), routingContext);
        }
        return identity.build();
    }

    /** Remembers an identity quarkus-oidc made from a verified access token, until the token expires. */
    void remember(SecurityIdentity identity) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (capacity == 0 // off: every request's token is verified again
                || token == null
                || token.isOpaque()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getExpirationTime() <= epochSeconds.getAsLong()
                || byToken.containsKey(token.getToken())) {
            return;
        }
        if (byToken.size() >= capacity) {
            long now = epochSeconds.getAsLong();
            byToken.values().removeIf(verified -> now >= verified.expiresAt());
            if (byToken.size() >= capacity) {
                byToken.clear(); // more live tokens than expected: start again rather than grow
            }
        }
        byToken.put(token.getToken(), new Verified(withoutRequest(identity), jwt.getExpirationTime()));
    }

    int size() {
        return byToken.size();
    }

    // The request it was made for (its routing context, its authentication context) stays out of the cache.
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions()); // quarkus-oidc's are the token's scopes
        identity.getAttributes().forEach((name, value) -> {
            if (!(value instanceof RoutingContext) && !(value instanceof AuthenticationRequestContext)) {
                copy.addAttribute(name, value);
            }
        });
        return copy.build();
    }

    /**
     * Sees every identity first, as its provider made it: those quarkus-oidc made from a new token are
     * remembered. The other augmentors run after it, on remembered identities as on new ones.
     */
    @ApplicationScoped
    public static class Remember implements SecurityIdentityAugmentor {

        @Inject
        VerifiedTokens tokens;

        @Override
        public int priority() {
            return Integer.MAX_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            if (!identity.isAnonymous()) {
                tokens.remember(identity);
            }
            return Uni.createFrom().item(identity);
        }
    }
}
