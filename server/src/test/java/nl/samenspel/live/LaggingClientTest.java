package nl.samenspel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.RawSocket;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that stops reading while its commands are in flight: the server marks it behind
 * and skips its frames. When it reads again, every command it sent is answered exactly once,
 * none is applied twice, and it is caught up with what it missed.
 */
class LaggingClientTest {

    private static final String TEXT = "€".repeat(480);

    @TempDir
    Path dir;
    TestServer server;
    String code;
    String facilitatorToken;
    LiveClient facilitator;
    RawSocket anna;
    /** Every frame Anna has read, in order. */
    final List<JsonObject> annaSaw = new ArrayList<>();

    @BeforeEach
    void start() {
        // No rate limit in the way of the flood that fills Anna's socket.
        server = TestServer.start(dir, new JsonObject().put("commandsPerSecond", 5000).put("commandBurst", 5000));
        JsonObject created = server.createSession(new JsonObject().put("format", "open"));
        code = created.getString("code");
        facilitatorToken = created.getString("facilitatorToken");
        facilitator = server.client();
        facilitator.attach(code, facilitatorToken, 0);
        // A small receive buffer, so a few hundred KiB fill the way from the server to Anna.
        anna = RawSocket.open(server.port(), Map.of(), 4096);
        anna.sendJson(new JsonObject().put("type", "join").put("id", "j1").put("code", code).put("name", "Anna"));
        assertEquals("welcome", annaReads(f -> "j1".equals(f.getString("id"))).getString("type"));
    }

    /** Anna reads (and keeps) frames until one matches. */
    private JsonObject annaReads(Predicate<JsonObject> match) {
        while (true) {
            JsonObject f = anna.readJson();
            annaSaw.add(f);
            if (match.test(f)) return f;
        }
    }

    @AfterEach
    void stop() {
        facilitator.close();
        anna.close();
        server.close();
    }

    private JsonObject health() {
        return TestServer.await(server.http.get(server.port(), "localhost", "/health").send()).bodyAsJsonObject();
    }

    private long lagging(String counter) {
        return health().getJsonObject("lagging").getLong(counter);
    }

