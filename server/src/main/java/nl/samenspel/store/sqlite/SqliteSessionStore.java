package nl.samenspel.store.sqlite;

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

/** The session journal and snapshots in the embedded SQLite database. */
public final class SqliteSessionStore implements SessionStore {

    private final SqliteDatabase db;

    public SqliteSessionStore(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public Future<Void> create(String code, StoredEvent first) {
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT OR IGNORE INTO sessions(code, created_at, last_active) VALUES (?, ?, ?)")) {
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
        if (events.isEmpty()) return Future.succeededFuture();
        return db.write(c -> {
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
            try (PreparedStatement st = c.prepareStatement("UPDATE sessions SET last_active = ? WHERE code = ?")) {
                st.setLong(1, events.get(events.size() - 1).at());
                st.setString(2, code);
                if (st.executeUpdate() == 0) throw new SQLException("no session " + code);
            }
            return null;
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
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT OR REPLACE INTO probe(id, at) VALUES (1, ?)")) {
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
