package nl.samenspel.store.sqlite;

import io.vertx.core.Future;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.samenspel.store.jdbc.JdbcDatabase;
import nl.samenspel.store.jdbc.PooledDatabase;
import nl.samenspel.store.jdbc.WriteQueue;
import nl.samenspel.store.jdbc.WriteQueue.Pending;

/**
 * The one thread that writes to the database. Whatever is waiting when it finishes a
 * transaction goes into the next one, so many sessions' writes share one commit (and one
 * fsync); each future completes, on the context that asked, only after that commit. A write
 * that fails alone is retried alone, so one bad write never fails its neighbours.
 */
final class GroupCommitWriter implements PooledDatabase.Writer {

    private static final Logger LOG = Logger.getLogger(GroupCommitWriter.class.getName());

    private final Connection connection;
    private final WriteQueue queue;

    GroupCommitWriter(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        this.queue = new WriteQueue("samenspel-store-writer", this::commit);
    }

    @Override
    public <T> Future<T> submit(JdbcDatabase.Work<T> work) {
        return queue.submit(work);
    }

    private void commit(List<Pending<?>> batch) {
        List<Object> results;
        try {
            results = WriteQueue.runAndCommit(batch, connection);
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
        WriteQueue.completeAll(batch, results);
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "rollback failed", e);
        }
    }

    @Override
    public void close() throws InterruptedException, SQLException {
        queue.close();
        connection.close();
    }
}
