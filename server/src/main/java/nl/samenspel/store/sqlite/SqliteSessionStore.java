package nl.samenspel.store.sqlite;

import io.vertx.core.Future;
import java.util.List;
import nl.samenspel.store.StoredEvent;
import nl.samenspel.store.jdbc.JdbcSessionStore;
import nl.samenspel.store.jdbc.JournalQueries;

/** The session journal and snapshots in the embedded SQLite database. */
public final class SqliteSessionStore extends JdbcSessionStore {

    private static final Dialect SQLITE = new Dialect(
            "INSERT OR IGNORE INTO sessions(code, created_at, last_active) VALUES (?, ?, ?)",
            "INSERT OR REPLACE INTO probe(id, at) VALUES (1, ?)",
            List.of("DELETE FROM events WHERE session = ?", "DELETE FROM snapshots WHERE session = ?",
                    "DELETE FROM sessions WHERE code = ?"),
            // Activity is the newest event's time: read when retention sweeps (rarely), so that an
            // append writes only the events' pages and not also the session's row and its index.
            "SELECT code FROM sessions s WHERE COALESCE((SELECT at FROM events e WHERE e.session = s.code "
                    + "ORDER BY e.seq DESC LIMIT 1), s.last_active) < ? ORDER BY code");

    public SqliteSessionStore(SqliteDatabase db) {
        super(db, SQLITE);
    }

    @Override
    public Future<Void> append(String code, List<StoredEvent> events) {
        if (events.isEmpty()) return Future.succeededFuture();
        return db.write(c -> {
            requireNoGap(c, code, events);
            // A deleted session has no events left, so the gap check refuses it (and so would its foreign key).
            JournalQueries.insertEvents(c, code, events);
            return null;
        });
    }
}
