package nl.samenspel.session;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.samenspel.session.domain.JournalEntry;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.store.StoredEvent;

/**
 * Writes one session's journal, in order, under the epoch its actor claimed, and keeps a
 * snapshot close behind. Knows when everything written so far is durable.
 */
final class JournalWriter {

    private static final Logger LOG = Logger.getLogger(SessionActor.class.getName());

    private final String code;
    private final SessionRuntime runtime;
    private final long epoch;
    /** Completes when everything written so far is durable. */
    private Future<Void> tail = Future.succeededFuture();
    private int inFlight;
    private long snapshotSeq;

    JournalWriter(String code, SessionRuntime runtime, long epoch, long snapshotSeq) {
        this.code = code;
        this.runtime = runtime;
        this.epoch = epoch;
        this.snapshotSeq = snapshotSeq;
    }

    /** Appends the entries after everything written before; {@code written} hears when they are durable (or not). */
    void append(List<JournalEntry> entries, Handler<AsyncResult<Void>> written) {
        List<StoredEvent> stored = entries.stream().map(runtime.codec()::encode).toList();
        inFlight++;
        long writing = System.nanoTime();
        Future<Void> write = runtime.store().append(code, epoch, stored);
        tail = write;
        write.onComplete(ar -> {
            inFlight--;
            runtime.metrics().journalled(System.nanoTime() - writing);
            written.handle(ar);
        });
    }

    /** Completes when everything written so far is durable. */
    Future<Void> tail() {
        return tail;
    }

    /** No write is under way. */
    boolean idle() {
        return inFlight == 0;
    }

    /** Saves a snapshot once the journal has grown far enough past the last one and no write is under way. */
    void snapshotIfDue(long upTo, SessionState state) {
        if (upTo - snapshotSeq >= runtime.snapshotEvery() && inFlight == 0) snapshotIfBehind(state);
    }

    Future<Void> snapshotIfBehind(SessionState state) {
        if (state.seq() <= snapshotSeq) return Future.succeededFuture();
        long seq = state.seq();
        return runtime.store().saveSnapshot(code, seq, runtime.codec().snapshot(state))
                .onSuccess(v -> snapshotSeq = Math.max(snapshotSeq, seq))
                .onFailure(e -> LOG.log(Level.WARNING, "snapshot of " + code + " failed", e));
    }
}
