package nl.samenspel.store.postgres;

import io.vertx.core.Future;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.samenspel.store.StoredEvent;
import nl.samenspel.store.jdbc.JdbcSessionStore;
import nl.samenspel.store.jdbc.JournalQueries;

/**
 * The session journal and snapshots in PostgreSQL. The same rows as the SQLite store, plus an
 * ownership epoch per session so that, in a cluster, only the newest owner's writes land.
 */
public final class PgSessionStore extends JdbcSessionStore {

    private static final Dialect POSTGRES = new Dialect(
            "INSERT INTO sessions(code, created_at, last_active) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            "INSERT INTO probe(id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at",
            // Events and snapshots go with the session (ON DELETE CASCADE).
            List.of("DELETE FROM sessions WHERE code = ?"),
            // Kept current by every append, which updates the row anyway to fence out a stale owner.
            "SELECT code FROM sessions WHERE last_active < ? ORDER BY code");

    public PgSessionStore(PgDatabase db) {
        super(db, POSTGRES);
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
            requireNoGap(c, code, events);
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
}
