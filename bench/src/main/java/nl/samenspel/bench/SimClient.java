package nl.samenspel.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One simulated browser: a websocket that speaks the live protocol. Commands get a client
 * message id and a future completed by the ack (or failed by the error); every event frame
 * goes to the listener. Lives on one Vert.x context.
 */
final class SimClient {

    private final WebSocketClient client;
    private final Context context;
    private final Map<String, Promise<JsonObject>> waiting = new HashMap<>();
    private final Consumer<JsonObject> events;
    private final Consumer<String> errors;
    private WebSocket socket;
    private boolean closing;
    private int next;
    private final String prefix;
    JsonObject welcome;

    SimClient(WebSocketClient client, Context context, String prefix, Consumer<JsonObject> events, Consumer<String> errors) {
        this.client = client;
        this.context = context;
        this.prefix = prefix;
        this.events = events;
        this.errors = errors;
    }

    Future<JsonObject> connect(int port, JsonObject hello) {
        Promise<JsonObject> welcomed = Promise.promise();
        client.connect(port, "localhost", "/live").onComplete(ar -> {
            if (ar.failed()) {
                welcomed.fail(ar.cause());
                return;
            }
            socket = ar.result();
            socket.textMessageHandler(this::onFrame);
            socket.closeHandler(v -> {
                if (!closing) errors.accept(prefix + ": connection closed");
            });
            String id = nextId();
            waiting.put(id, welcomed);
            socket.writeTextMessage(hello.copy().put("id", id).encode());
        });
        return welcomed.future().onSuccess(w -> welcome = w);
    }

    Future<JsonObject> command(String type, JsonObject fields) {
        Promise<JsonObject> answer = Promise.promise();
        String id = nextId();
        waiting.put(id, answer);
        socket.writeTextMessage(fields.copy().put("type", type).put("id", id).encode());
        return answer.future();
    }

    private String nextId() {
        return prefix + "-" + (++next);
    }

    private void onFrame(String text) {
        JsonObject frame = new JsonObject(text);
        String type = frame.getString("type");
        if ("event".equals(type)) {
            events.accept(frame);
            return;
        }
        Promise<JsonObject> p = waiting.remove(frame.getString("id"));
        if (p == null) {
            if ("error".equals(type)) errors.accept(prefix + ": " + frame.encode());
            return;
        }
        if ("error".equals(type)) p.fail(frame.getString("code") + ": " + frame.getString("message"));
        else p.complete(frame);
    }

    String participantId() {
        return welcome.getJsonObject("you").getString("participant");
    }

    Future<Void> close() {
        closing = true;
        return socket == null ? Future.succeededFuture() : socket.close();
    }
}
