package cn.fengqiao.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;

class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000L;

    private long now = NOW;
    private final VerifiedTokens tokens = new VerifiedTokens(3, () -> now);

    @Test
    void shouldGiveARememberedTokenItsIdentityForTheNewRequestOnly() {
        RoutingContext first = routingContext();
        tokens.remember(verified(jwt("a"), "officer-wanyuan", NOW + 300, first));
        RoutingContext second = routingContext();

        SecurityIdentity identity = tokens.recall(request(new AccessTokenCredential(jwt("a")), second));

        assertThat(identity.getPrincipal().getName()).isEqualTo("officer-wanyuan");
        assertThat(identity.getRoles()).containsExactly("officer");
        assertThat(identity.getCredential(AccessTokenCredential.class).getToken())
                .isEqualTo(jwt("a"));
        assertThat(identity.getAttributes()).containsValue(second).doesNotContainValue(first);
    }

    @Test
    void shouldLeaveUnknownTokensAndOtherKindsOfTokenToQuarkusOidc() {
        tokens.remember(verified(jwt("a"), "officer-wanyuan", NOW + 300, routingContext()));

        assertThat(tokens.recall(request(new AccessTokenCredential(jwt("b")), routingContext())))
                .isNull();
        assertThat(tokens.recall(request(new AccessTokenCredential(jwt("a") + "."), routingContext())))
                .isNull();
        assertThat(tokens.recall(request(new IdTokenCredential(jwt("a")), routingContext())))
                .isNull();
    }

    @Test
    void shouldForgetATokenWhenItExpires() {
        tokens.remember(verified(jwt("a"), "officer-wanyuan", NOW + 300, routingContext()));
        now = NOW + 299;
        assertThat(tokens.recall(request(new AccessTokenCredential(jwt("a")), routingContext())))
                .isNotNull();

        now = NOW + 300;

        assertThat(tokens.recall(request(new AccessTokenCredential(jwt("a")), routingContext())))
                .isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void shouldNotRememberAnExpiredTokenOrAnIdentityWithoutAToken() {
        tokens.remember(verified(jwt("a"), "officer-wanyuan", NOW, routingContext()));
        tokens.remember(QuarkusSecurityIdentity.builder()
                .setPrincipal(() -> "someone")
                .addRole("officer")
                .build());

        assertThat(tokens.size()).isZero();
    }

    @Test
    void shouldRememberNothingWhenItsCapacityIsZero() {
        VerifiedTokens off = new VerifiedTokens(0, () -> now);

        off.remember(verified(jwt("a"), "officer-wanyuan", NOW + 300, routingContext()));

        assertThat(off.size()).isZero();
    }

    @Test
    void shouldDropExpiredTokensFirstAndNeverHoldMoreThanItsCapacity() {
        tokens.remember(verified(jwt("a"), "a", NOW + 10, routingContext()));
        tokens.remember(verified(jwt("b"), "b", NOW + 300, routingContext()));
        tokens.remember(verified(jwt("c"), "c", NOW + 300, routingContext()));
        now = NOW + 10;

        tokens.remember(verified(jwt("d"), "d", NOW + 300, routingContext()));

        assertThat(tokens.size()).isEqualTo(3);
        assertThat(tokens.recall(request(new AccessTokenCredential(jwt("b")), routingContext())))
                .isNotNull();
        assertThat(tokens.recall(request(new AccessTokenCredential(jwt("d")), routingContext())))
                .isNotNull();

        tokens.remember(verified(jwt("e"), "e", NOW + 300, routingContext()));

        assertThat(tokens.size()).isLessThanOrEqualTo(3);
        assertThat(tokens.recall(request(new AccessTokenCredential(jwt("e")), routingContext())))
                .isNotNull();
    }

    // Shaped like a JWT (quarkus-oidc takes anything else for an opaque token); the signature names it.
    private static String jwt(String name) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + base64.encodeToString("{\"sub\":\"someone\"}".getBytes(StandardCharsets.UTF_8))
                + "." + name;
    }

    private static SecurityIdentity verified(String token, String user, long expiresAt, RoutingContext request) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(user);
        claims.setClaim("preferred_username", user);
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt));
        AccessTokenCredential credential = new AccessTokenCredential(token);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new OidcJwtCallerPrincipal(claims, credential))
                .addRole("officer")
                .addCredential(credential)
                .addAttribute(RoutingContext.class.getName(), request)
                .build();
    }

    private static TokenAuthenticationRequest request(TokenCredential token, RoutingContext routingContext) {
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(token);
        HttpSecurityUtils.setRoutingContextAttribute(request, routingContext);
        return request;
    }

    // Only its identity matters here: the cache must not hand one request's context to another.
    private static RoutingContext routingContext() {
        return (RoutingContext) Proxy.newProxyInstance(
                RoutingContext.class.getClassLoader(), new Class<?>[] {RoutingContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("equals")) {
                        return proxy == args[0];
                    }
                    if (method.getName().equals("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
