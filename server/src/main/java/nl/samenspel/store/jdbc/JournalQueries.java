package nl.samenspel.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samenspel.store.StoredEvent;
import nl.samenspel.store.StoredSession;

/**
 * The journal's SQL that SQLite and PostgreSQL share word for word: reading a session back,
 * keeping its newest snapshot, finding sessions past retention. Appending differs (PostgreSQL
 * fences out a stale owner), so each store keeps its own.
 */
public final class JournalQueries {

    private JournalQueries() {
    }

    public static boolean exists(Connection c, String code) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM sessions WHERE code = ?")) {
            st.setString(1, code);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The session's snapshot and the events after it; empty when there is no such session. */
    public static Optional<StoredSession> load(Connection c, String code) throws SQLException {
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
    }

    /** Keeps only the newest snapshot: an older one arriving late never replaces it. */
    public static void saveSnapshot(Connection c, String code, long seq, String snapshot) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO snapshots(session, seq, body) VALUES (?, ?, ?) "
                        + "ON CONFLICT (session) DO UPDATE SET seq = excluded.seq, body = excluded.body "
                        + "WHERE excluded.seq > snapshots.seq")) {
            st.setString(1, code);
            st.setLong(2, seq);
            st.setString(3, snapshot);
            st.executeUpdate();
        }
    }

    /** Codes of the sessions last active before this moment, in code order. */
    public static List<String> inactiveSince(Connection c, String query, long epochMillis) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(query)) {
            st.setLong(1, epochMillis);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    public static void insertEvents(Connection c, String code, List<StoredEvent> events) throws SQLException {
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
}
