package nl.samenspel.store.postgres;

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
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one thread that writes to PostgreSQL, as the SQLite store has one: whatever waits when a
 * transaction ends goes into the next, so many sessions share one commit round trip and one
 * WAL flush; each future completes only after that commit. When the connection is lost, the
 * batch fails (its writes may or may not have committed: the session actors reload from the
 * journal and re-sent commands are answered from the command log, so nothing unsure is ever
 * acknowledged) and the next batch connects again.
 */
final class PgWriter {

    private static final Logger LOG = Logger.getLogger(PgWriter.class.getName());
    private static final int MAX_BATCH = 512;
    /** After a failed connect, writes fail at once for this long instead of each waiting for a connect. */
    private static final long RECONNECT_PAUSE_MS = 500;


    interface Connector {
        Connection open() throws SQLException;
    }

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

    private final Connector connector;
    private final LongConsumer commitNanos;
    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private Connection connection;
    private long noConnectUntil;
    private SQLException lastConnectFailure;
    private volatile boolean running = true;

    PgWriter(Connector connector, Connection first, LongConsumer commitNanos) throws SQLException {
        this.connector = connector;
        this.commitNanos = commitNanos;
        this.connection = prepare(first);
        this.thread = new Thread(this::loop, "samenspel-pg-writer");
        thread.setDaemon(true);
        thread.start();
    }

    private static Connection prepare(Connection c) throws SQLException {
        c.setAutoCommit(false);
        return c;
    }

    <T> Future<T> submit(JdbcDatabase.Work<T> work) {
        Promise<T> promise = Promise.promise();
        if (!running) promise.fail(new IllegalStateException("the store is closed"));
        else queue.add(new Pending<>(work, promise, Vertx.currentContext()));
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
                commit(batch, true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void commit(List<Pending<?>> batch, boolean mayRetryAlone) {
        Connection c;
        try {
            c = connection();
        } catch (SQLException e) {
            for (Pending<?> p : batch) p.fail(e);
            return;
        }
        List<Object> results = new ArrayList<>(batch.size());
        long started = System.nanoTime();
        try {
            for (Pending<?> p : batch) results.add(p.work().run(c));
            c.commit();
        } catch (SQLException | RuntimeException e) {
            if (lost(c, e)) {
                LOG.log(Level.WARNING, "lost the PostgreSQL connection; " + batch.size() + " writes failed", e);
                discard();
                for (Pending<?> p : batch) p.fail(e);
                return;
            }
            rollback(c);
            if (batch.size() == 1 || !mayRetryAlone) {
                batch.forEach(p -> p.fail(e));
            } else {
                // One bad write must not fail its neighbours: each again in a transaction of its own.
                for (Pending<?> p : batch) commit(List.of(p), false);
            }
            return;
        }
        commitNanos.accept(System.nanoTime() - started);
        for (int i = 0; i < batch.size(); i++) batch.get(i).complete(results.get(i));
    }

    private Connection connection() throws SQLException {
        if (connection != null) return connection;
        if (System.currentTimeMillis() < noConnectUntil) throw lastConnectFailure;
        try {
            connection = prepare(connector.open());
            LOG.info("PostgreSQL connection for writing is back");
            return connection;
        } catch (SQLException e) {
            lastConnectFailure = e;
            noConnectUntil = System.currentTimeMillis() + RECONNECT_PAUSE_MS;
            throw e;
        }
    }

    /** Connection trouble (SQL state class 08, an administrator's shutdown 57P) rather than a refused write. */
    static boolean lost(Connection c, Exception e) {
        if (e instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
            return true;
        }
        try {
            return c.isClosed() || !c.isValid(2);
        } catch (SQLException checking) {
            return true;
        }
    }

    private void discard() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // It is gone either way.
        }
        connection = null;
    }

    private void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "rollback failed", e);
            discard();
        }
    }

    /** Finishes what is queued, then stops. */
    void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
        if (connection != null) discard();
    }
}
