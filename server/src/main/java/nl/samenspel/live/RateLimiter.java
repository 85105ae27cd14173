package nl.samenspel.live;

/**
 * A token bucket per connection: bursts up to {@code burst} commands, then {@code perSecond}.
 * Someone typing and tapping never meets it; a script flooding the server does.
 */
final class RateLimiter {

    private final double perMilli;
    private final double burst;
    private double tokens;
    private long last;

    RateLimiter(int perSecond, int burst, long now) {
        this.perMilli = perSecond / 1000.0;
        this.burst = burst;
        this.tokens = burst;
        this.last = now;
    }

    boolean allow(long now) {
        tokens = Math.min(burst, tokens + (now - last) * perMilli);
        last = now;
        if (tokens < 1) return false;
        tokens -= 1;
        return true;
    }
}
