package nl.samenspel.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.samenspel.config.Config;
import nl.samenspel.store.SessionStore;
import nl.samenspel.store.Storage;
import nl.samenspel.store.StoredEvent;
import nl.samenspel.testing.Await;
import nl.samenspel.testing.TestPostgres;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What only the PostgreSQL store does: its schema versions, an unreachable server, a second writer, an outage. */
class PgStoreTest {

    private final TestPostgres pg = TestPostgres.shared();
    private Vertx vertx;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() {
        TestServer.await(vertx.close());
    }

    private Storage open(JsonObject settings) {
        return TestServer.await(Storage.open(vertx, Config.from(settings), nanos -> {}));
    }

    /** A store on {@code settings} that holds session {@code code} with its first event. */
    private Storage withSession(JsonObject settings, String code) {
        Storage storage = open(settings);
        TestServer.await(storage.sessions().create(code, event(1)));
        return storage;
    }

    private Throwable refusal(JsonObject settings) {
        return assertThrows(Throwable.class, () -> Storage.open(vertx, Config.from(settings), n -> {}).await(30, TimeUnit.SECONDS));
    }

    private static StoredEvent event(long seq) {
        return new StoredEvent(seq, 1000 + seq, "f", "c" + seq, "T", "{\"seq\":" + seq + "}");
    }

    @Test
    void anUnreachableServerIsNamedByHostAndDatabaseButNeverByPassword() {
        int closed = TestServer.freePort();
        Throwable e = refusal(new JsonObject().put("storage", "postgres").put("pgUrl", "postgresql://127.0.0.1:" + closed + "/zorgdb")
                .put("pgUser", "samenspel").put("pgPassword", "zeer-geheim-42"));
        assertInstanceOf(IllegalStateException.class, e);
        assertTrue(e.getMessage().startsWith("cannot reach PostgreSQL at host 127.0.0.1:" + closed + ", database zorgdb"), e.getMessage());
        assertFalse(e.getMessage().contains("zeer-geheim-42"));

        Throwable wrong = refusal(pg.settings().put("pgPassword", "fout-wachtwoord-7"));
        assertTrue(wrong.getMessage().contains("password authentication failed"), wrong.getMessage());
        assertFalse(wrong.getMessage().contains("fout-wachtwoord-7"));
    }

    @Test
    void aSchemaNewerThanThisCodeIsRefusedAndLeftAlone() throws Exception {
        String db = pg.createDatabase();
        open(pg.settings(db)).close().await(20, TimeUnit.SECONDS);
        try (Connection c = pg.connect(db); Statement st = c.createStatement()) {
            st.execute("INSERT INTO samenspel_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test', 0, true)");
        }
        Throwable e = refusal(pg.settings(db));
        assertEquals("the PostgreSQL schema at host 127.0.0.1:" + pg.port + ", database " + db + " is at version 99, newer than "
                + "this Samenspel knows (1): start the newer Samenspel, or restore a backup of the database from before the upgrade",
                e.getMessage());
        try (Connection c = pg.connect(db); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM samenspel_schema_history")) {
            rs.next();
            assertEquals(2, rs.getInt(1), "nothing was migrated");
        }
    }

    @Test
    void startingTwiceOnOneDatabaseMigratesOnce() {
        String db = pg.createDatabase();
        Storage first = withSession(pg.settings(db), "AAAAAA");
        TestServer.await(first.close());
        Storage second = open(pg.settings(db));
        assertEquals(1, TestServer.await(second.sessions().load("AAAAAA")).orElseThrow().events().size());
        TestServer.await(second.close());
    }

    @Test
    void aWriterWhoseSessionWasClaimedAfterItIsRefused() {
        Storage storage = withSession(pg.settings(), "BBBBBB");
        SessionStore store = storage.sessions();
        long old = TestServer.await(store.claim("BBBBBB"));
        TestServer.await(store.append("BBBBBB", old, List.of(event(2))));
        long successor = TestServer.await(store.claim("BBBBBB"));
        assertEquals(old + 1, successor);
        Throwable e = assertThrows(Throwable.class, () -> store.append("BBBBBB", old, List.of(event(3))).await(20, TimeUnit.SECONDS));
        assertInstanceOf(SessionStore.FencedException.class, e);
        TestServer.await(store.append("BBBBBB", successor, List.of(event(3))));
        assertEquals(List.of(1L, 2L, 3L), TestServer.await(store.load("BBBBBB")).orElseThrow().events().stream()
                .map(StoredEvent::seq).toList());
        TestServer.await(storage.close());
    }

    @Test
    void writesFailWhileTheServerIsDownAndSucceedAgainWhenItIsBack() {
        Storage storage = withSession(pg.settings(), "CCCCCC");
        SessionStore store = storage.sessions();
        pg.stop();
        try {
            assertThrows(Throwable.class, () -> store.append("CCCCCC", List.of(event(2))).await(40, TimeUnit.SECONDS));
            assertThrows(Throwable.class, () -> store.probe().await(40, TimeUnit.SECONDS));
            assertThrows(Throwable.class, () -> store.load("CCCCCC").await(40, TimeUnit.SECONDS));
        } finally {
            pg.start();
        }
        AtomicBoolean back = new AtomicBoolean();
        Await.until("the store writes again", Duration.ofSeconds(20), () -> {
            Future<Void> probe = store.probe();
            try {
                probe.await(5, TimeUnit.SECONDS);
                back.set(true);
            } catch (Exception e) {
                back.set(false);
            }
            return back.get();
        });
        TestServer.await(store.append("CCCCCC", List.of(event(2))));
        assertEquals(2, TestServer.await(store.load("CCCCCC")).orElseThrow().events().size());
        TestServer.await(storage.close());
    }
}
