package nl.samenspel.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** What all simulated sessions measure, gathered across their contexts. */
final class Metrics {

    /** Per note: from sending until every other person at that flip-over received it. */
    private final Latencies fanOut = new Latencies();
    /** Per note and receiver: from sending until that receiver had it. */
    private final Latencies delivery = new Latencies();
    /** Per command: from sending until the ack. */
    private final Latencies acks = new Latencies();
    private final Latencies windowFanOut = new Latencies();
    final AtomicLong acked = new AtomicLong();
    final AtomicLong notesSent = new AtomicLong();
    final AtomicLong notesComplete = new AtomicLong();
    /** Welcomes with a fresh snapshot the server sent unasked (it found the client behind). */
    final AtomicLong resyncs = new AtomicLong();
    /** Commands that never got an answer, counted when the sessions stop (after their grace). */
    final AtomicLong unanswered = new AtomicLong();
    private final List<String> errors = new ArrayList<>();

    synchronized void fanOut(long micros) {
        fanOut.record(micros);
        windowFanOut.record(micros);
        notesComplete.incrementAndGet();
    }

    synchronized void delivery(long micros) {
        delivery.record(micros);
    }

    synchronized void ack(long micros) {
        acks.record(micros);
        acked.incrementAndGet();
    }

    /** Per reconnect: attach sent → welcome. */
    private final Latencies reconnects = new Latencies();
    final AtomicLong resumed = new AtomicLong();

    synchronized void reconnect(long micros, boolean wasResumed) {
        reconnects.record(micros);
        if (wasResumed) resumed.incrementAndGet();
    }

    synchronized int reconnectCount() {
        return reconnects.count();
    }

    synchronized double reconnectPercentileMs(double p) {
        return reconnects.percentileMs(p);
    }

    synchronized void error(String what) {
        if (errors.size() < 1000) errors.add(what);
    }

    synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    synchronized int errorCount() {
        return errors.size();
    }

    /** The fan-out p99 since the last call (for the ramp), in ms. */
    synchronized double windowP99() {
        double p99 = windowFanOut.percentileMs(99);
        windowFanOut.clear();
        return p99;
    }

    synchronized Summary summary() {
        return new Summary(fanOut.count(), fanOut.percentileMs(50), fanOut.percentileMs(95), fanOut.percentileMs(99),
                fanOut.maxMs(), delivery.percentileMs(50), delivery.percentileMs(99), acks.count(), acks.percentileMs(50),
                acks.percentileMs(99), acks.maxMs(), delivery.count(), errors.size());
    }

    synchronized void clear() {
        fanOut.clear();
        delivery.clear();
        acks.clear();
        windowFanOut.clear();
        acked.set(0);
        notesSent.set(0);
        notesComplete.set(0);
        resyncs.set(0);
        reconnects.clear();
        resumed.set(0);
    }

    record Summary(int notes, double p50, double p95, double p99, double max, double deliveryP50, double deliveryP99,
                   int acks, double ackP50, double ackP99, double ackMax, int deliveries, int errors) {}
}
