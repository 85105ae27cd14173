package nl.samenspel.bench;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One session's latency bookkeeping: the notes still on their way to the people who should see
 * them, and the time to every command's ack. Used on the session's one context only, so it
 * needs no locks.
 */
final class FanOutClock {

    private record Pending(long sentNanos, Set<String> waitingFor) {}

    private final Map<String, Pending> pending = new HashMap<>();
    private final Metrics metrics;
    /** The session's prefix for error lines ({@code s<index>}). */
    private final String label;

    FanOutClock(Metrics metrics, String label) {
        this.metrics = metrics;
        this.label = label;
    }

    /** A note sent at {@code sentNanos} that each of {@code readers} should receive. */
    void expect(String text, long sentNanos, Set<String> readers) {
        pending.put(text, new Pending(sentNanos, readers));
    }

    /** Nobody waits for this reader any more (away, or given a fresh snapshot instead of the events). */
    void forget(String reader) {
        pending.values().removeIf(p -> p.waitingFor().remove(reader) && p.waitingFor().isEmpty());
    }

    /** The reader has the note: its delivery counts, and the fan-out once the last reader has it. */
    void received(String reader, String text) {
        Pending p = pending.get(text);
        if (p == null || !p.waitingFor().remove(reader)) return;
        long micros = (System.nanoTime() - p.sentNanos()) / 1000;
        metrics.delivery(micros);
        if (p.waitingFor().isEmpty()) {
            pending.remove(text);
            metrics.fanOut(micros);
        }
    }

    /** The command's ack time counts from {@code sent}; a failure is an error. */
    void timed(Future<JsonObject> command, long sent) {
        command.onComplete(ar -> {
            if (ar.succeeded()) metrics.ack((System.nanoTime() - sent) / 1000);
            else metrics.error(label + ": " + ar.cause().getMessage());
        });
    }

    boolean settled() {
        return pending.isEmpty();
    }

    /** Reports every note that never reached everyone; the number of them. */
    int reportUnsettled(Predicate<String> awake) {
        pending.forEach((text, p) -> metrics.error(label + ": never reached everyone: " + text + ", still waiting: "
                + p.waitingFor().stream().map(n -> n + (awake.test(n) ? "" : " (asleep)")).toList()));
        return pending.size();
    }
}
