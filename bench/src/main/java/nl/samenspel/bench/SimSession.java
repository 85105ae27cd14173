package nl.samenspel.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One simulated workshop, played by the real protocol: a facilitator creates it, makes tables
 * of five, deals roles and runs timers; the participants join, open their envelope, and every
 * few seconds add a note to their table's flip-over or place and take back dots. Every client
 * of a session lives on the session's one context, so the bookkeeping needs no locks.
 *
 * Fan-out latency of a note: from the moment the command leaves its author until the last of
 * the others at that flip-over (table members and the facilitator) has received it.
 */
final class SimSession {

    private static final String FACILITATOR = "f";

    private final Vertx vertx;
    private final Context context;
    private final WebSocketClient ws;
    private final WebClient http;
    private final int port;
    private final int index;
    private final int people;
    private final long noteEveryMs;
    private final Metrics metrics;
    private final Random random;
    private final Map<String, SimClient> clients = new HashMap<>();
    private final Map<String, String> nameOfParticipant = new HashMap<>();
    private final Map<String, Set<String>> tableMembers = new HashMap<>();
    private final Map<String, String> tableOfName = new HashMap<>();
    private final Map<String, List<String>> notesOfTable = new HashMap<>();
    private final Map<String, Deque<String>> dotsOf = new HashMap<>();
    private final Map<String, Pending> pending = new HashMap<>();
    private final List<Long> timers = new ArrayList<>();
    private final Promise<Void> tablesKnown;
    private String code;
    private int made;
    private boolean running;

    private record Pending(long sentNanos, Set<String> waitingFor) {}

