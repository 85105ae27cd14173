package nl.samenspel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.testing.Await;
import nl.samenspel.testing.RawSocket;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /health counts every open websocket, over every event loop, attached to a session or not. */
class HealthConnectionsTest {

    @TempDir
    Path dir;

    private static long live(TestServer server) {
        return TestServer.await(server.http.get(server.port(), "localhost", "/health").send())
                .bodyAsJsonObject().getLong("liveConnections");
    }

    @Test
    void liveConnectionsCountsEverySocketOnEveryEventLoop() {
        try (TestServer server = TestServer.start(dir, new JsonObject().put("httpInstances", 2))) {
            JsonObject created = server.createSession(new JsonObject().put("format", "open"));
            List<RawSocket> sockets = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                RawSocket s = RawSocket.open(server.port());
                if (i % 2 == 0) {
                    s.sendJson(new JsonObject().put("type", "join").put("id", "j").put("code", created.getString("code"))
                            .put("name", "Deelnemer " + i));
                    assertEquals("welcome", s.readJson().getString("type"));
                } else {
                    s.sendJson(new JsonObject().put("type", "ping").put("t", 1));
                    assertEquals("pong", s.readJson().getString("type"));
                }
                sockets.add(s);
            }
            assertEquals(12, live(server));
            for (int i = 0; i < 5; i++) sockets.remove(0).close();
            Await.until("the closed sockets are no longer counted", Duration.ofSeconds(10), () -> live(server) == 7);
            sockets.forEach(RawSocket::close);
            Await.until("none counted", Duration.ofSeconds(10), () -> live(server) == 0);
        }
    }
}
