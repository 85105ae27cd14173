package nl.samenspel.testing;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A participant's client that behaves like the browser's: it keeps its resume token and the
 * commands not yet acknowledged, reconnects by itself when the connection drops, attaches
 * again and re-sends those commands with their original ids.
 */
public final class ResumingClient {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final Vertx vertx;
    /** Everything this client does happens on this one context, so its state needs no locks. */
    private final io.vertx.core.Context context;
    private final WebSocketClient client;
    /** The nodes it may reach, as a load balancer would offer them; it moves to the next when one fails. */
    private final List<Integer> ports;
    private int portIndex;
    private final String code;
    private final String name;
    private final String token;
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final List<JsonObject> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<JsonObject> firstWelcome = new CompletableFuture<>();
    private volatile WebSocket socket;
    private volatile boolean attached;
    private volatile long lastSeq;
    private volatile int reconnects;
    private volatile boolean stopped;

    private record Pending(JsonObject message, CompletableFuture<JsonObject> answer) {}

    public ResumingClient(Vertx vertx, int port, String code, String name) {
        this(vertx, List.of(port), code, name);
    }

    public ResumingClient(Vertx vertx, List<Integer> ports, String code, String name) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.client = vertx.createWebSocketClient();
        this.ports = List.copyOf(ports);
        this.code = code;
        this.name = name;
        this.token = randomToken();
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Joins (with a token of its own, so a lost answer is harmless) and waits for the welcome. */
    public JsonObject join() {
        context.runOnContext(v -> connect());
        return firstWelcome.join();
    }

    /** Sends a command; the future completes with its ack or error, however many reconnects it takes. */
    public CompletableFuture<JsonObject> send(String type, JsonObject fields) {
        String id = "r" + IDS.incrementAndGet();
        JsonObject message = fields.copy().put("type", type).put("id", id);
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        context.runOnContext(v -> {
            pending.put(id, new Pending(message, answer));
            if (attached) socket.writeTextMessage(message.encode());
        });
        return answer;
    }

    private void connect() {
        if (stopped) return;
        client.connect(ports.get(portIndex), "localhost", "/live").onComplete(ar -> {
            if (ar.failed()) {
                portIndex = (portIndex + 1) % ports.size();
                vertx.setTimer(100, t -> connect());
                return;
            }
            socket = ar.result();
            socket.textMessageHandler(this::onFrame);
            socket.closeHandler(v -> {
                attached = false;
                reconnects++;
                portIndex = (portIndex + 1) % ports.size();
                vertx.setTimer(100, t -> connect());
            });
            JsonObject hello = firstWelcome.isDone()
                    ? new JsonObject().put("type", "attach").put("id", "a" + IDS.incrementAndGet()).put("code", code)
                            .put("token", token).put("lastSeq", lastSeq)
                    : new JsonObject().put("type", "join").put("id", "j" + IDS.incrementAndGet()).put("code", code)
                            .put("name", name).put("token", token);
            socket.writeTextMessage(hello.encode());
        });
    }

    private void onFrame(String text) {
        JsonObject frame = new JsonObject(text);
        switch (frame.getString("type")) {
            case "welcome" -> {
                attached = true;
                lastSeq = Math.max(lastSeq, frame.getLong("seq"));
                firstWelcome.complete(frame);
                // Whatever was not acknowledged before the drop goes again, with its own id.
                pending.values().forEach(p -> socket.writeTextMessage(p.message().encode()));
            }
            case "ack", "error" -> {
                Pending p = pending.remove(frame.getString("id"));
                if (p != null) p.answer().complete(frame);
            }
            case "event" -> {
                lastSeq = Math.max(lastSeq, frame.getLong("seq"));
                synchronized (events) {
                    events.add(frame);
                    events.notifyAll();
                }
            }
            default -> { }
        }
    }

    public List<JsonObject> events() {
        return List.copyOf(events);
    }

    /** Waits (up to 20 s) for the first event of this name this client received. */
    public JsonObject awaitEvent(String name) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        synchronized (events) {
            while (true) {
                for (JsonObject e : events) if (name.equals(e.getString("event"))) return e;
                long left = until - System.nanoTime();
                if (left <= 0) throw new AssertionError(name + " never arrived at " + this.name);
                try {
                    java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(events, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    public String participantId() {
        return firstWelcome.join().getJsonObject("you").getString("participant");
    }

    /** The node it is connected to (or trying) now. */
    public int port() {
        return ports.get(portIndex);
    }

    public int reconnects() {
        return reconnects;
    }

    public void stop() {
        stopped = true;
        WebSocket s = socket;
        if (s != null) s.close();
    }
}
