package nl.samenspel.store.sqlite;

import io.vertx.core.Context;
import io.vertx.core.Future;
import nl.samenspel.store.jdbc.JdbcDatabase;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one thread that writes to the database. Whatever is waiting when it finishes a
 * transaction goes into the next one, so many sessions' writes share one commit (and one
 * fsync); each future completes, on the context that asked, only after that commit. A write
 * that fails alone is retried alone, so one bad write never fails its neighbours.
 */
final class GroupCommitWriter {

    private static final Logger LOG = Logger.getLogger(GroupCommitWriter.class.getName());
    private static final int MAX_BATCH = 512;


    private record Pending<T>(JdbcDatabase.Work<T> work, Promise<T> promise, Context context) {
        void complete(Object result) {
            @SuppressWarnings("unchecked") T value = (T) result;
            if (context == null) promise.complete(value);
            else context.runOnContext(v -> promise.complete(value));
        }

        void fail(Throwable cause) {
            if (context == null) promise.fail(cause);
            else context.runOnContext(v -> promise.fail(cause));
        }
    }

    private final Connection connection;
    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    GroupCommitWriter(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        this.thread = new Thread(this::loop, "samenspel-store-writer");
        thread.setDaemon(true);
        thread.start();
    }

    <T> Future<T> submit(JdbcDatabase.Work<T> work) {
        Promise<T> promise = Promise.promise();
        if (!running) {
            promise.fail(new IllegalStateException("the store is closed"));
        } else {
            queue.add(new Pending<>(work, promise, Vertx.currentContext()));
        }
        return promise.future();
    }

    private void loop() {
        List<Pending<?>> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending<?> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.clear();
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void commit(List<Pending<?>> batch) {
        List<Object> results = new ArrayList<>(batch.size());
        try {
            for (Pending<?> p : batch) results.add(p.work().run(connection));
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollback();
            if (batch.size() == 1) {
                LOG.log(Level.WARNING, "store write failed", e);
                batch.get(0).fail(e);
            } else {
                for (Pending<?> p : batch) commit(List.of(p));
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) batch.get(i).complete(results.get(i));
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "rollback failed", e);
        }
    }

    /** Finishes what is queued, then stops. */
    void close() throws InterruptedException, SQLException {
        running = false;
        thread.join(10_000);
        connection.close();
    }
}
