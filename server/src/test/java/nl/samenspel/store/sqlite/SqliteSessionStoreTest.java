package nl.samenspel.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.store.SessionStore;
import nl.samenspel.store.StoredEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

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

    private static StoredEvent event(long seq, String body) {
        return new StoredEvent(seq, 1000 + seq, "f", "c" + seq, "Test", body);
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

    @Test
    void aSessionIsItsJournalAndItsNewestSnapshot(VertxTestContext ctx) {
        store.create("AAAAAA", event(1, "{\"n\":1}"))
                .compose(v -> store.append("AAAAAA", List.of(event(2, "{\"n\":2}"), event(3, "{\"n\":3}"))))
                .compose(v -> store.load("AAAAAA"))
                .compose(found -> {
                    ctx.verify(() -> {
                        assertNull(found.orElseThrow().snapshot());
                        assertEquals(List.of(1L, 2L, 3L), found.get().events().stream().map(StoredEvent::seq).toList());
                        assertEquals("c2", found.get().events().get(1).commandId());
                    });
                    return store.saveSnapshot("AAAAAA", 2, "{\"state\":2}");
                })
                .compose(v -> store.saveSnapshot("AAAAAA", 1, "{\"state\":1}"))
                .compose(v -> store.load("AAAAAA"))
                .onComplete(ctx.succeeding(found -> ctx.verify(() -> {
                    assertEquals("{\"state\":2}", found.orElseThrow().snapshot(), "an older snapshot never replaces a newer one");
                    assertEquals(List.of(3L), found.get().events().stream().map(StoredEvent::seq).toList());
                    ctx.completeNow();
                })));
    }

    @Test
    void aCodeCanBeTakenOnlyOnce(VertxTestContext ctx) {
        store.create("BBBBBB", event(1, "{}"))
                .compose(v -> store.create("BBBBBB", event(1, "{}")))
                .onComplete(ctx.failing(e -> ctx.verify(() -> {
                    assertInstanceOf(SessionStore.CodeTakenException.class, e);
                    ctx.completeNow();
                })));
    }

    @Test
    void aJournalNeverGetsAGap(VertxTestContext ctx) {
        store.create("CCCCCC", event(1, "{}"))
                .compose(v -> store.append("CCCCCC", List.of(event(3, "{}"))))
                .onComplete(ctx.failing(e -> ctx.verify(() -> {
                    assertTrue(e.getMessage().contains("ends at 1"), e.getMessage());
                    ctx.completeNow();
                })));
    }

    @Test
    void manyConcurrentWritersShareCommitsAndEveryWriteLands(VertxTestContext ctx) {
        int sessions = 20;
        int eventsEach = 50;
        List<Future<Void>> all = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            String code = "S" + String.format("%05d", s);
            Future<Void> chain = store.create(code, event(1, "{}"));
            for (int e = 2; e <= eventsEach; e++) {
                long seq = e;
                chain = chain.compose(v -> store.append(code, List.of(event(seq, "{\"seq\":" + seq + "}"))));
            }
            all.add(chain);
        }
        Future.all(all)
                .compose(v -> store.load("S00007"))
                .onComplete(ctx.succeeding(found -> ctx.verify(() -> {
                    assertEquals(eventsEach, found.orElseThrow().events().size());
                    ctx.completeNow();
                })));
    }

    @Test
    void inactiveSessionsAreFoundAndDeletedWithEverythingInThem(VertxTestContext ctx) {
        store.create("DDDDDD", new StoredEvent(1, 100, "f", null, "T", "{}"))
                .compose(v -> store.create("EEEEEE", new StoredEvent(1, 5000, "f", null, "T", "{}")))
                .compose(v -> store.saveSnapshot("DDDDDD", 1, "{}"))
                .compose(v -> store.inactiveSince(1000))
                .compose(codes -> {
                    ctx.verify(() -> assertEquals(List.of("DDDDDD"), codes));
                    return store.delete("DDDDDD");
                })
                .compose(v -> store.load("DDDDDD"))
                .onComplete(ctx.succeeding(found -> ctx.verify(() -> {
                    assertTrue(found.isEmpty());
                    ctx.completeNow();
                })));
    }

    @Test
    void theProbeWrites(VertxTestContext ctx) {
        store.probe().onComplete(ctx.succeedingThenComplete());
    }
}
