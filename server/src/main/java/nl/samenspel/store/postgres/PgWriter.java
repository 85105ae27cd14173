package nl.samenspel.store.postgres;

import io.vertx.core.Future;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.samenspel.store.jdbc.JdbcDatabase;
import nl.samenspel.store.jdbc.PooledDatabase;
import nl.samenspel.store.jdbc.WriteQueue;
import nl.samenspel.store.jdbc.WriteQueue.Pending;

/**
 * The one thread that writes to PostgreSQL, as the SQLite store has one: whatever waits when a
 * transaction ends goes into the next, so many sessions share one commit round trip and one
 * WAL flush; each future completes only after that commit. When the connection is lost, the
 * batch fails (its writes may or may not have committed: the session actors reload from the
 * journal and re-sent commands are answered from the command log, so nothing unsure is ever
 * acknowledged) and the next batch connects again.
 */
final class PgWriter implements PooledDatabase.Writer {

    private static final Logger LOG = Logger.getLogger(PgWriter.class.getName());
    /** After a failed connect, writes fail at once for this long instead of each waiting for a connect. */
    private static final long RECONNECT_PAUSE_MS = 500;


    interface Connector {
        Connection open() throws SQLException;
    }

    private final Connector connector;
    private final LongConsumer commitNanos;
    private final WriteQueue queue;
    private Connection connection;
    private long noConnectUntil;
    private SQLException lastConnectFailure;

    PgWriter(Connector connector, Connection first, LongConsumer commitNanos) throws SQLException {
        this.connector = connector;
        this.commitNanos = commitNanos;
        this.connection = prepare(first);
        this.queue = new WriteQueue("samenspel-pg-writer", batch -> commit(batch, true));
    }

    private static Connection prepare(Connection c) throws SQLException {
        c.setAutoCommit(false);
        return c;
    }

    @Override
    public <T> Future<T> submit(JdbcDatabase.Work<T> work) {
        return queue.submit(work);
    }

    private void commit(List<Pending<?>> batch, boolean mayRetryAlone) {
        Connection c;
        try {
            c = connection();
        } catch (SQLException e) {
            for (Pending<?> p : batch) p.fail(e);
            return;
        }
        List<Object> results;
        long started = System.nanoTime();
        try {
            results = WriteQueue.runAndCommit(batch, c);
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
        WriteQueue.completeAll(batch, results);
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

    @Override
    public void close() throws InterruptedException {
        queue.close();
        if (connection != null) discard();
    }
}
