package nl.samenspel.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
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
    /** Frame and message limit for the generator's sockets: a resync or a check's snapshot can be large. */
    static final int BIG = 64 * 1024 * 1024;

    private final Vertx vertx;
    private final Context context;
    private final WebSocketClient ws;
    private final WebClient http;
    private final int port;
    /** The nodes participants connect to, as a load balancer spreads them; just {@code port} on one node. */
    private int[] nodes;
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
    /** Who is connected now (asleep and departed people are not waited for). */
    private final Set<String> awake = new HashSet<>();
    private final Set<String> departed = new HashSet<>();
    /** Dropped and not yet asked to come back: only these may wake (never twice, never a newcomer still joining). */
    private final Set<String> asleep = new HashSet<>();
    private final Set<String> ackedNotes = new HashSet<>();
    private long churnTimer = -1;
    private long facilitatorTimer = -1;
    private int newcomers;
    private boolean plenary;
    private int maxInFlight = Integer.MAX_VALUE;
    private long noteEveryNow;
    private String code;
    private String facilitatorToken;
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
        this.nodes = new int[] {port};
        this.index = index;
        this.people = people;
        this.noteEveryMs = noteEveryMs;
        this.metrics = metrics;
        this.random = new Random(index);
        this.tablesKnown = Promise.promise();
        this.noteEveryNow = noteEveryMs;
    }

    /** The brainstorm: every note goes on the plenary board, which everyone in the session sees. */
    SimSession onPlenary() {
        plenary = true;
        return this;
    }

    /** Participants connect to these nodes in turn (the facilitator and the set-up stay on {@code port}). */
    SimSession spread(int[] ports) {
        nodes = ports.clone();
        return this;
    }

    private int portOf(String name) {
        return nodes[Math.floorMod(name.hashCode() + index, nodes.length)];
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
        SimClient c = new SimClient(ws, context, "s" + index + name, frame -> onEvent(name, frame), metrics::error, metrics);
        clients.put(name, c);
        return c;
    }

    private Future<Void> setUp() {
        return http.post(port, "localhost", "/api/sessions")
                .sendJsonObject(new JsonObject().put("format", "open").put("title", "Bench " + index))
                .compose(r -> {
                    if (r.statusCode() != 201) return Future.failedFuture("create: " + r.statusCode() + " " + r.bodyAsString());
                    code = r.bodyAsJsonObject().getString("code");
                    facilitatorToken = r.bodyAsJsonObject().getString("facilitatorToken");
                    return client(FACILITATOR).connect(port, new JsonObject().put("type", "attach").put("code", code)
                            .put("token", r.bodyAsJsonObject().getString("facilitatorToken")));
                })
                .compose(w -> {
                    List<Future<JsonObject>> joins = new ArrayList<>();
                    for (int i = 0; i < people; i++) {
                        String name = "p" + i;
                        joins.add(client(name).connect(portOf(name), new JsonObject().put("type", "join").put("code", code)
                                .put("name", "Deelnemer" + i)).onSuccess(welcome -> {
                                    nameOfParticipant.put(welcome.getJsonObject("you").getString("participant"), name);
                                    awake.add(name);
                                }));
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
                .onSuccess(v -> awake.add(FACILITATOR))
                .mapEmpty();
    }

    /** Starts the play: each participant on its own jittered beat, the facilitator's timer every 20 s. */
    void play() {
        context.runOnContext(v -> {
            running = true;
            clients.keySet().stream().filter(n -> !n.equals(FACILITATOR)).forEach(this::beat);
            facilitatorTimer = vertx.setPeriodic(1 + random.nextInt(20_000), 20_000, id -> runTimer());
        });
    }

    private void beat(String name) {
        timers.add(vertx.setPeriodic(1 + random.nextInt((int) Math.max(1, noteEveryNow)), Math.max(1, noteEveryNow), id -> act(name)));
    }

    /** Changes everyone's beat (the brainstorm's ramp over the rate). */
    void noteEvery(long ms) {
        context.runOnContext(v -> {
            noteEveryNow = ms;
            timers.forEach(vertx::cancelTimer);
            timers.clear();
            clients.keySet().stream().filter(n -> !n.equals(FACILITATOR) && !departed.contains(n)).forEach(this::beat);
        });
    }

    /**
     * The soak's comings and goings: every {@code everyMs} one participant either puts their
     * phone away for 5–20 s and comes back (attach with token and lastSeq, outbox re-sent), or
     * leaves for good and a newcomer joins a little later (and writes on the plenary board, having no table).
     */
    void churn(long everyMs) {
        context.runOnContext(v -> churnTimer = vertx.setPeriodic(1 + random.nextInt((int) everyMs), everyMs, id -> {
            if (!running) return;
            List<String> candidates = awake.stream().filter(n -> !n.equals(FACILITATOR)).sorted().toList();
            if (candidates.isEmpty()) return;
            String name = candidates.get(random.nextInt(candidates.size()));
            if (random.nextInt(4) > 0) {
                sleep(name);
                vertx.setTimer(5_000 + random.nextInt(15_000), t -> wake(name));
            } else if (clients.get(name).unanswered() == 0) {
                // Someone who closes the tab with nothing in flight: their commands are all answered.
                departed.add(name);
                sleep(name);
                vertx.setTimer(2_000, t -> join("n" + (++newcomers)));
            }
        }));
    }

    private void join(String name) {
        if (!running) return;
        client(name).connect(portOf(name), new JsonObject().put("type", "join").put("code", code).put("name", "Nieuw " + name))
                .onSuccess(w -> {
                    awake.add(name);
                    if (running) beat(name);
                })
                .onFailure(e -> metrics.error("s" + index + ": join " + name + ": " + e.getMessage()));
    }

    private void sleep(String name) {
        awake.remove(name);
        if (!departed.contains(name)) asleep.add(name);
        // Nobody waits at a flip-over for a phone that is away.
        pending.values().removeIf(p -> p.waitingFor().remove(name) && p.waitingFor().isEmpty());
        clients.get(name).drop();
    }

    private Future<JsonObject> wake(String name) {
        if (!asleep.remove(name)) return Future.succeededFuture();
        long started = System.nanoTime();
        return clients.get(name).reconnect(portOf(name), code).onComplete(ar -> {
            if (ar.failed()) {
                metrics.error("s" + index + ": reconnect " + name + ": " + ar.cause().getMessage());
                return;
            }
            metrics.reconnect((System.nanoTime() - started) / 1000, ar.result().getBoolean("resumed", false));
            awake.add(name);
        });
    }

    /**
     * The reconnect storm: every participant loses the connection at once and each comes back at
     * a random moment within {@code backWithinMs}. Completes with the milliseconds from the drop
     * until the last of them is welcomed again and every command they had in flight or wrote
     * while offline is answered.
     */
    Future<Long> storm(long backWithinMs, long graceMs) {
        Promise<Long> recovered = Promise.promise();
        context.runOnContext(v -> {
            long dropped = System.nanoTime();
            List<String> people = awake.stream().filter(n -> !n.equals(FACILITATOR)).toList();
            people.forEach(this::sleep);
            people.forEach(n -> vertx.setTimer(1 + random.nextInt((int) backWithinMs), t -> wake(n)));
            long until = System.currentTimeMillis() + backWithinMs + graceMs;
            vertx.setPeriodic(20, id -> {
                boolean back = people.stream().allMatch(n -> awake.contains(n) && clients.get(n).unanswered() == 0);
                if (back || System.currentTimeMillis() > until) {
                    vertx.cancelTimer(id);
                    if (!back) metrics.error("s" + index + ": not recovered: " + people.stream()
                            .filter(n -> !awake.contains(n) || clients.get(n).unanswered() > 0)
                            .map(n -> n + (awake.contains(n) ? " unanswered " + clients.get(n).unanswered() : " not back")).toList());
                    recovered.complete(back ? (System.nanoTime() - dropped) / 1_000_000 : -1L);
                }
            });
        });
        return recovered.future();
    }

    /** Ends the comings and goings and wakes everyone who is asleep (not the departed), before the soak stops. */
    Future<Void> wakeAll() {
        Promise<Void> done = Promise.promise();
        context.runOnContext(v -> {
            // No one may fall asleep after this, or their wake-up could come after the final count.
            if (churnTimer >= 0) vertx.cancelTimer(churnTimer);
            churnTimer = -1;
            List<Future<JsonObject>> woken = new ArrayList<>();
            List.copyOf(asleep).forEach(n -> woken.add(wake(n)));
            Future.join(woken).onComplete(ar -> done.complete());
        });
        return done.future();
    }

    /**
     * Nothing acknowledged is lost: a fresh connection as the facilitator gets a snapshot, and
     * every note whose add was acknowledged must be on its board. Completes with the missing count.
     */
    Future<Integer> verify() {
        Promise<Integer> missing = Promise.promise();
        context.runOnContext(v -> {
            // A whole session's snapshot can be larger than a default websocket frame.
            WebSocketClient big = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxFrameSize(BIG).setMaxMessageSize(BIG));
            SimClient check = new SimClient(big, context, "s" + index + "check", f -> {}, metrics::error, metrics);
            check.connect(port, new JsonObject().put("type", "attach").put("code", code).put("token", facilitatorToken))
                    .onComplete(ar -> {
                        if (ar.failed()) {
                            missing.fail(ar.cause());
                            return;
                        }
                        try {
                            Set<String> present = new HashSet<>();
                            ar.result().getJsonObject("snapshot").getJsonArray("boards").forEach(b -> ((JsonObject) b)
                                    .getJsonArray("notes").forEach(n -> present.add(((JsonObject) n).getString("text"))));
                            int lost = (int) ackedNotes.stream().filter(t -> !present.contains(t)).count();
                            check.close().onComplete(c -> big.close());
                            missing.complete(lost);
                        } catch (RuntimeException e) {
                            missing.fail(e);
                        }
                    });
        });
        return missing.future();
    }

    /** A participant with this many commands unanswered skips a beat (the smoke test's bound; unbounded in the bench). */
    SimSession maxInFlight(int commands) {
        maxInFlight = commands;
        return this;
    }

    private void act(String name) {
        if (!running || departed.contains(name)) return;
        if (clients.get(name).unanswered() >= maxInFlight) return;
        String table = tableOfName.get(name);
        if (plenary || table == null) addNote(name, null);
        else if (random.nextInt(3) > 0 || notesOfTable.getOrDefault(table, List.of()).isEmpty()) addNote(name, table);
        else if (clients.get(name).connected()) vote(name, table);
    }

    /** A note on the table's flip-over, or with {@code table == null} on the plenary board. */
    private void addNote(String name, String table) {
        String text = "notitie " + index + "-" + (++made) + " van " + name;
        Set<String> others = new HashSet<>(table == null ? awake : tableMembers.get(table));
        others.retainAll(awake);
        others.remove(name);
        others.add(FACILITATOR);
        long sent = System.nanoTime();
        SimClient author = clients.get(name);
        boolean online = author.connected();
        // A note written offline waits in the outbox: its ack counts, its latency and fan-out do not.
        if (online) pending.put(text, new Pending(sent, others));
        metrics.notesSent.incrementAndGet();
        Future<JsonObject> ack = author.command("note.add", new JsonObject().put("board", table == null ? "plenary" : "table/" + table)
                .put("column", "ideas").put("text", text)).onSuccess(a -> ackedNotes.add(text));
        if (online) timed(ack, sent);
        else ack.onFailure(e -> metrics.error("s" + index + ": " + e.getMessage()));
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
        if ("resync".equals(event)) {
            // A fresh snapshot replaces the events this receiver missed: its fan-outs are not measured.
            pending.values().removeIf(p -> p.waitingFor().remove(receiver) && p.waitingFor().isEmpty());
            return;
        }
        if (!"note.upserted".equals(event)) return;
        JsonObject note = data.getJsonObject("note");
        if (receiver.equals(FACILITATOR) && data.getString("board").startsWith("table/")) {
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
            if (churnTimer >= 0) vertx.cancelTimer(churnTimer);
            if (facilitatorTimer >= 0) vertx.cancelTimer(facilitatorTimer);
            long until = System.currentTimeMillis() + graceMs;
            drain(until, done);
        });
        return done.future();
    }

    private void drain(long until, Promise<Integer> done) {
        boolean answered = clients.values().stream().allMatch(c -> c.unanswered() == 0);
        if ((pending.isEmpty() && answered) || System.currentTimeMillis() >= until) {
            int dropped = pending.size();
            clients.forEach((name, c) -> {
                if (c.unanswered() > 0) metrics.error("s" + index + name + ": " + c.unanswered() + " commands never answered ("
                        + (asleep.contains(name) ? "asleep" : departed.contains(name) ? "departed" : c.connected() ? "connected" : "reconnecting") + ")");
                metrics.unanswered.addAndGet(c.unanswered());
            });
            pending.forEach((text, p) -> metrics.error("s" + index + ": never reached everyone: " + text + ", still waiting: "
                    + p.waitingFor().stream().map(n -> n + (awake.contains(n) ? "" : " (asleep)")).toList()));
            List<Future<Void>> closing = new ArrayList<>();
            clients.values().forEach(c -> closing.add(c.close()));
            Future.join(closing).onComplete(ar -> done.complete(dropped));
            return;
        }
        vertx.setTimer(50, id -> drain(until, done));
    }
}
