package cn.fengqiao.gateway.limits;

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
 * up again are dropped every minute, so the map holds only recent callers.
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
     * @param user   who calls (the token's subject, or the address on a public route)
     * @param client the OAuth client (azp), or null on a public route
     * @return empty when admitted, else the seconds to wait
     */
    public OptionalLong admit(String rateClass, String user, String client) {
        GatewayConfig.RateClass limits = config.rateClasses().get(rateClass);
        if (limits == null) {
            throw new IllegalStateException("no rate class " + rateClass);
        }
        long now = System.nanoTime();
        TokenBucket userBucket = buckets.computeIfAbsent(
                rateClass + "|user|" + user, k -> new TokenBucket(limits.perSecond(), limits.burst(), now));
        long userWait = userBucket.take(now);
        if (userWait > 0) {
            return OptionalLong.of(seconds(userWait));
        }
        if (client != null) {
            TokenBucket clientBucket = buckets.computeIfAbsent(
                    rateClass + "|client|" + client,
                    k -> new TokenBucket(limits.clientPerSecond(), limits.clientBurst(), now));
            long clientWait = clientBucket.take(now);
            if (clientWait > 0) {
                userBucket.giveBack();
                return OptionalLong.of(seconds(clientWait));
            }
        }
        return OptionalLong.empty();
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
