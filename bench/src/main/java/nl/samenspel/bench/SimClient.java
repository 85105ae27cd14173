package nl.samenspel.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One simulated browser: a websocket that speaks the live protocol. Commands get a client
 * message id and a future completed by the ack (or failed by the error); every event frame
 * goes to the listener. Like the web client it keeps every unanswered command in an outbox and
 * re-sends it with the same id after a reconnect (the server answers a re-sent id with its
 * first ack), so a dropped connection loses no answer. Lives on one Vert.x context.
 */
final class SimClient {

    private record Outgoing(Promise<JsonObject> answer, String frame) {}

    private final WebSocketClient client;
    private final Context context;
    private final Map<String, Outgoing> waiting = new LinkedHashMap<>();
    private final Consumer<JsonObject> events;
    private final Consumer<String> errors;
    private final Metrics metrics;
    private WebSocket socket;
    private boolean closing;
    private boolean connected;
    private int next;
    private final String prefix;
    private String token;
    private long lastSeq;
    JsonObject welcome;

    SimClient(WebSocketClient client, Context context, String prefix, Consumer<JsonObject> events, Consumer<String> errors,
              Metrics metrics) {
        this.client = client;
        this.context = context;
        this.prefix = prefix;
        this.events = events;
        this.errors = errors;
        this.metrics = metrics;
    }

    Future<JsonObject> connect(int port, JsonObject hello) {
        Promise<JsonObject> welcomed = Promise.promise();
        closing = false;
        client.connect(port, "localhost", "/live").onComplete(ar -> {
            if (ar.failed()) {
                welcomed.fail(ar.cause());
                return;
            }
            WebSocket s = ar.result();
            socket = s;
            s.textMessageHandler(this::onFrame);
            s.closeHandler(v -> {
                if (socket == s) connected = false;
                if (!closing && socket == s) errors.accept(prefix + ": connection closed");
            });
            // The hello goes first; the outbox is re-sent once the welcome says who we are.
            Promise<JsonObject> hello1 = Promise.promise();
            helloWaiting = nextId();
            helloAnswer = hello1;
            s.writeTextMessage(hello.copy().put("id", helloWaiting).encode());
            hello1.future().onComplete(w -> {
                if (w.failed()) {
                    welcomed.fail(w.cause());
                    return;
                }
                connected = true;
                welcome = w.result();
                if (welcome.containsKey("token")) token = welcome.getString("token");
                lastSeq = Math.max(lastSeq, welcome.getLong("seq", 0L));
                waiting.forEach((wid, o) -> s.writeTextMessage(o.frame()));
                welcomed.complete(welcome);
            });
        });
        return welcomed.future();
    }

    private String helloWaiting;
    private Promise<JsonObject> helloAnswer;

    /** Comes back after a drop: attach with the token and the last seq seen, then re-send the outbox. */
    Future<JsonObject> reconnect(int port, String code) {
        JsonObject attach = new JsonObject().put("type", "attach").put("code", code).put("token", token);
        if (lastSeq > 0) attach.put("lastSeq", lastSeq);
        return connect(port, attach);
    }

    /** Sends now, or keeps it for the next connection when offline (as a phone's outbox does). */
    Future<JsonObject> command(String type, JsonObject fields) {
        Promise<JsonObject> answer = Promise.promise();
        String id = nextId();
        String frame = fields.copy().put("type", type).put("id", id).encode();
        waiting.put(id, new Outgoing(answer, frame));
        if (connected) socket.writeTextMessage(frame);
        return answer.future();
    }

    boolean connected() {
        return connected;
    }

    /** Commands sent (or kept while offline) that have no answer yet. */
    int unanswered() {
        return waiting.size();
    }

    private String nextId() {
        return prefix + "-" + (++next);
    }

    private void onFrame(String text) {
        JsonObject frame = new JsonObject(text);
        String type = frame.getString("type");
        Long seq = frame.getLong("seq");
        if (seq != null && seq > lastSeq) lastSeq = seq;
        if ("event".equals(type)) {
            events.accept(frame);
            return;
        }
        String id = frame.getString("id");
        if (id != null && id.equals(helloWaiting)) {
            helloWaiting = null;
            if ("error".equals(type)) helloAnswer.fail(frame.getString("code") + ": " + frame.getString("message"));
            else helloAnswer.complete(frame);
            return;
        }
        if ("welcome".equals(type)) {
            // A welcome nobody asked for: the server found this client behind and resynchronised it.
            metrics.resyncs.incrementAndGet();
            events.accept(new JsonObject().put("type", "event").put("event", "resync").put("data", frame.getJsonObject("snapshot")));
            return;
        }
        Outgoing o = id == null ? null : waiting.remove(id);
        if (o == null) {
            if ("error".equals(type)) errors.accept(prefix + ": " + frame.encode());
            return;
        }
        if ("error".equals(type)) o.answer().fail(frame.getString("code") + ": " + frame.getString("message"));
        else o.answer().complete(frame);
    }

    String participantId() {
        return welcome.getJsonObject("you").getString("participant");
    }

    /** Loses the connection (the outbox stays for the reconnect). */
    Future<Void> drop() {
        WebSocket s = socket;
        // Forgotten at once, so its close (which may come after the reconnect began) is no error.
        socket = null;
        connected = false;
        return s == null ? Future.succeededFuture() : s.close();
    }

    Future<Void> close() {
        closing = true;
        connected = false;
        return socket == null ? Future.succeededFuture() : socket.close();
    }
}
