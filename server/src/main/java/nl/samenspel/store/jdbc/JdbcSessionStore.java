package nl.samenspel.store.jdbc;

import io.vertx.core.Future;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.samenspel.store.SessionStore;
import nl.samenspel.store.StoredEvent;
import nl.samenspel.store.StoredSession;

/**
 * The session journal and snapshots over JDBC, as SQLite and PostgreSQL share it: the same
 * tables and, but for a few statements each database words its own way ({@link Dialect}), the
 * same SQL. How events are appended stays with each store (PostgreSQL fences out a stale owner).
 */
public abstract class JdbcSessionStore implements SessionStore {

    /**
     * The statements that differ: inserting a session unless its code is taken, the probe's
     * upsert, deleting a session with everything of it, and the codes of the sessions last
     * active before a moment (one parameter), in code order.
     */
    public record Dialect(String insertSession, String probe, List<String> deleteSession, String inactiveSince) {}

    protected final JdbcDatabase db;
    private final Dialect dialect;

    protected JdbcSessionStore(JdbcDatabase db, Dialect dialect) {
        this.db = db;
        this.dialect = dialect;
    }

    @Override
    public Future<Void> create(String code, StoredEvent first) {
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(dialect.insertSession())) {
                st.setString(1, code);
                st.setLong(2, first.at());
                st.setLong(3, first.at());
                if (st.executeUpdate() == 0) throw new CodeTakenException(code);
            }
            JournalQueries.insertEvents(c, code, List.of(first));
            return null;
        });
    }

    /** A journal never has a gap: after a failed write, later writes of that session fail too. */
    protected static void requireNoGap(Connection c, String code, List<StoredEvent> events) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM events WHERE session = ?")) {
            st.setString(1, code);
            try (ResultSet rs = st.executeQuery()) {
                long last = rs.next() ? rs.getLong(1) : 0;
                if (last != events.get(0).seq() - 1) {
                    throw new SQLException("journal of " + code + " ends at " + last + ", not " + (events.get(0).seq() - 1));
                }
            }
        }
    }

    @Override
    public Future<Optional<StoredSession>> load(String code) {
        return db.read(c -> JournalQueries.load(c, code));
    }

    @Override
    public Future<Void> saveSnapshot(String code, long seq, String snapshot) {
        return db.write(c -> {
            JournalQueries.saveSnapshot(c, code, seq, snapshot);
            return null;
        });
    }

    @Override
    public Future<List<String>> inactiveSince(long epochMillis) {
        return db.read(c -> JournalQueries.inactiveSince(c, dialect.inactiveSince(), epochMillis));
    }

    @Override
    public Future<Void> delete(String code) {
        return db.write(c -> {
            for (String sql : dialect.deleteSession()) {
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
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(dialect.probe())) {
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
