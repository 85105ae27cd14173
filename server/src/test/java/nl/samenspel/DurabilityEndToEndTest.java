package nl.samenspel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.samenspel.testing.ResumingClient;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is ever lost: the server runs as a separate process, clients add
 * notes, the process is killed with SIGKILL while notes are in flight, it starts again on the
 * same data folder, and every acknowledged note, role and table is there as it was. The
 * clients reconnect by themselves and carry on; what they sent but never saw acknowledged is
 * sent again and lands exactly once.
 */
class DurabilityEndToEndTest {

    private static final int PARTICIPANTS = 6;
    private static final int NOTES_BEFORE = 30;

    @TempDir
    Path dataDir;
    private final Vertx vertx = Vertx.vertx();
    private final WebClient http = WebClient.create(vertx);
    private Process server;

    @AfterEach
    void stop() {
        if (server != null) server.destroyForcibly();
        vertx.close().await();
    }

    /** Starts the server's main class in a new JVM and waits until it says it is serving. */
    private Process startServer(int port) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "nl.samenspel.Main", "--port=" + port, "--dataDir=" + dataDir, "--publicUrl=http://localhost:" + port,
                "--sqliteSync=FULL")
                .redirectErrorStream(true)
                .directory(new File(System.getProperty("user.dir")));
        Process process = builder.start();
        CountDownLatch serving = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    System.out.println("[server " + process.pid() + "] " + line);
                    if (line.contains("Samenspel serving on")) serving.countDown();
                }
            } catch (IOException ignored) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertTrue(serving.await(60, TimeUnit.SECONDS), "the server did not start");
        return process;
    }

    private static void kill9(Process process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(process.pid())).start();
        assertEquals(0, kill.waitFor());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, process.exitValue(), "killed by SIGKILL");
    }

    private JsonObject state(int port, String code, String token) {
        HttpResponse<Buffer> r = TestServer.await(http.get(port, "localhost", "/api/sessions/" + code)
                .putHeader("authorization", "Bearer " + token).send());
        assertEquals(200, r.statusCode(), r.bodyAsString());
        return r.bodyAsJsonObject();
    }

    @Test
    void everyAcknowledgedNoteRoleAndTableSurvivesAKillAndTheClientsCarryOn() throws Exception {
        int port = TestServer.freePort();
        server = startServer(port);
        JsonObject created = TestServer.await(http.post(port, "localhost", "/api/sessions")
                .sendJsonObject(new JsonObject().put("format", "open").put("title", "Kill -9"))).bodyAsJsonObject();
        String code = created.getString("code");
        String token = created.getString("facilitatorToken");

        List<ResumingClient> people = new ArrayList<>();
        for (int i = 1; i <= PARTICIPANTS; i++) {
            ResumingClient c = new ResumingClient(vertx, port, code, "Deelnemer" + i);
            c.join();
            people.add(c);
        }
        ResumingClient facilitatorLike = people.get(0);
        // Tables and roles through a facilitator connection of its own.
        nl.samenspel.testing.LiveClient facilitator = nl.samenspel.testing.LiveClient.connect(vertx, port);
        facilitator.attach(code, token, 0);
        facilitator.ack("tables.arrange", new JsonObject().put("maxSize", 3));
        facilitator.ack("roles.deal", new JsonObject());
        facilitator.close();

        // Every participant learns their own role; wait until each has it.
        Map<String, String> roleOf = new HashMap<>();
        for (ResumingClient c : people) {
            JsonObject role = c.awaitEvent("role.assigned");
            roleOf.put(c.participantId(), role.getJsonObject("data").getJsonObject("role").getString("id"));
        }
        JsonObject before = state(port, code, token);
        JsonArray tablesBefore = before.getJsonArray("tables");

        // Notes from everyone at once; the kill comes while the last ones are still on their way.
        Map<String, CompletableFuture<JsonObject>> sent = new HashMap<>();
        for (int n = 0; n < NOTES_BEFORE; n++) {
            ResumingClient c = people.get(n % PARTICIPANTS);
            String text = "notitie " + n + " van " + c.participantId();
            sent.put(text, c.send("note.add", new JsonObject().put("board", "plenary").put("column", "ideas").put("text", text)));
        }
        for (int n = 0; n < NOTES_BEFORE / 2; n++) sent.get("notitie " + n + " van " + people.get(n % PARTICIPANTS).participantId()).get(20, TimeUnit.SECONDS);
        Set<String> ackedBeforeKill = new HashSet<>();
        kill9(server);
        sent.forEach((text, answer) -> {
            if (answer.isDone() && "ack".equals(answer.join().getString("type"))) ackedBeforeKill.add(text);
        });
        assertTrue(ackedBeforeKill.size() >= NOTES_BEFORE / 2, "acked before the kill: " + ackedBeforeKill.size());

        long killedAt = System.nanoTime();
        server = startServer(port);
        System.out.printf("kill -9: %d of %d notes acknowledged before the kill; restart took %d ms%n",
                ackedBeforeKill.size(), NOTES_BEFORE, (System.nanoTime() - killedAt) / 1_000_000);
        // The clients reconnect by themselves; every note they sent is now acknowledged, once.
        for (CompletableFuture<JsonObject> answer : sent.values()) {
            assertEquals("ack", answer.get(60, TimeUnit.SECONDS).getString("type"));
        }
        for (ResumingClient c : people) assertTrue(c.reconnects() >= 1, "each client reconnected by itself");
        JsonObject after = facilitatorLike.send("note.add", new JsonObject().put("board", "plenary").put("column", "ideas")
                .put("text", "na de herstart")).get(20, TimeUnit.SECONDS);
        assertEquals("ack", after.getString("type"), "the clients carry on after the restart");

        JsonObject state = state(port, code, token);
        List<String> notes = new ArrayList<>();
        state.getJsonArray("boards").stream().map(b -> (JsonObject) b).filter(b -> b.getString("id").equals("plenary"))
                .flatMap(b -> b.getJsonArray("notes").stream()).forEach(n -> notes.add(((JsonObject) n).getString("text")));
        for (String text : ackedBeforeKill) assertTrue(notes.contains(text), "acknowledged note lost: " + text);
        assertEquals(NOTES_BEFORE + 1, notes.size(), "every note exactly once, re-sent ones included");
        assertEquals(new HashSet<>(notes).size(), notes.size(), "no note twice");
        assertEquals(tablesBefore, state.getJsonArray("tables"), "the tables are as they were");

        nl.samenspel.testing.LiveClient reveal = nl.samenspel.testing.LiveClient.connect(vertx, port);
        reveal.attach(code, token, 0);
        reveal.ack("roles.reveal", new JsonObject());
        reveal.close();
        JsonObject revealed = state(port, code, token).getJsonObject("envelopes");
        Map<String, String> rolesAfter = new HashMap<>();
        revealed.forEach(e -> ((JsonObject) e.getValue()).getJsonObject("roles").forEach(r -> rolesAfter.put(r.getKey(), (String) r.getValue())));
        assertEquals(roleOf, rolesAfter, "every participant holds the role they were dealt before the kill");
        people.forEach(ResumingClient::stop);
    }
}
