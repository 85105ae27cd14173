package nl.samenspel.store.sqlite;

import io.vertx.core.Vertx;
import nl.samenspel.store.jdbc.PooledDatabase;
import nl.samenspel.store.jdbc.ReaderPool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded database: one SQLite file in WAL mode, shared by the session journal and the
 * organisation's content. All writes go through one {@link GroupCommitWriter}; reads use their
 * own connections on Vert.x worker threads, which WAL lets run beside the writer.
 */
public final class SqliteDatabase extends PooledDatabase {

    private static final int READERS = 4;
    private static final long CHECKPOINT_EVERY_MS = 1_000;

    private final Checkpointer checkpointer;

    private SqliteDatabase(Vertx vertx, GroupCommitWriter writer, Checkpointer checkpointer, ReaderPool readers) {
        super(vertx, writer, readers);
        this.checkpointer = checkpointer;
    }

    private static Connection reader(String url) throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout=10000");
        }
        return c;
    }

    /**
     * Opens (and creates or migrates) the database file.
     *
     * @param synchronous SQLite's {@code synchronous} setting: FULL also survives power loss,
     *                    NORMAL survives a crash of the process
     */
    public static SqliteDatabase open(Vertx vertx, Path file, String synchronous) throws SQLException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create the data folder for " + file, e);
        }
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        Connection write = DriverManager.getConnection(url);
        try (Statement st = write.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA synchronous=" + synchronous);
            st.execute("PRAGMA busy_timeout=10000");
            st.execute("PRAGMA foreign_keys=ON");
            // Checkpoints are the Checkpointer's, never a commit's.
            st.execute("PRAGMA wal_autocheckpoint=0");
        }
        Schema.migrate(write);
        Connection checkpoints = DriverManager.getConnection(url);
        try (Statement st = checkpoints.createStatement()) {
            st.execute("PRAGMA busy_timeout=10000");
            st.execute("PRAGMA synchronous=" + synchronous);
        }
        return new SqliteDatabase(vertx, new GroupCommitWriter(write), new Checkpointer(checkpoints, CHECKPOINT_EVERY_MS),
                new ReaderPool(READERS, () -> reader(url), (c, e) -> false));
    }

    /** The last full checkpoint, once nothing writes any more. */
    @Override
    protected void afterWrites() throws SQLException {
        checkpointer.close();
    }
}
