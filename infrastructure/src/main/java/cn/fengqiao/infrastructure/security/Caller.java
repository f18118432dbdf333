package cn.fengqiao.infrastructure.security;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling, from the validated token: user, roles, client and the community that scopes them. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The first of the caller's roles, for audit records; roles are few and sorted for stability. */
    public String primaryRole() {
        return identity.getRoles().stream().sorted().findFirst().orElse(null);
    }

    /** The OAuth client the token was issued to ({@code azp}). */
    public String client() {
        return jwt().map(t -> (String) t.getClaim("azp")).orElse(null);
    }

    /** The community a community officer is scoped to; empty means station-wide. */
    public Optional<String> community() {
        return jwt().map(t -> (String) t.getClaim("community")).filter(c -> !c.isBlank());
    }

    /** Whether the caller may see a record of this community: station-wide callers see every one. */
    public boolean mayAccess(String community) {
        return community().map(own -> own.equals(community)).orElse(true);
    }

    /** When the caller's token expires: a stream opened with it closes then. */
    public Optional<Instant> tokenExpiry() {
        return jwt().map(JsonWebToken::getExpirationTime).filter(exp -> exp > 0).map(Instant::ofEpochSecond);
    }

    private Optional<JsonWebToken> jwt() {
        return identity.getPrincipal() instanceof JsonWebToken token ? Optional.of(token) : Optional.empty();
    }
}
