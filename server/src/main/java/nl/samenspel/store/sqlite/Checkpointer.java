package nl.samenspel.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves the write-ahead log into the database file on a connection and thread of its own.
 * SQLite would otherwise checkpoint inside whichever commit crosses the log's size limit, and
 * every write waiting in the group commit would wait for that copy and its fsync (the load
 * benchmark saw stalls of hundreds of milliseconds). A passive checkpoint runs beside the
 * writer; commits stay as durable as before, since they still sync the log.
 */
final class Checkpointer {

    private static final Logger LOG = Logger.getLogger(Checkpointer.class.getName());

    private final Connection connection;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "samenspel-store-checkpoint");
        t.setDaemon(true);
        return t;
    });

    Checkpointer(Connection connection, long everyMs) {
        this.connection = connection;
        thread.scheduleWithFixedDelay(() -> checkpoint("PASSIVE"), everyMs, everyMs, TimeUnit.MILLISECONDS);
    }

    private void checkpoint(String mode) {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(" + mode + ")");
        } catch (SQLException e) {
            // The next round tries again; the log only grows meanwhile.
            LOG.log(Level.WARNING, "checkpoint failed", e);
        }
    }

    /** After the writer has stopped: a last full checkpoint, so the file is whole on its own. */
    void close() throws SQLException {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        checkpoint("TRUNCATE");
        connection.close();
    }
}
