package nl.samenspel.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What only the SQLite store does; what every store does is in {@link nl.samenspel.store.StoreContract}. */
@ExtendWith(VertxExtension.class)
class SqliteSessionStoreTest {

    @TempDir
    Path dir;
    private SqliteSessionStore store;

    @BeforeEach
    void open(Vertx vertx) throws Exception {
        store = new SqliteSessionStore(SqliteDatabase.open(vertx, dir.resolve("data/samenspel.db"), "FULL"));
    }

    @AfterEach
    void close() {
        store.close().await();
    }


    @Test
    void theDatabaseRunsInWalMode() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/samenspel.db"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertEquals("wal", rs.getString(1));
        }
    }
}
