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

    static final String FACILITATOR = "f";
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
    private final Metrics metrics;
    private final Random random;
    private final Map<String, SimClient> clients = new HashMap<>();
    private final Seating seating = new Seating();
    private final Map<String, Deque<String>> dotsOf = new HashMap<>();
    private final FanOutClock fanOut;
    private final Presence presence;
    private final List<Long> timers = new ArrayList<>();
    private final Set<String> ackedNotes = new HashSet<>();
    private long facilitatorTimer = -1;
    private boolean plenary;
    private int maxInFlight = Integer.MAX_VALUE;
    private long noteEveryNow;
    private String code;
    private String facilitatorToken;
    private int made;
    private boolean running;

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
        this.metrics = metrics;
        this.random = new Random(index);
        this.noteEveryNow = noteEveryMs;
        this.fanOut = new FanOutClock(metrics, "s" + index);
        this.presence = new Presence(this, context, random, metrics, fanOut, "s" + index);
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

    int portOf(String name) {
        return nodes[Math.floorMod(name.hashCode() + index, nodes.length)];
    }

    /** Creates the session, joins everyone, makes tables, deals roles; completes when the play can begin. */
    Future<Void> start() {
        Promise<Void> ready = Promise.promise();
        context.runOnContext(v -> setUp().onComplete(ready));
        return ready.future();
    }

    /** A new client for {@code name}, its events read by this session. */
    SimClient client(String name) {
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
                                    seating.joined(welcome.getJsonObject("you").getString("participant"), name);
                                    presence.arrived(name);
                                }));
                    }
                    return Future.all(joins);
                })
                .compose(v -> clients.get(FACILITATOR).command("tables.arrange", new JsonObject().put("maxSize", 5)))
                .compose(v -> seating.tablesKnown())
                .compose(v -> clients.get(FACILITATOR).command("roles.deal", new JsonObject()))
                .compose(v -> {
                    List<Future<JsonObject>> opened = new ArrayList<>();
                    clients.forEach((name, c) -> {
                        if (!name.equals(FACILITATOR)) opened.add(c.command("envelope.open", new JsonObject()));
                    });
                    return Future.all(opened);
                })
                .compose(v -> clients.get(FACILITATOR).command("step.goto", new JsonObject().put("index", 1)))
                .onSuccess(v -> presence.arrived(FACILITATOR))
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

    void beat(String name) {
        timers.add(vertx.setPeriodic(1 + random.nextInt((int) Math.max(1, noteEveryNow)), Math.max(1, noteEveryNow), id -> act(name)));
    }

    /** Changes everyone's beat (the brainstorm's ramp over the rate). */
    void noteEvery(long ms) {
        context.runOnContext(v -> {
            noteEveryNow = ms;
            timers.forEach(vertx::cancelTimer);
            timers.clear();
            clients.keySet().stream().filter(n -> !n.equals(FACILITATOR) && !presence.isDeparted(n)).forEach(this::beat);
        });
    }

    /** Who is there, and the comings and goings of the soak and the storm. */
    Presence presence() {
        return presence;
    }

    boolean running() {
        return running;
    }

    String code() {
        return code;
    }

    SimClient clientOf(String name) {
        return clients.get(name);
    }

    /** Completes with how many acknowledged notes the session has lost (see {@link LossCheck}). */
    Future<Integer> verify() {
        return LossCheck.missing(vertx, context, "s" + index, port,
                new JsonObject().put("type", "attach").put("code", code).put("token", facilitatorToken), ackedNotes, metrics);
    }

    /** A participant with this many commands unanswered skips a beat (the smoke test's bound; unbounded in the bench). */
    SimSession maxInFlight(int commands) {
        maxInFlight = commands;
        return this;
    }

    private void act(String name) {
        if (!running || presence.isDeparted(name)) return;
        if (clients.get(name).unanswered() >= maxInFlight) return;
        String table = seating.tableOf(name);
        if (plenary || table == null) addNote(name, null);
        else if (random.nextInt(3) > 0 || seating.notesOf(table).isEmpty()) addNote(name, table);
        else if (clients.get(name).connected()) vote(name, table);
    }

    /** A note on the table's flip-over, or with {@code table == null} on the plenary board. */
    private void addNote(String name, String table) {
        String text = "notitie " + index + "-" + (++made) + " van " + name;
        Set<String> others = table == null ? presence.awakeNow() : new HashSet<>(seating.membersOf(table));
        others.removeIf(n -> !presence.isAwake(n));
        others.remove(name);
        others.add(FACILITATOR);
        long sent = System.nanoTime();
        SimClient author = clients.get(name);
        boolean online = author.connected();
        // A note written offline waits in the outbox: its ack counts, its latency and fan-out do not.
        if (online) fanOut.expect(text, sent, others);
        metrics.notesSent.incrementAndGet();
        Future<JsonObject> ack = author.command("note.add", new JsonObject().put("board", table == null ? "plenary" : "table/" + table)
                .put("column", "ideas").put("text", text)).onSuccess(a -> ackedNotes.add(text));
        if (online) fanOut.timed(ack, sent);
        else ack.onFailure(e -> metrics.error("s" + index + ": " + e.getMessage()));
    }

    /** Three dots each: place one on a random note of the table, or when all are placed take the oldest back. */
    private void vote(String name, String table) {
        Deque<String> mine = dotsOf.computeIfAbsent(name, n -> new ArrayDeque<>());
        long sent = System.nanoTime();
        if (mine.size() < 3) {
            List<String> notes = seating.notesOf(table);
            String note = notes.get(random.nextInt(notes.size()));
            mine.addLast(note);
            fanOut.timed(clients.get(name).command("vote.add", new JsonObject().put("board", "table/" + table).put("note", note)), sent);
        } else {
            fanOut.timed(clients.get(name).command("vote.remove", new JsonObject().put("board", "table/" + table)
                    .put("note", mine.removeFirst())), sent);
        }
    }

    private void runTimer() {
        if (!running) return;
        fanOut.timed(clients.get(FACILITATOR).command("timer.start", new JsonObject().put("seconds", 60)), System.nanoTime());
    }

    private void onEvent(String receiver, JsonObject frame) {
        String event = frame.getString("event");
        JsonObject data = frame.getJsonObject("data");
        if (receiver.equals(FACILITATOR) && "snapshot".equals(event) && !seating.tablesRead()) {
            seating.readTables(data);
            return;
        }
        if ("resync".equals(event)) {
            // A fresh snapshot replaces the events this receiver missed: its fan-outs are not measured.
            fanOut.forget(receiver);
            return;
        }
        if (!"note.upserted".equals(event)) return;
        JsonObject note = data.getJsonObject("note");
        if (receiver.equals(FACILITATOR)) seating.noteOn(data.getString("board"), note.getString("id"));
        fanOut.received(receiver, note.getString("text"));
    }

    /** Stops playing; completes once every note sent has reached everyone, or after {@code graceMs}. */
    Future<Integer> stop(long graceMs) {
        Promise<Integer> done = Promise.promise();
        context.runOnContext(v -> {
            running = false;
            timers.forEach(vertx::cancelTimer);
            presence.stopChurn();
            if (facilitatorTimer >= 0) vertx.cancelTimer(facilitatorTimer);
            long until = System.currentTimeMillis() + graceMs;
            drain(until, done);
        });
        return done.future();
    }

    private void drain(long until, Promise<Integer> done) {
        boolean answered = clients.values().stream().allMatch(c -> c.unanswered() == 0);
        if ((fanOut.settled() && answered) || System.currentTimeMillis() >= until) {
            clients.forEach((name, c) -> {
                if (c.unanswered() > 0) metrics.error("s" + index + name + ": " + c.unanswered() + " commands never answered ("
                        + presence.stateOf(name, c) + ")");
                metrics.unanswered.addAndGet(c.unanswered());
            });
            int dropped = fanOut.reportUnsettled(presence::isAwake);
            List<Future<Void>> closing = new ArrayList<>();
            clients.values().forEach(c -> closing.add(c.close()));
            Future.join(closing).onComplete(ar -> done.complete(dropped));
            return;
        }
        vertx.setTimer(50, id -> drain(until, done));
    }
}
