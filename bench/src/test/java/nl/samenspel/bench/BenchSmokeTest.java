package nl.samenspel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.samenspel.Samenspel;
import nl.samenspel.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load generator's short smoke mode: a few seconds of two sessions (one at its tables'
 * flip-overs, one brainstorming on the plenary board) against the real server and against the
 * relay floor, asserting no errors, that every note reached everyone it was meant for and that
 * every command was answered; then a small reconnect storm, after which everyone is back and no
 * acknowledged note is missing. (Speed is measured by the benchmark itself, never asserted here.)
 */
class BenchSmokeTest {

    @TempDir
    Path dir;

    @Test
    void twoSessionsPlayAgainstTheServerAndSurviveAReconnectStorm() throws Exception {
        int port = freePort();
        Vertx serverVertx = Vertx.vertx();
        Samenspel server = Samenspel.start(serverVertx, Config.from(new JsonObject().put("port", port)
                .put("dataDir", dir.toString()).put("httpInstances", 1).put("sqliteSync", "NORMAL")
                .put("commandsPerSecond", 50).put("commandBurst", 100))).await(120, TimeUnit.SECONDS);
        try {
            playThenStorm(port);
        } finally {
            server.close().await();
            serverVertx.close().await();
        }
    }

    @ParameterizedTest(name = "journalled: {0}")
    @ValueSource(booleans = {false, true})
    void theRelayFloorsPlayTheSameScenarios(boolean durable) throws Exception {
        int port = freePort();
        Vertx relayVertx = Vertx.vertx();
        Path journalled = dir.resolve("journal.log");
        RelayJournal journal = durable ? Relay.journalAt(journalled) : null;
        Relay.deploy(relayVertx, port, 1, journal).await(120, TimeUnit.SECONDS);
        long notes;
        try {
            notes = playThenStorm(port);
        } finally {
            relayVertx.close().await();
            if (journal != null) journal.close();
        }
        // The durable relay sends a note only once it is on disk: every note that went round is in its journal.
        if (durable) {
            long written = Files.readAllLines(journalled).stream().filter(l -> l.contains("\"note.add\"")).count();
            assertTrue(written >= notes, written + " notes journalled, " + notes + " went round");
        }
    }

    /** @return how many notes reached everyone they were meant for */
    private static long playThenStorm(int port) throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            Metrics metrics = new Metrics();
            List<SimSession> sessions = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                SimSession s = new SimSession(vertx, vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(100)
                        .setMaxFrameSize(SimSession.BIG).setMaxMessageSize(SimSession.BIG)),
                        WebClient.create(vertx), port, i, 10, 250, metrics);
                // A bounded outbox: on a slow machine the re-sent outbox must stay within the rate limit.
                s.maxInFlight(4);
                sessions.add(i == 1 ? s.onPlenary() : s);
            }
            List<Future<Void>> started = new ArrayList<>();
            sessions.forEach(s -> started.add(s.start()));
            Future.all(started).await(120, TimeUnit.SECONDS);
            sessions.forEach(SimSession::play);
            long until = System.currentTimeMillis() + 13_000;
            // Wait (with a deadline) until a fair number of notes went round.
            while (metrics.notesComplete.get() < 40 && System.currentTimeMillis() < until) {
                synchronized (metrics) {
                    metrics.wait(50);
                }
            }
            long complete = metrics.notesComplete.get();
            assertTrue(complete >= 40, "notes that reached everyone: " + complete);
            // Everyone but the facilitator drops at once and is back within a second, outbox re-sent.
            for (SimSession s : sessions) {
                assertTrue(s.presence().storm(1_000, 60_000).await(90, TimeUnit.SECONDS) >= 0, () -> "everyone came back: " + metrics.errors());
            }
            assertEquals(20, metrics.reconnectCount());
            int dropped = 0;
            for (SimSession s : sessions) dropped += s.stop(10_000).await(20, TimeUnit.SECONDS);
            assertEquals(List.of(), metrics.errors());
            assertEquals(0, dropped, "every note reached everyone at its flip-over");
            assertEquals(0, metrics.unanswered.get(), "every command was answered");
            for (SimSession s : sessions) assertEquals(0, s.verify().await(20, TimeUnit.SECONDS), "acknowledged notes missing");
            assertTrue(metrics.summary().acks() > 0);
            return metrics.notesComplete.get();
        } finally {
            vertx.close().await();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
