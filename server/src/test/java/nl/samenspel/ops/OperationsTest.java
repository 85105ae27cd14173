package nl.samenspel.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator sees: alive, ready, and the meters Prometheus scrapes. */
class OperationsTest {

    @TempDir
    Path dir;

    private static HttpResponse<Buffer> get(TestServer server, String path) {
        return TestServer.await(server.http.get(server.port(), "localhost", path).send());
    }

    /** The value of the first sample line of this name (and labels), or -1 when there is none. */
    private static double sample(String scrape, String line) {
        Matcher m = Pattern.compile("^" + Pattern.quote(line) + " ([0-9.eE+-]+)$", Pattern.MULTILINE).matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    @Test
    void healthReadyAndMetricsTellTheOperatorWhatHappens() {
        try (TestServer server = TestServer.start(dir)) {
            assertEquals(200, get(server, "/health").statusCode());
            HttpResponse<Buffer> ready = get(server, "/ready");
            assertEquals(200, ready.statusCode());
            assertEquals("ready", ready.bodyAsJsonObject().getString("status"));

            JsonObject created = server.createSession(new JsonObject().put("format", "open").put("title", "Meten"));
            try (LiveClient anna = server.client()) {
                anna.join(created.getString("code"), "Anna");
                anna.ack("note.add", new JsonObject().put("board", "plenary").put("column", "ideas").put("text", "Een"));
                anna.ack("note.add", new JsonObject().put("board", "plenary").put("column", "ideas").put("text", "Twee"));
                JsonObject refused = anna.command("note.remove", new JsonObject().put("board", "plenary").put("note", "bestaat-niet"));
                assertEquals("error", refused.getString("type"));
                String code = refused.getString("code");

                HttpResponse<Buffer> r = get(server, "/metrics");
                assertEquals(200, r.statusCode());
                assertTrue(r.getHeader("content-type").startsWith("text/plain"));
                String scrape = r.bodyAsString();
                assertEquals(2.0, sample(scrape, "samenspel_commands_accepted_total"), scrape);
                assertEquals(1.0, sample(scrape, "samenspel_commands_rejected_total{code=\"" + code + "\"}"), scrape);
                assertEquals(1.0, sample(scrape, "samenspel_sessions_live"));
                assertEquals(1.0, sample(scrape, "samenspel_sockets_open"));
                assertTrue(sample(scrape, "samenspel_journal_append_seconds_count") >= 3, "the join and both notes were journalled");
                assertTrue(sample(scrape, "samenspel_fanout_seconds_count") >= 2);
                assertTrue(scrape.contains("samenspel_journal_append_seconds_bucket{le=\"0.005\"}"), "a histogram, not only a summary");
                assertTrue(scrape.contains("vertx_http_server_active_ws_connections"), "Vert.x's own meters are there too");
            }
        }
    }
}
