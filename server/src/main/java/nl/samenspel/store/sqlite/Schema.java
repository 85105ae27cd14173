package nl.samenspel.store.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The database schema, as numbered migrations applied in order. */
final class Schema {

    private static final List<String> MIGRATIONS = List.of(
            """
            CREATE TABLE sessions (
              code        TEXT PRIMARY KEY,
              created_at  INTEGER NOT NULL,
              last_active INTEGER NOT NULL
            );
            CREATE TABLE events (
              session    TEXT    NOT NULL REFERENCES sessions(code),
              seq        INTEGER NOT NULL,
              at         INTEGER NOT NULL,
              principal  TEXT    NOT NULL,
              command_id TEXT,
              type       TEXT    NOT NULL,
              body       TEXT    NOT NULL,
              PRIMARY KEY (session, seq)
            ) WITHOUT ROWID;
            CREATE TABLE snapshots (
              session TEXT PRIMARY KEY REFERENCES sessions(code),
              seq     INTEGER NOT NULL,
              body    TEXT    NOT NULL
            );
            CREATE TABLE probe (id INTEGER PRIMARY KEY, at INTEGER NOT NULL);
            CREATE INDEX sessions_last_active ON sessions(last_active);
            """,
            """
            CREATE TABLE packs (
              id         TEXT PRIMARY KEY,
              version    TEXT    NOT NULL,
              body       TEXT    NOT NULL,
              updated_at INTEGER NOT NULL
            );
            """);

    private Schema() {}

    static void migrate(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            int version = 0;
            try (ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
                if (rs.next()) version = rs.getInt(1);
            }
            for (int v = version; v < MIGRATIONS.size(); v++) {
                for (String sql : MIGRATIONS.get(v).split(";")) {
                    if (!sql.isBlank()) st.execute(sql);
                }
                st.execute("INSERT INTO schema_version(version) VALUES (" + (v + 1) + ")");
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
