package cn.fengqiao.gateway.limits;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

import cn.fengqiao.gateway.config.GatewayConfig;

/**
 * Per-user and per-client token buckets for each rate class. A request must get a token from both
 * its user's and its client's bucket; refused, it learns how long to wait. Buckets that have filled
 * up again are dropped every minute, so the map holds only recent callers. Every answer tells the
 * caller its user's bucket in the IETF httpapi RateLimit fields, so a client can slow down before a 429.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    void sweep(@Observes StartupEvent start) {
        vertx.setPeriodic(60_000, id -> {
            long now = System.nanoTime();
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        });
    }

    /**
     * A request's admission and the caller's bucket after it, as the IETF httpapi draft's fields:
     * {@code RateLimit-Policy: "standard";q=40;w=2} (the burst, and the seconds a full bucket takes to
     * fill) and {@code RateLimit: "standard";r=39;t=1} (requests left now, seconds until full again).
     *
     * @param retryAfter empty when admitted, else the seconds to wait
     */
    public record Admission(OptionalLong retryAfter, String policy, String state) {}

    /**
     * @param user   who calls (the token's subject, or the address on a public route)
     * @param client the OAuth client (azp), or null on a public route
     */
    public Admission admit(String rateClass, String user, String client) {
        GatewayConfig.RateClass limits = config.rateClasses().get(rateClass);
        if (limits == null) {
            throw new IllegalStateException("no rate class " + rateClass);
        }
        long now = System.nanoTime();
        TokenBucket userBucket = buckets.computeIfAbsent(
                rateClass + "|user|" + user, k -> new TokenBucket(limits.perSecond(), limits.burst(), now));
        OptionalLong wait = take(userBucket, now);
        if (wait.isEmpty() && client != null) {
            TokenBucket clientBucket = buckets.computeIfAbsent(
                    rateClass + "|client|" + client,
                    k -> new TokenBucket(limits.clientPerSecond(), limits.clientBurst(), now));
            wait = take(clientBucket, now);
            if (wait.isPresent()) {
                userBucket.giveBack();
            }
        }
        String policy = String.format(Locale.ROOT, "\"%s\";q=%d;w=%d", rateClass, limits.burst(), (long)
                Math.ceil(limits.burst() / limits.perSecond()));
        String state = String.format(
                Locale.ROOT,
                "\"%s\";r=%d;t=%d",
                rateClass,
                userBucket.remaining(now),
                userBucket.secondsUntilFull(now));
        return new Admission(wait, policy, state);
    }

    private static OptionalLong take(TokenBucket bucket, long now) {
        long wait = bucket.take(now);
        return wait > 0 ? OptionalLong.of(seconds(wait)) : OptionalLong.empty();
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
