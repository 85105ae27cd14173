package nl.samenspel.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import nl.samenspel.testing.Await;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.TestPostgres;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole server on PostgreSQL: a workshop survives a restart, and an outage acknowledges nothing it cannot keep. */
class PgServerTest {

    @TempDir
    Path dir;

    private final TestPostgres pg = TestPostgres.shared();

    private static JsonObject note(String id, String text) {
        return new JsonObject().put("type", "note.add").put("id", id).put("board", "plenary").put("column", "ideas").put("text", text);
    }

    private static JsonArray notes(TestServer server, JsonObject created) {
        try (LiveClient f = server.client()) {
            JsonObject welcome = f.attach(created.getString("code"), created.getString("facilitatorToken"), 0);
            return welcome.getJsonObject("snapshot").getJsonArray("boards").getJsonObject(0).getJsonArray("notes");
        }
    }

    private static int ready(TestServer server) {
        return TestServer.await(server.http.get(server.port(), "localhost", "/ready").send()).statusCode();
    }

    @Test
    void aWorkshopOutlivesItsServerAndAnOutageAcknowledgesNothingItCannotKeep() {
        JsonObject settings = pg.settings();
        JsonObject created;
        String token;
        try (TestServer server = TestServer.start(dir, settings)) {
            created = server.createSession(new JsonObject().put("format", "open").put("title", "Op PostgreSQL"));
            LiveClient anna = server.client();
            token = anna.join(created.getString("code"), "Anna").getString("token");
            assertEquals("ack", anna.reply(anna.send(note("n1", "Voor de storing"))).getString("type"));
            assertEquals(200, ready(server));

            pg.stop();
            try {
                JsonObject refused = anna.reply(anna.send(note("n2", "Tijdens de storing")));
                assertEquals("storage_unavailable", refused.getString("code"), refused.encode());
                assertEquals(503, ready(server));
            } finally {
                pg.start();
            }
            Await.until("the server writes again", Duration.ofSeconds(20), () -> ready(server) == 200);
            // The client re-sends as it would after any error; once the session is back it is applied once.
            AtomicReference<JsonObject> answer = new AtomicReference<>();
            Await.until("the re-sent note is acknowledged", Duration.ofSeconds(20), () -> {
                try (LiveClient again = server.client()) {
                    again.attach(created.getString("code"), token, 0);
                    answer.set(again.reply(again.send(note("n2", "Tijdens de storing"))));
                }
                return "ack".equals(answer.get().getString("type"));
            });
            anna.close();
            assertEquals(2, notes(server, created).size());
        }
        try (TestServer restarted = TestServer.start(dir.resolve("other"), settings)) {
            JsonArray notes = notes(restarted, created);
            assertEquals(2, notes.size(), "both notes are in PostgreSQL: " + notes);
            assertEquals("Voor de storing", notes.getJsonObject(0).getString("text"));
        }
    }
}