    /** Notes from the facilitator, sent without waiting, then all their acks awaited. */
    private void flood(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(facilitator.send(new JsonObject().put("type", "note.add").put("board", "plenary")
                    .put("column", "ideas").put("text", TEXT)));
        }
        for (String id : ids) assertEquals("ack", facilitator.reply(id).getString("type"));
    }

    /**
     * Anna stops reading (she read nothing since her welcome) until the server marks her behind.
     * Grouping notes sends the whole board to everyone: a few of those fill any socket buffer.
     */
    private void fillUntilBehind() {
        flood(60);
        List<String> notes = new ArrayList<>(notesOnThePlenary());
        for (int round = 0; round < 60 && lagging("fellBehind") == 0; round++) {
            facilitator.ack("note.group", new JsonObject().put("board", "plenary")
                    .put("notes", new JsonArray().add(notes.get(0)).add(notes.get(1))));
            facilitator.ack("note.ungroup", new JsonObject().put("board", "plenary").put("note", notes.get(0)));
        }
        assertTrue(lagging("fellBehind") > 0, "the server never marked the paused client behind");
    }

    /** Anna's commands while she is behind; returns id → text. */
    private Map<String, String> annasCommands(int count) {
        Map<String, String> sent = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String text = "Anna " + i;
            String id = "a" + i;
            anna.sendJson(new JsonObject().put("type", "note.add").put("id", id).put("board", "plenary").put("column", "ideas")
                    .put("text", text));
            sent.put(id, text);
        }
        return sent;
    }

    private void assertAnsweredOnceAndAppliedOnce(Map<String, String> sent) {
        Set<String> waiting = new HashSet<>(sent.keySet());
        annaReads(f -> {
            if (f.getString("id") != null) assertEquals("ack", f.getString("type"), f.encode());
            waiting.remove(f.getString("id"));
            return waiting.isEmpty();
        });
        // The pong comes after anything already queued for Anna: a second answer would be before it.
        anna.sendJson(new JsonObject().put("type", "ping").put("t", 7));
        annaReads(f -> "pong".equals(f.getString("type")));
        for (String id : sent.keySet()) {
            long answers = annaSaw.stream().filter(f -> id.equals(f.getString("id"))).count();
            assertEquals(1, answers, "answers to " + id);
        }
        LiveClient look = server.client();
        JsonObject snapshot = look.attach(code, facilitatorToken, 0).getJsonObject("snapshot");
        look.close();
        Map<String, Integer> stored = new HashMap<>();
        for (Object b : snapshot.getJsonArray("boards")) {
            for (Object n : ((JsonObject) b).getJsonArray("notes")) {
                stored.merge(((JsonObject) n).getString("text"), 1, Integer::sum);
            }
        }
        for (String text : sent.values()) assertEquals(1, stored.getOrDefault(text, 0), "copies of '" + text + "'");
    }

    /** Every note the session holds, as Anna knows them from her snapshots and events. */
    private Set<String> notesAnnaKnows() {
        Set<String> known = new HashSet<>();
        for (JsonObject f : annaSaw) {
            JsonObject snapshot = "welcome".equals(f.getString("type")) ? f.getJsonObject("snapshot")
                    : "snapshot".equals(f.getString("event")) ? f.getJsonObject("data") : null;
            if (snapshot != null) {
                known.clear();
                for (Object b : snapshot.getJsonArray("boards")) {
                    for (Object n : ((JsonObject) b).getJsonArray("notes")) known.add(((JsonObject) n).getString("id"));
                }
            } else if ("note.upserted".equals(f.getString("event"))) {
                known.add(f.getJsonObject("data").getJsonObject("note").getString("id"));
            }
        }
        return known;
    }

    private Set<String> notesOnThePlenary() {
        LiveClient look = server.client();
        JsonArray boards = look.attach(code, facilitatorToken, 0).getJsonObject("snapshot").getJsonArray("boards");
        look.close();
        Set<String> ids = new HashSet<>();
        for (Object b : boards) {
            if ("plenary".equals(((JsonObject) b).getString("id"))) {
                for (Object n : ((JsonObject) b).getJsonArray("notes")) ids.add(((JsonObject) n).getString("id"));
            }
        }
        return ids;
    }

    @Test
    void commandsInFlightWhileBehindAreAnsweredOnceAndTheClientCatchesUp() {
        fillUntilBehind();
        Map<String, String> sent = annasCommands(20);
        // The server has taken all of Anna's notes (the facilitator sees them) while Anna reads nothing.
        for (String text : sent.values()) {
            facilitator.event("note.upserted", d -> text.equals(d.getJsonObject("note").getString("text")));
        }
        flood(10);
        assertAnsweredOnceAndAppliedOnce(sent);
        Set<String> all = notesOnThePlenary();
        if (!notesAnnaKnows().containsAll(all)) annaReads(f -> notesAnnaKnows().containsAll(all));
        // Fewer changes were skipped than the session keeps: the frames, not a whole snapshot.
        JsonObject counts = health().getJsonObject("lagging");
        assertTrue(counts.getLong("caughtUp") >= 1, counts.encode());
        assertEquals(0, counts.getLong("snapshots"), counts.encode());
    }

    @Test
    void aClientBehindByMoreThanTheSessionKeepsGetsOneFreshSnapshot() {
        fillUntilBehind();
        Map<String, String> sent = annasCommands(5);
        // More changes than the session keeps for catching up (200).
        for (int i = 0; i < 5; i++) {
            List<String> ids = new ArrayList<>();
            for (int j = 0; j < 50; j++) {
                ids.add(facilitator.send(new JsonObject().put("type", "note.add").put("board", "plenary")
                        .put("column", "ideas").put("text", "kort " + i + "." + j)));
            }
            for (String id : ids) assertEquals("ack", facilitator.reply(id).getString("type"));
        }
        assertAnsweredOnceAndAppliedOnce(sent);
        Set<String> all = notesOnThePlenary();
        if (!notesAnnaKnows().containsAll(all)) annaReads(f -> notesAnnaKnows().containsAll(all));
        JsonObject resync = annaSaw.stream().filter(f -> "welcome".equals(f.getString("type")) && f.getString("id") == null)
                .findFirst().orElseThrow(() -> new AssertionError("no resync welcome"));
        assertTrue(resync.containsKey("snapshot"), "a resync welcome carries a snapshot");
        JsonObject counts = health().getJsonObject("lagging");
        assertTrue(counts.getLong("snapshots") >= 1, counts.encode());
    }
}
