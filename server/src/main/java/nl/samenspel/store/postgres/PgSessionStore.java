package nl.samenspel.store.postgres;

import io.vertx.core.Future;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.samenspel.store.SessionStore;
import nl.samenspel.store.StoredEvent;
import nl.samenspel.store.StoredSession;
import nl.samenspel.store.jdbc.JournalQueries;

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
            JournalQueries.insertEvents(c, code, List.of(first));
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
                    if (JournalQueries.exists(c, code)) throw new FencedException(code, epoch);
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
            JournalQueries.insertEvents(c, code, events);
            return null;
        });
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
        return db.read(c -> JournalQueries.inactiveSince(c, epochMillis));
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
