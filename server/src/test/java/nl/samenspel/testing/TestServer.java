package nl.samenspel.testing;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.core.buffer.Buffer;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.samenspel.Samenspel;
import nl.samenspel.config.Config;
import nl.samenspel.ops.ClusterNode;
import nl.samenspel.ops.Metrics;

/** A whole Samenspel server in this JVM, on a free port, with its data in a folder of the test's. */
public final class TestServer implements AutoCloseable {

    public final Vertx vertx;
    public final Samenspel app;
    public final WebClient http;

    private TestServer(Vertx vertx, Samenspel app) {
        this.http = WebClient.create(vertx);
        this.vertx = vertx;
        this.app = app;
    }

    public static TestServer start(Path dataDir) {
        return start(dataDir, new JsonObject());
    }

    public static TestServer start(Path dataDir, JsonObject settings) {
        return start(dataDir, settings, null);
    }

    /**
     * A scripted client sends faster than any person, so a walk through a format could pass the
     * default burst of 40 on a fast machine and fail there only; the test server's burst is
     * therefore high unless a test sets it (BadInputTest tests the limit as it is in production).
     *
     * @param contentFolder the built-in packs' folder instead of the jar's {@code content/} (null: the jar's)
     */
    public static TestServer start(Path dataDir, JsonObject settings, Path contentFolder) {
        int port = freePort();
        JsonObject json = new JsonObject().put("port", port).put("publicUrl", "http://localhost:" + port)
                .put("httpInstances", 1).put("dataDir", dataDir.toString()).put("sqliteSync", "NORMAL")
                .put("commandBurst", 1000).mergeIn(settings);
        Metrics metrics = new Metrics();
        Vertx vertx = metrics.vertx();
        Samenspel app = await(Samenspel.start(vertx, Config.from(json), Samenspel.Foundations.load(contentFolder), metrics));
        return new TestServer(vertx, app);
    }

    /** A node of a cluster: {@code settings} carry {@code cluster}, {@code clusterPort} and {@code clusterMembers}. */
    public static TestServer startNode(Path dataDir, JsonObject settings) {
        int port = freePort();
        JsonObject json = new JsonObject().put("port", port).put("publicUrl", "http://localhost:" + port)
                .put("httpInstances", 1).put("dataDir", dataDir.toString()).mergeIn(settings);
        Config config = Config.from(json);
        Metrics metrics = new Metrics();
        Vertx vertx = await(ClusterNode.start(config.cluster(), metrics, new ClusterNode.NodeHolder()));
        Samenspel app = await(Samenspel.start(vertx, config, Samenspel.Foundations.load(), metrics));
        return new TestServer(vertx, app);
    }

    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public int port() {
        return app.port();
    }

    /** Creates a session over HTTP and returns the 201 answer. */
    public JsonObject createSession(JsonObject body) {
        HttpResponse<Buffer> r = await(http.post(port(), "localhost", "/api/sessions").sendJsonObject(body));
        if (r.statusCode() != 201) throw new AssertionError("session not created: " + r.statusCode() + " " + r.bodyAsString());
        return r.bodyAsJsonObject();
    }

    /** {@code GET path} as whoever holds {@code token} (null: nobody signed in). */
    public HttpResponse<Buffer> get(String path, String token) {
        var request = http.get(port(), "localhost", path);
        if (token != null) request.putHeader("authorization", "Bearer " + token);
        return await(request.send());
    }

    /** One of session {@code code}'s exports, such as {@code report.md}, as {@code token}'s holder downloads it. */
    public HttpResponse<Buffer> export(String code, String name, String token) {
        return get("/api/sessions/" + code + "/export/" + name, token);
    }

    public LiveClient client() {
        return LiveClient.connect(vertx, port());
    }

    /** One connection per name, each joined to session {@code code} under that name. */
    public java.util.List<LiveClient> join(String code, String... names) {
        java.util.List<LiveClient> joined = new java.util.ArrayList<>();
        for (String name : names) {
            LiveClient c = client();
            c.join(code, name);
            joined.add(c);
        }
        return joined;
    }

    public static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.await(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
    }

    @Override
    public void close() {
        await(app.close());
    }
}
