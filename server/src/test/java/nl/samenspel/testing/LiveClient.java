package nl.samenspel.testing;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A websocket client that speaks the live protocol and keeps every frame it receives, so a
 * test can wait for the frame it expects (with a timeout, never a sleep) and then check
 * everything this client saw.
 */
public final class LiveClient implements AutoCloseable {

    private static final AtomicInteger IDS = new AtomicInteger();
    private static final long TIMEOUT_SECONDS = 15;

    private final WebSocketClient client;
    private final WebSocket socket;
    private final List<JsonObject> seen = new CopyOnWriteArrayList<>();
    /** Frames not yet taken by a wait; a wait takes only the frame it matches. */
    private final List<JsonObject> unread = new ArrayList<>();
    private volatile boolean closed;

    private LiveClient(WebSocketClient client, WebSocket socket) {
        this.client = client;
        this.socket = socket;
        socket.textMessageHandler(text -> {
            JsonObject frame = new JsonObject(text);
            seen.add(frame);
            synchronized (unread) {
                unread.add(frame);
                unread.notifyAll();
            }
        });
        socket.closeHandler(v -> closed = true);
    }

    public static LiveClient connect(Vertx vertx, int port) {
        // A snapshot of a busy session is larger than Vert.x's default limit of 64 KiB per frame.
        return connect(vertx, new WebSocketClientOptions().setMaxFrameSize(16 << 20).setMaxMessageSize(16 << 20),
                new WebSocketConnectOptions().setPort(port));
    }

    /** With the given options, e.g. a small receive buffer, or an Origin header. */
    public static LiveClient connect(Vertx vertx, WebSocketClientOptions options, WebSocketConnectOptions connect) {
        WebSocketClient client = vertx.createWebSocketClient(options);
        WebSocket socket = TestServer.await(client.connect(connect.setHost("localhost").setURI("/live")));
        return new LiveClient(client, socket);
    }

    /** Stops reading from the socket, as a phone whose wifi stalls: the server's frames pile up. */
    public void pause() {
        socket.pause();
    }

    public void resume() {
        socket.resume();
    }

    /** Sends a raw websocket frame (binary, fragments, bytes that are not UTF-8). */
    public void sendFrame(WebSocketFrame frame) {
        TestServer.await(socket.writeFrame(frame));
    }

    /** The close status the server sent, once closed (null before). */
    public Short closeStatus() {
        return socket.closeStatusCode();
    }

    public static String newId() {
        return "t" + IDS.incrementAndGet();
    }

    public String send(JsonObject message) {
        String id = message.getString("id");
        if (id == null && !"ping".equals(message.getString("type"))) {
            id = newId();
            message.put("id", id);
        }
        TestServer.await(socket.writeTextMessage(message.encode()));
        return id;
    }

    public void sendRaw(String text) {
        TestServer.await(socket.writeTextMessage(text));
    }

    /** Sends a command and waits for its ack or error. */
    public JsonObject command(String type, JsonObject fields) {
        String id = send(fields.copy().put("type", type));
        return reply(id);
    }

    public JsonObject command(String type) {
        return command(type, new JsonObject());
    }

    /** The ack or error (or welcome) answering message {@code id}. */
    public JsonObject reply(String id) {
        return next(f -> id.equals(f.getString("id")));
    }

    public JsonObject ack(String type, JsonObject fields) {
        JsonObject reply = command(type, fields);
        if (!"ack".equals(reply.getString("type"))) throw new AssertionError(type + " was not acknowledged: " + reply);
        return reply;
    }

    public JsonObject join(String code, String name) {
        JsonObject welcome = tryJoin(code, name);
        if (!"welcome".equals(welcome.getString("type"))) throw new AssertionError("join failed: " + welcome);
        return welcome;
    }

    /** Sends a join and returns its answer, a welcome or an error, without judging it. */
    public JsonObject tryJoin(String code, String name) {
        return reply(send(new JsonObject().put("type", "join").put("code", code).put("name", name)));
    }

    public JsonObject attach(String code, String token, long lastSeq) {
        return reply(send(new JsonObject().put("type", "attach").put("code", code).put("token", token).put("lastSeq", lastSeq)));
    }

    /** Waits for the first unread frame that matches and takes it; other unread frames stay for later waits. */
    public JsonObject next(Predicate<JsonObject> match) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        synchronized (unread) {
            while (true) {
                for (int i = 0; i < unread.size(); i++) {
                    if (match.test(unread.get(i))) return unread.remove(i);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) throw new AssertionError("no matching frame within " + TIMEOUT_SECONDS + " s; saw " + seen);
                try {
                    TimeUnit.NANOSECONDS.timedWait(unread, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Waits for the next event frame of this name. */
    public JsonObject event(String name) {
        return next(f -> "event".equals(f.getString("type")) && name.equals(f.getString("event")));
    }

    public JsonObject event(String name, Predicate<JsonObject> data) {
        return next(f -> "event".equals(f.getString("type")) && name.equals(f.getString("event"))
                && data.test(f.getJsonObject("data")));
    }

    public List<JsonObject> seen() {
        return new ArrayList<>(seen);
    }

    /** Everything received, as text: for checking that a secret never arrived. */
    public String transcript() {
        StringBuilder out = new StringBuilder();
        seen.forEach(f -> out.append(f.encode()).append('\n'));
        return out.toString();
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        socket.close();
        client.close();
    }
}
