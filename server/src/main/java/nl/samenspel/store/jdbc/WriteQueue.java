package nl.samenspel.store.jdbc;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The queue in front of a store's one writing thread, as both stores have one: whatever waits
 * when a transaction ends goes into the next, so many sessions' writes share one commit. How a
 * batch is committed (and retried, and reconnected) is the store's own {@link Batch}. Each
 * future completes on the context that asked.
 */
public final class WriteQueue {

    private static final int MAX_BATCH = 512;

    /** A write waiting for its commit. */
    public record Pending<T>(JdbcDatabase.Work<T> work, Promise<T> promise, Context context) {
        public void complete(Object result) {
            @SuppressWarnings("unchecked") T value = (T) result;
            if (context == null) promise.complete(value);
            else context.runOnContext(v -> promise.complete(value));
        }

        public void fail(Throwable cause) {
            if (context == null) promise.fail(cause);
            else context.runOnContext(v -> promise.fail(cause));
        }
    }

    /** Commits one batch, completing or failing each of its writes. */
    @FunctionalInterface
    public interface Batch {
        void commit(List<Pending<?>> batch);
    }

    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Batch batch;
    private final Thread thread;
    private volatile boolean running = true;

    public WriteQueue(String threadName, Batch batch) {
        this.batch = batch;
        this.thread = new Thread(this::loop, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    public <T> Future<T> submit(JdbcDatabase.Work<T> work) {
        Promise<T> promise = Promise.promise();
        if (!running) promise.fail(new IllegalStateException("the store is closed"));
        else queue.add(new Pending<>(work, promise, Vertx.currentContext()));
        return promise.future();
    }

    private void loop() {
        List<Pending<?>> next = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending<?> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                next.clear();
                next.add(first);
                queue.drainTo(next, MAX_BATCH - 1);
                batch.commit(next);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Runs every write of the batch on {@code c} and commits: the results in the batch's order. */
    public static List<Object> runAndCommit(List<Pending<?>> batch, Connection c) throws SQLException {
        List<Object> results = new ArrayList<>(batch.size());
        for (Pending<?> p : batch) results.add(p.work().run(c));
        c.commit();
        return results;
    }

    public static void completeAll(List<Pending<?>> batch, List<Object> results) {
        for (int i = 0; i < batch.size(); i++) batch.get(i).complete(results.get(i));
    }

    /** Finishes what is queued, then stops. */
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }
}