    SimSession(Vertx vertx, WebSocketClient ws, WebClient http, int port, int index, int people, long noteEveryMs,
               Metrics metrics) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.ws = ws;
        this.http = http;
        this.port = port;
        this.index = index;
        this.people = people;
        this.noteEveryMs = noteEveryMs;
        this.metrics = metrics;
        this.random = new Random(index);
        this.tablesKnown = Promise.promise();
    }

    int people() {
        return people;
    }

    /** Creates the session, joins everyone, makes tables, deals roles; completes when the play can begin. */
    Future<Void> start() {
        Promise<Void> ready = Promise.promise();
        context.runOnContext(v -> setUp().onComplete(ready));
        return ready.future();
    }

    private SimClient client(String name) {
        SimClient c = new SimClient(ws, context, "s" + index + name, frame -> onEvent(name, frame), metrics::error);
        clients.put(name, c);
        return c;
    }

    private Future<Void> setUp() {
        return http.post(port, "localhost", "/api/sessions")
                .sendJsonObject(new JsonObject().put("format", "open").put("title", "Bench " + index))
                .compose(r -> {
                    if (r.statusCode() != 201) return Future.failedFuture("create: " + r.statusCode() + " " + r.bodyAsString());
                    code = r.bodyAsJsonObject().getString("code");
                    return client(FACILITATOR).connect(port, new JsonObject().put("type", "attach").put("code", code)
                            .put("token", r.bodyAsJsonObject().getString("facilitatorToken")));
                })
                .compose(w -> {
                    List<Future<JsonObject>> joins = new ArrayList<>();
                    for (int i = 0; i < people; i++) {
                        String name = "p" + i;
                        joins.add(client(name).connect(port, new JsonObject().put("type", "join").put("code", code)
                                .put("name", "Deelnemer" + i)).onSuccess(welcome -> nameOfParticipant.put(
                                welcome.getJsonObject("you").getString("participant"), name)));
                    }
                    return Future.all(joins);
                })
                .compose(v -> clients.get(FACILITATOR).command("tables.arrange", new JsonObject().put("maxSize", 5)))
                .compose(v -> tablesKnown.future())
                .compose(v -> clients.get(FACILITATOR).command("roles.deal", new JsonObject()))
                .compose(v -> {
                    List<Future<JsonObject>> opened = new ArrayList<>();
                    clients.forEach((name, c) -> {
                        if (!name.equals(FACILITATOR)) opened.add(c.command("envelope.open", new JsonObject()));
                    });
                    return Future.all(opened);
                })
                .compose(v -> clients.get(FACILITATOR).command("step.goto", new JsonObject().put("index", 1)))
                .mapEmpty();
    }

    /** Starts the play: each participant on its own jittered beat, the facilitator's timer every 20 s. */
    void play() {
        context.runOnContext(v -> {
            running = true;
            clients.keySet().stream().filter(n -> !n.equals(FACILITATOR)).forEach(name ->
                    timers.add(vertx.setPeriodic(1 + random.nextInt((int) noteEveryMs), noteEveryMs, id -> act(name))));
            timers.add(vertx.setPeriodic(1 + random.nextInt(20_000), 20_000, id -> runTimer()));
        });
    }

    private void act(String name) {
        if (!running) return;
        String table = tableOfName.get(name);
        if (random.nextInt(3) > 0 || notesOfTable.getOrDefault(table, List.of()).isEmpty()) addNote(name, table);
        else vote(name, table);
    }

    private void addNote(String name, String table) {
        String text = "notitie " + index + "-" + (++made) + " van " + name;
        Set<String> others = new HashSet<>(tableMembers.get(table));
        others.remove(name);
        others.add(FACILITATOR);
        long sent = System.nanoTime();
        pending.put(text, new Pending(sent, others));
        metrics.notesSent.incrementAndGet();
        timed(clients.get(name).command("note.add", new JsonObject().put("board", "table/" + table)
                .put("column", "ideas").put("text", text)), sent);
    }

    /** Three dots each: place one on a random note of the table, or when all are placed take the oldest back. */
    private void vote(String name, String table) {
        Deque<String> mine = dotsOf.computeIfAbsent(name, n -> new ArrayDeque<>());
        long sent = System.nanoTime();
        if (mine.size() < 3) {
            List<String> notes = notesOfTable.get(table);
            String note = notes.get(random.nextInt(notes.size()));
            mine.addLast(note);
            timed(clients.get(name).command("vote.add", new JsonObject().put("board", "table/" + table).put("note", note)), sent);
        } else {
            timed(clients.get(name).command("vote.remove", new JsonObject().put("board", "table/" + table)
                    .put("note", mine.removeFirst())), sent);
        }
    }

    private void runTimer() {
        if (!running) return;
        timed(clients.get(FACILITATOR).command("timer.start", new JsonObject().put("seconds", 60)), System.nanoTime());
    }

    private void timed(Future<JsonObject> command, long sent) {
        command.onComplete(ar -> {
            if (ar.succeeded()) metrics.ack((System.nanoTime() - sent) / 1000);
            else metrics.error("s" + index + ": " + ar.cause().getMessage());
        });
    }

    private void onEvent(String receiver, JsonObject frame) {
        String event = frame.getString("event");
        JsonObject data = frame.getJsonObject("data");
        if (receiver.equals(FACILITATOR) && "snapshot".equals(event) && tableMembers.isEmpty()) {
            readTables(data);
            return;
        }
        if (!"note.upserted".equals(event)) return;
        JsonObject note = data.getJsonObject("note");
        if (receiver.equals(FACILITATOR)) {
            notesOfTable.computeIfAbsent(data.getString("board").substring("table/".length()), t -> new ArrayList<>())
                    .add(note.getString("id"));
        }
        Pending p = pending.get(note.getString("text"));
        if (p == null || !p.waitingFor().remove(receiver)) return;
        long micros = (System.nanoTime() - p.sentNanos()) / 1000;
        metrics.delivery(micros);
        if (p.waitingFor().isEmpty()) {
            pending.remove(note.getString("text"));
            metrics.fanOut(micros);
        }
    }

    private void readTables(JsonObject snapshot) {
        snapshot.getJsonArray("tables").forEach(o -> {
            JsonObject t = (JsonObject) o;
            Set<String> members = new HashSet<>();
            t.getJsonArray("seats").forEach(pid -> {
                String name = nameOfParticipant.get((String) pid);
                members.add(name);
                tableOfName.put(name, t.getString("id"));
            });
            tableMembers.put(t.getString("id"), members);
        });
        tablesKnown.tryComplete();
    }

    /** Stops playing; completes once every note sent has reached everyone, or after {@code graceMs}. */
    Future<Integer> stop(long graceMs) {
        Promise<Integer> done = Promise.promise();
        context.runOnContext(v -> {
            running = false;
            timers.forEach(vertx::cancelTimer);
            long until = System.currentTimeMillis() + graceMs;
            drain(until, done);
        });
        return done.future();
    }

    private void drain(long until, Promise<Integer> done) {
        if (pending.isEmpty() || System.currentTimeMillis() >= until) {
            int dropped = pending.size();
            pending.keySet().forEach(text -> metrics.error("s" + index + ": never reached everyone: " + text));
            List<Future<Void>> closing = new ArrayList<>();
            clients.values().forEach(c -> closing.add(c.close()));
            Future.join(closing).onComplete(ar -> done.complete(dropped));
            return;
        }
        vertx.setTimer(50, id -> drain(until, done));
    }
}
