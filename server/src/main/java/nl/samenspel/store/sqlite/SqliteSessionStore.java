package nl.samenspel.store.sqlite;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import nl.samenspel.store.SessionStore;
import nl.samenspel.store.StoredEvent;
import nl.samenspel.store.StoredSession;

/**
 * The embedded store: one SQLite file in WAL mode. All writes go through one
 * {@link GroupCommitWriter}; reads use their own connections on Vert.x worker threads, which
 * WAL lets run beside the writer. Nothing here blocks an event loop.
 */
public final class SqliteSessionStore implements SessionStore {

    private static final int READERS = 4;

    private final Vertx vertx;
    private final String url;
    private final GroupCommitWriter writer;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);

    private SqliteSessionStore(Vertx vertx, String url, GroupCommitWriter writer) {
        this.vertx = vertx;
        this.url = url;
        this.writer = writer;
    }

    /**
     * Opens (and creates or migrates) the database file.
     *
     * @param synchronous SQLite's {@code synchronous} setting: FULL also survives power loss,
     *                    NORMAL survives a crash of the process
     */
    public static SqliteSessionStore open(Vertx vertx, Path file, String synchronous) throws SQLException {
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
        }
        Schema.migrate(write);
        return new SqliteSessionStore(vertx, url, new GroupCommitWriter(write));
    }

    @Override
    public Future<Void> create(String code, StoredEvent first) {
        return writer.submit(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT OR IGNORE INTO sessions(code, created_at, last_active) VALUES (?, ?, ?)")) {
                st.setString(1, code);
                st.setLong(2, first.at());
                st.setLong(3, first.at());
                if (st.executeUpdate() == 0) throw new CodeTakenException(code);
            }
            insertEvents(c, code, List.of(first));
            return null;
        });
    }

    @Override
    public Future<Void> append(String code, List<StoredEvent> events) {
        if (events.isEmpty()) return Future.succeededFuture();
        return writer.submit(c -> {
            // A journal never has a gap: after a failed write, later writes of that session fail too.
            try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM events WHERE session = ?")) {
                st.setString(1, code);
                try (ResultSet rs = st.executeQuery()) {
                    long last = rs.next() ? rs.getLong(1) : 0;
                    if (last != events.get(0).seq() - 1) {
                        throw new SQLException("journal of " + code + " ends at " + last + ", not " + (events.get(0).seq() - 1));
                    }
                }
            }
            insertEvents(c, code, events);
            try (PreparedStatement st = c.prepareStatement("UPDATE sessions SET last_active = ? WHERE code = ?")) {
                st.setLong(1, events.get(events.size() - 1).at());
                st.setString(2, code);
                if (st.executeUpdate() == 0) throw new SQLException("no session " + code);
            }
            return null;
        });
    }

    private static void insertEvents(Connection c, String code, List<StoredEvent> events) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO events(session, seq, at, principal, command_id, type, body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredEvent e : events) {
                st.setString(1, code);
                st.setLong(2, e.seq());
                st.setLong(3, e.at());
                st.setString(4, e.principal());
                st.setString(5, e.commandId());
                st.setString(6, e.type());
                st.setString(7, e.body());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    @Override
    public Future<Optional<StoredSession>> load(String code) {
        return read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM sessions WHERE code = ?")) {
                st.setString(1, code);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                }
            }
            String snapshot = null;
            long snapshotSeq = 0;
            try (PreparedStatement st = c.prepareStatement("SELECT seq, body FROM snapshots WHERE session = ?")) {
                st.setString(1, code);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        snapshotSeq = rs.getLong(1);
                        snapshot = rs.getString(2);
                    }
                }
            }
            List<StoredEvent> events = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT seq, at, principal, command_id, type, body FROM events WHERE session = ? AND seq > ? ORDER BY seq")) {
                st.setString(1, code);
                st.setLong(2, snapshotSeq);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        events.add(new StoredEvent(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return Optional.of(new StoredSession(code, snapshot, snapshotSeq, events));
        });
    }

    @Override
    public Future<Void> saveSnapshot(String code, long seq, String snapshot) {
        return writer.submit(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO snapshots(session, seq, body) VALUES (?, ?, ?) "
                            + "ON CONFLICT(session) DO UPDATE SET seq = excluded.seq, body = excluded.body "
                            + "WHERE excluded.seq > snapshots.seq")) {
                st.setString(1, code);
                st.setLong(2, seq);
                st.setString(3, snapshot);
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Future<List<String>> inactiveSince(long epochMillis) {
        return read(c -> {
            List<String> codes = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT code FROM sessions WHERE last_active < ?")) {
                st.setLong(1, epochMillis);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) codes.add(rs.getString(1));
                }
            }
            return codes;
        });
    }

    @Override
    public Future<Void> delete(String code) {
        return writer.submit(c -> {
            for (String sql : List.of("DELETE FROM events WHERE session = ?", "DELETE FROM snapshots WHERE session = ?",
                    "DELETE FROM sessions WHERE code = ?")) {
                try (PreparedStatement st = c.prepareStatement(sql)) {
                    st.setString(1, code);
                    st.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public Future<Void> probe() {
        return writer.submit(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT OR REPLACE INTO probe(id, at) VALUES (1, ?)")) {
                st.setLong(1, System.currentTimeMillis());
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Future<Void> close() {
        return vertx.executeBlocking(() -> {
            writer.close();
            Connection c;
            while ((c = readers.poll()) != null) c.close();
            return null;
        });
    }

    private interface Read<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> Future<T> read(Read<T> work) {
        return vertx.executeBlocking(() -> {
            Connection c = readers.poll();
            if (c == null) {
                c = DriverManager.getConnection(url);
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA busy_timeout=10000");
                }
            }
            try {
                return work.run(c);
            } finally {
                if (!readers.offer(c)) c.close();
            }
        }, false);
    }
}
