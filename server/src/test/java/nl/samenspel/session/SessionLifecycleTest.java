package nl.samenspel.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.samenspel.store.StoredEvent;
import nl.samenspel.store.sqlite.SqliteDatabase;
import nl.samenspel.store.sqlite.SqliteSessionStore;
import nl.samenspel.testing.Await;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions leave memory when nobody uses them and come back on the next connect; old ones are deleted. */
class SessionLifecycleTest {

    @TempDir
    Path dir;

    @Test
    void anIdleSessionIsUnloadedAndLoadsAgainWithEverythingInIt() {
        try (TestServer server = TestServer.start(dir, new JsonObject().put("idleUnloadSeconds", 1))) {
            JsonObject created = server.createSession(new JsonObject().put("format", "open"));
            String code = created.getString("code");
            LiveClient anna = server.client();
            String token = anna.join(code, "Anna").getString("token");
            anna.ack("note.add", new JsonObject().put("board", "plenary").put("column", "ideas").put("text", "Blijft bewaard"));
            assertTrue(server.app.registry().loaded(code));
            anna.close();

            Await.until("the idle session leaves memory", Duration.ofSeconds(15), () -> !server.app.registry().loaded(code));

            LiveClient back = server.client();
            JsonObject welcome = back.attach(code, token, 0);
            assertEquals("Anna", welcome.getJsonObject("you").getString("name"));
            assertEquals("Blijft bewaard", welcome.getJsonObject("snapshot").getJsonArray("boards").getJsonObject(0)
                    .getJsonArray("notes").getJsonObject(0).getString("text"));
            assertTrue(server.app.registry().loaded(code), "loaded again on the next connect");
            back.ack("note.add", new JsonObject().put("board", "plenary").put("column", "ideas").put("text", "Daarna nog een"));
            back.close();
        }
    }

    @Test
    void sessionsPastTheRetentionPeriodAreDeletedWithTheirNames() throws Exception {
        io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
        try {
            SqliteSessionStore store = new SqliteSessionStore(SqliteDatabase.open(vertx, dir.resolve("r.db"), "NORMAL"));
            long day = TimeUnit.DAYS.toMillis(1);
            long now = 100 * day;
            store.create("OLDOLD", new StoredEvent(1, now - 31 * day, "f", null, "T", "{\"name\":\"Anna\"}")).await();
            store.create("NEWNEW", new StoredEvent(1, now - 29 * day, "f", null, "T", "{}")).await();
            store.create("BUSYBB", new StoredEvent(1, now - 40 * day, "f", null, "T", "{}")).await();
            Retention retention = new Retention(store, code -> code.equals("BUSYBB"), () -> now, 30);
            assertEquals(1, retention.sweep().await());
            assertTrue(store.load("OLDOLD").await().isEmpty(), "deleted after 30 days without activity");
            assertFalse(store.load("NEWNEW").await().isEmpty(), "kept within the period");
            assertFalse(store.load("BUSYBB").await().isEmpty(), "a session in use is not deleted under its users");
            assertEquals(List.of("BUSYBB"), store.inactiveSince(now - 30 * day).await());
            store.close().await();
        } finally {
            vertx.close().await();
        }
    }
}
