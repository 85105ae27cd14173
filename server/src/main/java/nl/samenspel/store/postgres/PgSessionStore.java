package nl.samenspel.store.postgres;

import io.vertx.core.Future;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samenspel.store.SessionStore;
import nl.samenspel.store.StoredEvent;
import nl.samenspel.store.StoredSession;

/**
 * The session journal and snapshots in PostgreSQL. The same rows as the SQLite store, plus an
 * ownership epoch per session so that, in a cluster, only the newest owner's writes land.
 */
public final class PgSessionStore implements SessionStore {

    private final PgDatabase db;

    public PgSessionStore(PgDatabase db) {
        this.db = db;
    }

    @Override
    public Future<Void> create(String code, StoredEvent first) {
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO sessions(code, created_at, last_active) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
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
        return append(code, 0, events);
    }

    @Override
    public Future<Void> append(String code, long epoch, List<StoredEvent> events) {
        if (events.isEmpty()) return Future.succeededFuture();
        return db.write(c -> {
            // The row lock taken here orders this write after any claim of the session, and the
            // epoch in the WHERE clause refuses the write of an owner that has been replaced.
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE sessions SET last_active = ? WHERE code = ? AND (? = 0 OR owner_epoch = ?)")) {
                st.setLong(1, events.get(events.size() - 1).at());
                st.setString(2, code);
                st.setLong(3, epoch);
                st.setLong(4, epoch);
                if (st.executeUpdate() == 0) {
                    if (exists(c, code)) throw new FencedException(code, epoch);
                    throw new SQLException("no session " + code);
                }
            }
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
            return null;
        });
    }

    private static boolean exists(Connection c, String code) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM sessions WHERE code = ?")) {
            st.setString(1, code);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public Future<Long> claim(String code) {
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE sessions SET owner_epoch = owner_epoch + 1 WHERE code = ? RETURNING owner_epoch")) {
                st.setString(1, code);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) throw new SQLException("no session " + code);
                    return rs.getLong(1);
                }
            }
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
        return db.read(c -> {
            if (!exists(c, code)) return Optional.empty();
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
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO snapshots(session, seq, body) VALUES (?, ?, ?) "
                            + "ON CONFLICT (session) DO UPDATE SET seq = excluded.seq, body = excluded.body "
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
        return db.read(c -> {
            List<String> codes = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT code FROM sessions WHERE last_active < ? ORDER BY code")) {
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
        return db.write(c -> {
            // Events and snapshots go with the session (ON DELETE CASCADE).
            try (PreparedStatement st = c.prepareStatement("DELETE FROM sessions WHERE code = ?")) {
                st.setString(1, code);
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Future<Void> probe() {
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO probe(id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at")) {
                st.setLong(1, System.currentTimeMillis());
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Future<Void> close() {
        return db.close();
    }
}
