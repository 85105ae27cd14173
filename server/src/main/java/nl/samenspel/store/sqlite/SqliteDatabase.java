package nl.samenspel.store.sqlite;

import io.vertx.core.Future;
import nl.samenspel.store.jdbc.JdbcDatabase;
import nl.samenspel.store.jdbc.ReaderPool;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded database: one SQLite file in WAL mode, shared by the session journal and the
 * organisation's content. All writes go through one {@link GroupCommitWriter}; reads use their
 * own connections on Vert.x worker threads, which WAL lets run beside the writer. Nothing here
 * blocks an event loop.
 */
public final class SqliteDatabase implements JdbcDatabase {

    private static final int READERS = 4;
    private static final long CHECKPOINT_EVERY_MS = 1_000;

    private final Vertx vertx;
    private final GroupCommitWriter writer;
    private final Checkpointer checkpointer;
    private final ReaderPool readers;

    private SqliteDatabase(Vertx vertx, GroupCommitWriter writer, Checkpointer checkpointer, ReaderPool readers) {
        this.vertx = vertx;
        this.writer = writer;
        this.checkpointer = checkpointer;
        this.readers = readers;
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

    @Override
    public <T> Future<T> write(Work<T> work) {
        return writer.submit(work);
    }

    @Override
    public <T> Future<T> read(Work<T> work) {
        return vertx.executeBlocking(() -> readers.run(work), false);
    }

    @Override
    public Future<Void> close() {
        return vertx.executeBlocking(() -> {
            writer.close();
            checkpointer.close();
            readers.close();
            return null;
        });
    }
}
