package nl.samenspel.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.Set;

/**
 * Nothing acknowledged is lost: a fresh connection as the facilitator gets a snapshot, and
 * every note whose add was acknowledged must be on its board.
 */
final class LossCheck {

    private LossCheck() {
    }

    /** Completes with how many of {@code acked} (note texts) the session's snapshot lacks. */
    static Future<Integer> missing(Vertx vertx, Context context, String label, int port, JsonObject attach, Set<String> acked,
                                   Metrics metrics) {
        Promise<Integer> missing = Promise.promise();
        context.runOnContext(v -> {
            // A whole session's snapshot can be larger than a default websocket frame.
            WebSocketClient big = vertx.createWebSocketClient(new WebSocketClientOptions()
                    .setMaxFrameSize(SimSession.BIG).setMaxMessageSize(SimSession.BIG));
            SimClient check = new SimClient(big, context, label + "check", f -> {}, metrics::error, metrics);
            check.connect(port, attach).onComplete(ar -> {
                if (ar.failed()) {
                    missing.fail(ar.cause());
                    return;
                }
                try {
                    Set<String> present = new HashSet<>();
                    ar.result().getJsonObject("snapshot").getJsonArray("boards").forEach(b -> ((JsonObject) b)
                            .getJsonArray("notes").forEach(n -> present.add(((JsonObject) n).getString("text"))));
                    int lost = (int) acked.stream().filter(t -> !present.contains(t)).count();
                    check.close().onComplete(c -> big.close());
                    missing.complete(lost);
                } catch (RuntimeException e) {
                    missing.fail(e);
                }
            });
        });
        return missing.future();
    }
}
