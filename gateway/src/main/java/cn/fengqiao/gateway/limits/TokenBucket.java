package cn.fengqiao.gateway.limits;

/**
 * A token bucket: holds up to {@code capacity} tokens, refilled at {@code perSecond}; a request takes
 * one. Times are passed in (nanoseconds) so a test can drive it without sleeping.
 */
public final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    public TokenBucket(double perSecond, int capacity, long now) {
        this.capacity = capacity;
        this.perNano = perSecond / 1_000_000_000.0;
        this.tokens = capacity;
        this.last = now;
    }

    /** Takes a token if there is one; answers 0 then, else the nanoseconds until there will be one. */
    public synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }

    /** Gives back a token taken for a request that another bucket then refused. */
    public synchronized void giveBack() {
        tokens = Math.min(capacity, tokens + 1);
    }

    /** The whole tokens left now: how many more requests go through at once. */
    public synchronized int remaining(long now) {
        refill(now);
        return (int) tokens;
    }

    /** The seconds until the bucket is full again (0 when it is), rounded up. */
    public synchronized long secondsUntilFull(long now) {
        refill(now);
        return (long) Math.ceil((capacity - tokens) / perNano / 1_000_000_000.0);
    }

    /** Whether the bucket is full again: it can be forgotten without changing anything. */
    public synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > last) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
        }
    }
}
