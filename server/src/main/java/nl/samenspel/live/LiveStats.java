package nl.samenspel.live;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.Shareable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts kept across every event loop's gateway of one server: open sockets (for
 * {@code /health}) and how lagging sockets were brought up to date. One per Vert.x instance,
 * so each gateway (one per HTTP verticle) counts into the same numbers.
 */
public final class LiveStats implements Shareable {

    private final AtomicLong open = new AtomicLong();
    private final AtomicLong fellBehind = new AtomicLong();
    private final AtomicLong caughtUp = new AtomicLong();
    private final AtomicLong snapshots = new AtomicLong();

    public static LiveStats of(Vertx vertx) {
        return vertx.sharedData().<String, LiveStats>getLocalMap("samenspel.live").computeIfAbsent("stats", k -> new LiveStats());
    }

    void opened() { open.incrementAndGet(); }

    void closed() { open.decrementAndGet(); }

    void fellBehind() { fellBehind.incrementAndGet(); }

    void caughtUp() { caughtUp.incrementAndGet(); }

    void resentSnapshot() { snapshots.incrementAndGet(); }

    /** Open websockets on /live, attached to a session or not. */
    public long openSockets() { return open.get(); }

    /** For /health: lagging sockets caught up from recent frames versus resent a whole snapshot. */
    public JsonObject toJson() {
        return new JsonObject().put("fellBehind", fellBehind.get()).put("caughtUp", caughtUp.get())
                .put("snapshots", snapshots.get());
    }
}
