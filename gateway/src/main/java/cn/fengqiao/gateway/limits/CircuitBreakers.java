package cn.fengqiao.gateway.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import cn.fengqiao.gateway.config.GatewayConfig;

/**
 * One circuit per backend. After failureThreshold failures in a row (cannot connect, no answer in
 * time) the circuit opens: callers get 503 at once instead of waiting for a dead backend. Once
 * openFor has passed, requests go through again; the first success closes the circuit, a failure
 * opens it for another round.
 */
@ApplicationScoped
public class CircuitBreakers {

    private static final Logger LOG = Logger.getLogger(CircuitBreakers.class);

    @Inject
    GatewayConfig config;

    private final Map<String, Circuit> circuits = new ConcurrentHashMap<>();

    private static final class Circuit {
        final AtomicInteger failures = new AtomicInteger();
        final AtomicLong openUntil = new AtomicLong();
    }

    /** Seconds until the backend is tried again, or 0 when requests may go through. */
    public long secondsOpen(String backend) {
        long remaining = circuit(backend).openUntil.get() - System.nanoTime();
        return remaining > 0 ? Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L) : 0;
    }

    public void succeeded(String backend) {
        Circuit circuit = circuit(backend);
        if (circuit.failures.getAndSet(0) >= config.circuitBreaker().failureThreshold()) {
            LOG.infof("%s answers again: circuit closed", backend);
        }
        circuit.openUntil.set(0);
    }

    public void failed(String backend) {
        Circuit circuit = circuit(backend);
        int failures = circuit.failures.incrementAndGet();
        if (failures >= config.circuitBreaker().failureThreshold()) {
            circuit.openUntil.set(
                    System.nanoTime() + config.circuitBreaker().openFor().toNanos());
            if (failures == config.circuitBreaker().failureThreshold()) {
                LOG.warnf(
                        "%s failed %d times in a row: circuit open for %s",
                        backend, failures, config.circuitBreaker().openFor());
            }
        }
    }

    private Circuit circuit(String backend) {
        return circuits.computeIfAbsent(backend, b -> new Circuit());
    }
}
