package nl.samenspel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.samenspel.Samenspel;
import nl.samenspel.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load generator's short smoke mode: a few seconds of two sessions against the real server,
 * asserting no errors and that every note reached everyone at its flip-over. (Speed is measured
 * by the benchmark itself, never asserted here.)
 */
class BenchSmokeTest {

    @TempDir
    Path dir;

    @Test
    void twoSessionsPlayWithoutErrorsAndEveryNoteArrivesEverywhere() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Vertx serverVertx = Vertx.vertx();
        Samenspel server = Samenspel.start(serverVertx, Config.from(new JsonObject().put("port", port)
                .put("dataDir", dir.toString()).put("httpInstances", 1).put("sqliteSync", "NORMAL"))).await(30, TimeUnit.SECONDS);
        Vertx vertx = Vertx.vertx();
        try {
            Metrics metrics = new Metrics();
            List<SimSession> sessions = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sessions.add(new SimSession(vertx, vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(100)),
                        WebClient.create(vertx), port, i, 10, 250, metrics));
            }
            List<Future<Void>> started = new ArrayList<>();
            sessions.forEach(s -> started.add(s.start()));
            Future.all(started).await(30, TimeUnit.SECONDS);
            sessions.forEach(SimSession::play);
            long until = System.currentTimeMillis() + 3_000;
            // Wait (with a deadline) until a fair number of notes went round, then stop and drain.
            while (metrics.notesComplete.get() < 40 && System.currentTimeMillis() < until + 10_000) {
                synchronized (metrics) {
                    metrics.wait(50);
                }
            }
            int dropped = 0;
            for (SimSession s : sessions) dropped += s.stop(10_000).await(20, TimeUnit.SECONDS);
            assertEquals(List.of(), metrics.errors());
            assertEquals(0, dropped, "every note reached everyone at its flip-over");
            assertTrue(metrics.notesSent.get() >= 40, "notes sent: " + metrics.notesSent.get());
            assertEquals(metrics.notesSent.get(), metrics.notesComplete.get());
            assertTrue(metrics.summary().acks() > 0);
        } finally {
            vertx.close().await();
            server.close().await();
        }
    }
}
