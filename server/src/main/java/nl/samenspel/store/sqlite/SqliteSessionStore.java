package nl.samenspel.store.sqlite;

import io.vertx.core.Future;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
                    "DELETE FROM sessions WHERE code = ?"));

    public SqliteSessionStore(SqliteDatabase db) {
        super(db, SQLITE);
    }

    @Override
    public Future<Void> append(String code, List<StoredEvent> events) {
        if (events.isEmpty()) return Future.succeededFuture();
        return db.write(c -> {
            requireNoGap(c, code, events);
            JournalQueries.insertEvents(c, code, events);
            try (PreparedStatement st = c.prepareStatement("UPDATE sessions SET last_active = ? WHERE code = ?")) {
                st.setLong(1, events.get(events.size() - 1).at());
                st.setString(2, code);
                if (st.executeUpdate() == 0) throw new SQLException("no session " + code);
            }
            return null;
        });
    }
}
