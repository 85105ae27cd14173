package nl.samenspel.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The takeover after kill -9 (target {@code cluster} only): a session is created and led
 * through the first node, which therefore owns it; {@code --takeoverPeople} (12) participants
 * sit on the other nodes. The owner is killed with SIGKILL, then every participant adds a note
 * at once: the takeover time is from the kill until the last of those notes is acknowledged
 * (the gateways repeat them until a surviving node owns the session).
 */
final class Takeover {

    private Takeover() {}

    static JsonObject run(Bench bench, Vertx vertx, WebSocketClient ws, WebClient http, String target) throws Exception {
        if (!target.equals("cluster")) throw new IllegalArgumentException("the takeover scenario needs --targets=cluster");
        int people = bench.options().integer("takeoverPeople", "12");
        Metrics metrics = new Metrics();
        try (ServerProcess server = bench.start(target)) {
            int[] ports = server.ports();
            if (ports.length < 2) throw new IllegalArgumentException("the takeover needs --nodes of 2 or more");
            JsonObject created = http.post(ports[0], "localhost", "/api/sessions")
                    .sendJsonObject(new JsonObject().put("format", "open").put("title", "Overname")).await().bodyAsJsonObject();
            String code = created.getString("code");
            Context context = vertx.getOrCreateContext();
            SimClient facilitator = new SimClient(ws, context, "f", e -> {}, metrics::error, metrics);
            onContext(context, () -> facilitator.connect(ports[0], new JsonObject().put("type", "attach").put("code", code)
                    .put("token", created.getString("facilitatorToken"))));
            List<SimClient> clients = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                SimClient c = new SimClient(ws, context, "p" + i, e -> {}, metrics::error, metrics);
                int port = ports[1 + i % (ports.length - 1)];
                String name = "Deelnemer" + i;
                onContext(context, () -> c.connect(port, new JsonObject().put("type", "join").put("code", code).put("name", name)));
                clients.add(c);
            }
            for (SimClient c : clients) onContext(context, () -> c.command("note.add", note("voor")));

            ServerProcess owner = server.nodes().get(0);
            long killed = System.nanoTime();
            owner.kill9();
            List<Future<JsonObject>> answers = new ArrayList<>();
            long[] last = {killed};
            int[] acked = {0};
            context.runOnContext(v -> {
                for (SimClient c : clients) {
                    answers.add(c.command("note.add", note("na de kill")).onSuccess(a -> {
                        if ("ack".equals(a.getString("type"))) acked[0]++;
                        last[0] = Math.max(last[0], System.nanoTime());
                    }));
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && (answers.size() < people || !answers.stream().allMatch(Future::isComplete))) {
                Thread.sleep(50); // polling the bench's own clock, not synchronising the server
            }
            double seconds = (last[0] - killed) / 1e9;
            System.out.printf("  takeover after kill -9: %.2f s, %d of %d acknowledged%n", seconds, acked[0], people);
            return new JsonObject().put("takeoverSeconds", seconds).put("acknowledged", acked[0]).put("participants", people)
                    // The facilitator's socket on the killed node closes: that one error is expected.
                    .put("errors", metrics.errorCount());
        }
    }

    private static JsonObject note(String text) {
        return new JsonObject().put("board", "plenary").put("column", "ideas").put("text", text);
    }

    private static <T> T onContext(Context context, java.util.function.Supplier<Future<T>> action) {
        java.util.concurrent.CompletableFuture<T> done = new java.util.concurrent.CompletableFuture<>();
        context.runOnContext(v -> action.get().onComplete(ar -> {
            if (ar.succeeded()) done.complete(ar.result());
            else done.completeExceptionally(ar.cause());
        }));
        try {
            return done.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
