package nl.samenspel.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.samenspel.testing.TestPostgres;

/**
 * The load benchmark (see docs/BENCHMARKS.md). Starts the server jar as its own process on a
 * fresh data folder, plays sessions against it over real websockets from this process (one
 * clock for every client), and measures fan-out latency, acks per second, server CPU, heap
 * after GC and resident memory per participant, and errors.
 *
 * <pre>java -jar bench/target/samenspel-bench.jar [--scenario=all|workshop|morning|ramp|takeover] [--runs=3]
 *     [--targets=relay,samenspel,postgres,cluster] [--nodes=3]
 *     [--seconds=30] [--warmUp=10] [--noteEvery=10] [--rampSessions=8] [--rampSeconds=10] [--rampMax=16000]
 *     [--jvm="-Xmx2g …"] [--server=server/target/samenspel.jar] [--out=bench/results]</pre>
 */
public final class Bench {

    private final Map<String, String> options;
    private final Path jar;
    private final Vertx vertx;
    private final WebSocketClient ws;
    private final WebClient http;

    private Bench(Map<String, String> options) {
        this.options = options;
        this.jar = Path.of(options.getOrDefault("server", "server/target/samenspel.jar"));
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        this.ws = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(50_000).setConnectTimeout(30_000)
                .setMaxFrameSize(SimSession.BIG).setMaxMessageSize(SimSession.BIG));
        this.http = WebClient.create(vertx);
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--relay")) {
            Relay.main(args);
            return;
        }
        if (Arrays.asList(args).contains("--idleWorker")) {
            IdleRamp.worker(args);
            return;
        }
        Map<String, String> options = new HashMap<>();
        for (String a : args) {
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                options.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "true" : a.substring(eq + 1));
            }
        }
        Bench bench = new Bench(options);
        try {
            JsonObject results = bench.run();
            Path out = Path.of(options.getOrDefault("out", "bench/results"));
            Files.createDirectories(out);
            Path file = out.resolve("bench-" + Instant.now().toString().replace(':', '-') + ".json");
            Files.writeString(file, results.encodePrettily());
            System.out.println("\nResults: " + file);
        } finally {
            bench.closePostgres();
            bench.vertx.close().await();
        }
        System.exit(0);
    }

    private JsonObject run() throws Exception {
        if (!Files.exists(jar)) throw new IllegalStateException(jar + " is missing: run mvn -q -B package -DskipTests first");
        String scenario = options.getOrDefault("scenario", "all");
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        JsonObject results = new JsonObject().put("machine", machine()).put("command", String.join(" ", ProcessHandle.current().info().arguments().map(Arrays::asList).orElse(List.of())))
                .put("startedAt", Instant.now().toString()).put("targets", new JsonArray(targets()));
        int sessions = Integer.parseInt(options.getOrDefault("sessions", "10"));
        int people = Integer.parseInt(options.getOrDefault("people", "30"));
        List<String> all = List.of("workshop", "morning", "brainstorm", "ramp");
        List<String> wanted = scenario.equals("all") ? all : List.of(scenario.split(","));
        for (String name : wanted) {
            switch (name) {
                case "workshop" -> results.put(name, repeat(name, runs, t -> fixed(t, 1, 30, seconds, false, noteEveryMs(10))));
                case "morning" -> results.put(name, repeat(name, runs, t -> fixed(t, 100, 25, seconds, false, noteEveryMs(10))));
                case "brainstorm" -> results.put(name, repeat(name, runs, t -> fixed(t, sessions, people, seconds, true, noteEveryMs(1))));
                case "brainstormRamp" -> results.put(name, repeat(name, runs, t -> brainstormRamp(t, sessions, people)));
                case "ramp" -> results.put(name, repeat(name, runs, this::ramp));
                case "storm" -> results.put(name, repeat(name, runs, this::storm));
                case "soak" -> results.put(name, repeat(name, runs, this::soak));
                case "idle" -> results.put(name, repeat(name, runs, t -> IdleRamp.run(this, t)));
                case "takeover" -> results.put(name, repeat(name, runs, t -> Takeover.run(this, vertx, ws, http, t)));
                default -> throw new IllegalArgumentException("unknown scenario '" + name + "'");
            }
        }
        return results;
    }

    interface Run {
        JsonObject once(String target) throws Exception;
    }

    /**
     * relay: the floor; samenspel: one node on SQLite; postgres: one node on PostgreSQL;
     * cluster: {@code --nodes} (3) nodes on one PostgreSQL database, participants spread over them.
     */
    private static final List<String> TARGETS = List.of("relay", "samenspel", "postgres", "cluster");

    private List<String> targets() {
        List<String> t = List.of(options.getOrDefault("targets", "relay,samenspel").split(","));
        for (String x : t) if (!TARGETS.contains(x)) throw new IllegalArgumentException("unknown target '" + x + "'; one of " + TARGETS);
        return t;
    }

    /**
     * Runs the scenario {@code runs} times against every target, alternating (and swapping
     * which goes first each run, so neither always meets the same background load), then gives
     * each target's medians and the ratio Samenspel / relay of every figure.
     */
    private JsonObject repeat(String name, int runs, Run run) throws Exception {
        List<String> targets = targets();
        Map<String, JsonArray> byTarget = new LinkedHashMap<>();
        targets.forEach(t -> byTarget.put(t, new JsonArray()));
        for (int i = 1; i <= runs; i++) {
            List<String> order = new ArrayList<>(targets);
            if (i % 2 == 0) java.util.Collections.reverse(order);
            for (String target : order) {
                System.out.printf("%n== %s against %s, run %d of %d%n", name, target, i, runs);
                JsonObject r = run.once(target);
                System.out.println(r.encode());
                byTarget.get(target).add(r);
            }
        }
        JsonObject out = new JsonObject();
        Map<String, JsonObject> medians = new LinkedHashMap<>();
        byTarget.forEach((target, all) -> {
            JsonObject m = medians(all);
            medians.put(target, m);
            out.put(target, new JsonObject().put("runs", all).put("median", m));
            System.out.printf("== %s, %s, median of %d runs: %s%n", name, target, runs, m.encode());
        });
        if (medians.containsKey("relay") && medians.containsKey("samenspel")) {
            JsonObject ratio = new JsonObject();
            JsonObject relay = medians.get("relay");
            JsonObject ours = medians.get("samenspel");
            System.out.printf("== %s: %-24s %12s %12s %8s%n", name, "figure (median)", "relay", "samenspel", "ratio");
            for (String key : ours.fieldNames()) {
                if (!relay.containsKey(key)) continue;
                double a = relay.getDouble(key);
                double b = ours.getDouble(key);
                if (a != 0) ratio.put(key, b / a);
                System.out.printf("== %s: %-24s %12.2f %12.2f %8s%n", name, key, a, b, a == 0 ? "—" : String.format(Locale.ROOT, "%.2f", b / a));
            }
            out.put("ratio", ratio);
        }
        if (byTarget.containsKey("samenspel") && byTarget.size() > 1) out.put("ratioToSqliteWithinRun", ratiosWithinRuns(name, byTarget));
        return out;
    }

    /**
     * Each other target against one node on SQLite, run by run (the two played one after the
     * other, so they met about the same background load), then the median of those ratios.
     */
    private static JsonObject ratiosWithinRuns(String name, Map<String, JsonArray> byTarget) {
        JsonArray base = byTarget.get("samenspel");
        JsonObject all = new JsonObject();
        byTarget.forEach((target, runs) -> {
            if (target.equals("samenspel")) return;
            JsonObject medians = new JsonObject();
            for (String key : base.getJsonObject(0).fieldNames()) {
                if (!(base.getJsonObject(0).getValue(key) instanceof Number)) continue;
                List<Double> ratios = new ArrayList<>();
                for (int i = 0; i < Math.min(base.size(), runs.size()); i++) {
                    double a = base.getJsonObject(i).getDouble(key, 0.0);
                    double b = runs.getJsonObject(i).getDouble(key, 0.0);
                    if (a != 0) ratios.add(b / a);
                }
                if (ratios.isEmpty()) continue;
                java.util.Collections.sort(ratios);
                medians.put(key, ratios.get(ratios.size() / 2));
            }
            all.put(target, medians);
            System.out.printf("== %s: %s / samenspel (SQLite), median of per-run ratios: %s%n", name, target, medians.encode());
        });
        return all;
    }

    private static JsonObject medians(JsonArray all) {
        JsonObject medians = new JsonObject();
        for (String key : all.getJsonObject(0).fieldNames()) {
            if (!(all.getJsonObject(0).getValue(key) instanceof Number)) continue;
            double[] values = all.stream().mapToDouble(o -> ((JsonObject) o).getDouble(key, 0.0)).sorted().toArray();
            medians.put(key, values[values.length / 2]);
        }
        return medians;
    }

    ServerProcess start(String target) throws Exception {
        return start(target, List.of());
    }

    /** @param settings extra server settings (the relay has none to take) */
    ServerProcess start(String target, List<String> settings) throws Exception {
        Path dir = Files.createTempDirectory("samenspel-bench-");
        return switch (target) {
            case "relay" -> ServerProcess.relay(benchJar(), freePort(), dir, jvm());
            case "postgres" -> ServerProcess.samenspel("postgres", jar, freePort(), dir, jvm(), join(newDatabase(), settings));
            case "cluster" -> cluster(dir, settings);
            default -> ServerProcess.samenspel("samenspel", jar, freePort(), dir, jvm(), settings);
        };
    }

    private static List<String> join(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private TestPostgres postgres;

    /** One private PostgreSQL for the whole bench, durable as in production, started when a target first needs it. */
    private TestPostgres postgres() {
        if (postgres == null) postgres = TestPostgres.durable();
        return postgres;
    }

    /** A new, empty database of the bench's PostgreSQL: the server's settings for it (the password goes by environment). */
    private List<String> newDatabase() {
        String name = postgres().createDatabase();
        return List.of("--storage=postgres", "--pgUrl=" + postgres().url(name), "--pgUser=" + TestPostgres.USER);
    }

    /** {@code --nodes} Samenspel nodes on loopback, one PostgreSQL database, a Hazelcast cluster. */
    private ServerProcess cluster(Path dir, List<String> extra) throws Exception {
        int n = Integer.parseInt(options.getOrDefault("nodes", "3"));
        List<String> database = newDatabase();
        List<Integer> clusterPorts = new ArrayList<>();
        for (int i = 0; i < n; i++) clusterPorts.add(freePort());
        String members = String.join(",", clusterPorts.stream().map(p -> "127.0.0.1:" + p).toList());
        List<ServerProcess> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                List<String> settings = join(database, extra);
                settings.addAll(List.of("--cluster", "--clusterPort=" + clusterPorts.get(i), "--clusterMembers=" + members));
                Path nodeDir = Files.createDirectories(dir.resolve("node" + i));
                nodes.add(ServerProcess.samenspel("cluster", jar, freePort(), nodeDir, jvm(), settings));
            }
        } catch (Exception e) {
            nodes.forEach(ServerProcess::close);
            throw e;
        }
        return ServerProcess.cluster(nodes);
    }

    void closePostgres() {
        if (postgres != null) postgres.close();
    }

    static Path benchJar() throws Exception {
        return Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    Map<String, String> options() {
        return options;
    }

    /** S sessions of P people: set up, play for a while, measure. */
    private JsonObject fixed(String target, int sessions, int people, int seconds, boolean onPlenary, long noteEveryMs) throws Exception {
        try (ServerProcess server = start(target)) {
            long baselineHeap = server.heapAfterGcKiB();
            long baselineRss = server.residentKiB();
            Metrics metrics = new Metrics();
            List<SimSession> all = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                // Each session is created and led through one node in turn, its participants spread over all.
                int[] ports = server.ports();
                SimSession s = new SimSession(vertx, ws, http, ports[i % ports.length], i, people, noteEveryMs, metrics).spread(ports);
                all.add(onPlenary ? s.onPlenary() : s);
            }
            long setUpStart = System.nanoTime();
            startAll(all);
            long setUpMs = (System.nanoTime() - setUpStart) / 1_000_000;
            all.forEach(SimSession::play);
            // The same play, unmeasured, until the JIT has compiled the hot paths: the figures are a warm server's.
            waitSeconds(warmUpSeconds());
            Window window = Window.open(server, metrics);
            waitSeconds(seconds);
            long playMs = window.ms();
            long cpuMs = window.cpuMs();
            List<Double> pauses = server.gcPauses();
            Metrics.Summary s = metrics.summary();
            long resyncs = metrics.resyncs.get();
            long heap = server.heapAfterGcKiB();
            long rss = server.residentKiB();
            int dropped = stopAll(all);
            return report(metrics, s, sessions * people, playMs, cpuMs, heap - baselineHeap, rss - baselineRss, rss, dropped)
                    .put("resyncs", resyncs)
                    .mergeIn(gc(pauses))
                    .put("coldStartMs", server.coldStartMs()).put("setUpMs", setUpMs);
        }
    }

    private static JsonObject gc(List<Double> pauses) {
        return new JsonObject().put("gcPauses", pauses.size())
                .put("gcPauseTotalMs", pauses.stream().mapToDouble(Double::doubleValue).sum())
                .put("gcPauseMaxMs", pauses.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }

    /**
     * The brainstorm ramp: the same sessions on the plenary board, the rate of notes per person
     * raised step by step ({@code --rates}, notes per second each); stops after a step whose
     * ack or fan-out p99 passed a second.
     */
    private JsonObject brainstormRamp(String target, int sessions, int people) throws Exception {
        int stepSeconds = Integer.parseInt(options.getOrDefault("rampSeconds", "10"));
        List<Double> rates = Arrays.stream(options.getOrDefault("rates", "0.25,0.5,1,2,4").split(",")).map(Double::parseDouble).toList();
        try (ServerProcess server = start(target)) {
            Metrics metrics = new Metrics();
            List<SimSession> all = new ArrayList<>();
            for (int i = 0; i < sessions; i++) all.add(new SimSession(vertx, ws, http, server.port(), i, people, (long) (1000 / rates.get(0)), metrics).onPlenary());
            startAll(all);
            all.forEach(SimSession::play);
            waitSeconds(warmUpSeconds());
            JsonArray steps = new JsonArray();
            double lastGood = 0;
            double bestDelivered = 0;
            for (double rate : rates) {
                all.forEach(s -> s.noteEvery((long) (1000 / rate)));
                waitSeconds(3);
                Window window = Window.open(server, metrics);
                waitSeconds(stepSeconds);
                long ms = window.ms();
                Metrics.Summary s = metrics.summary();
                double delivered = s.deliveries() * 1000.0 / ms;
                JsonObject step = new JsonObject().put("notesPerSecondEach", rate).put("deliveredPerSecond", delivered)
                        .put("fanOutP99Ms", s.p99()).put("ackP99Ms", s.ackP99()).put("ackMaxMs", s.ackMax())
                        .put("serverCpuCores", window.cpuMs() / (double) ms)
                        .put("resyncs", metrics.resyncs.get()).mergeIn(gc(server.gcPauses()));
                steps.add(step);
                System.out.println("  " + step.encode());
                boolean ok = s.p99() < 250 && s.ackP99() < 250 && metrics.resyncs.get() == 0;
                if (ok) {
                    lastGood = rate;
                    bestDelivered = Math.max(bestDelivered, delivered);
                }
                if (s.p99() > 1000 || s.ackP99() > 1000) break;
            }
            stopAll(all);
            return new JsonObject().put("participants", sessions * people).put("lastRateWithin250Ms", lastGood)
                    .put("deliveredPerSecondWithin250Ms", bestDelivered).put("unanswered", metrics.unanswered.get()).put("steps", steps);
        }
    }

    /**
     * The reconnect storm: {@code --stormParticipants} (sessions of 25) play a busy morning; then
     * every participant loses the connection at once and comes back within 10 s. Every one must
     * be welcomed again, every command answered, every acknowledged note still there.
     */
    private JsonObject storm(String target) throws Exception {
        int participants = Integer.parseInt(options.getOrDefault("stormParticipants", "2000"));
        int within = Integer.parseInt(options.getOrDefault("stormWithin", "10"));
        try (ServerProcess server = start(target)) {
            Metrics metrics = new Metrics();
            List<SimSession> all = playing(server, metrics, 0, participants / 25);
            waitSeconds(warmUpSeconds());
            Window window = Window.open(server, metrics);
            List<Future<Long>> recovered = new ArrayList<>();
            all.forEach(s -> recovered.add(s.storm(within * 1000L, 60_000)));
            Future.all(recovered).await();
            long ms = window.ms();
            long cpuMs = window.cpuMs();
            List<Double> pauses = server.gcPauses();
            long notRecovered = recovered.stream().filter(f -> f.result() < 0).count();
            long recoveryMs = recovered.stream().mapToLong(Future::result).max().orElse(-1);
            waitSeconds(3);
            Metrics.Summary s = metrics.summary();
            stopAll(all);
            int lost = verifyAll(all);
            return new JsonObject().put("participants", participants)
                    .put("reconnects", metrics.reconnectCount()).put("resumed", metrics.resumed.get())
                    .put("reconnectP50Ms", metrics.reconnectPercentileMs(50)).put("reconnectP99Ms", metrics.reconnectPercentileMs(99))
                    .put("reconnectMaxMs", metrics.reconnectPercentileMs(100))
                    .put("recoveryMs", recoveryMs).put("sessionsNotRecovered", notRecovered)
                    .put("serverCpuCores", cpuMs / (double) ms)
                    .put("ackP50Ms", s.ackP50()).put("ackP99Ms", s.ackP99()).put("ackMaxMs", s.ackMax())
                    .put("unanswered", metrics.unanswered.get()).put("acknowledgedLost", lost)
                    .put("resyncs", metrics.resyncs.get()).put("errors", metrics.errorCount())
                    .put("firstErrors", new JsonArray(metrics.errors().subList(0, Math.min(5, metrics.errorCount()))))
                    .mergeIn(gc(pauses));
        }
    }

    /**
     * The soak: a busy morning ({@code --soakSessions} of 25, default 100) for {@code --soakMinutes}
     * with comings and goings (each session: every 10 s someone sleeps and wakes, or leaves and a
     * newcomer joins); heap after a full GC and resident memory sampled every
     * {@code --sampleSeconds}; at the end everyone asleep wakes, every command must be answered
     * and every acknowledged note still there.
     *
     * <p>With {@code --soakRotateMinutes=M} workshops also end, as on a real morning: every
     * M·60/sessions seconds the oldest session is checked (nothing acknowledged lost), everyone
     * leaves it and a new session of 25 takes its place, and the server unloads idle sessions
     * after {@code --soakUnloadSeconds} (60). Without it every note ever written stays in a live
     * session, so the heap grows with the workshops' own content; with it, the live content is
     * bounded and a flat heap means nothing leaks.
     */
    private JsonObject soak(String target) throws Exception {
        int sessions = Integer.parseInt(options.getOrDefault("soakSessions", "100"));
        double minutes = Double.parseDouble(options.getOrDefault("soakMinutes", "30"));
        int sample = Integer.parseInt(options.getOrDefault("sampleSeconds", "30"));
        double rotateMinutes = Double.parseDouble(options.getOrDefault("soakRotateMinutes", "0"));
        List<String> settings = rotateMinutes > 0
                ? List.of("--idleUnloadSeconds=" + options.getOrDefault("soakUnloadSeconds", "60")) : List.of();
        try (ServerProcess server = start(target, settings)) {
            Metrics metrics = new Metrics();
            List<SimSession> all = playing(server, metrics, 0, sessions);
            all.forEach(s -> s.churn(10_000));
            waitSeconds(warmUpSeconds());
            Window window = Window.open(server, metrics);
            long t0 = window.startNanos();
            JsonArray samples = new JsonArray();
            long end = t0 + (long) (minutes * 60e9);
            long rotateNanos = rotateMinutes > 0 ? (long) (rotateMinutes * 60e9 / sessions) : Long.MAX_VALUE;
            long nextSample = t0;
            long nextRotation = rotateMinutes > 0 ? t0 + rotateNanos : Long.MAX_VALUE;
            int retired = 0;
            List<Future<int[]>> endings = new ArrayList<>();
            List<Future<Void>> beginnings = new ArrayList<>();
            for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                if (now >= nextSample) {
                    samples.add(new JsonObject().put("s", (now - t0) / 1_000_000_000)
                            .put("heapAfterGcMiB", server.heapAfterGcKiB() / 1024.0).put("rssMiB", server.residentKiB() / 1024.0)
                            .put("reconnects", metrics.reconnectCount()).put("resyncs", metrics.resyncs.get())
                            .put("retired", retired));
                    System.out.println("  " + samples.getJsonObject(samples.size() - 1).encode());
                    // A sample (a full GC) can take seconds on a busy machine: never sample back to back.
                    nextSample = Math.max(nextSample + sample * 1_000_000_000L, System.nanoTime() + sample * 500_000_000L);
                }
                if (now >= nextRotation) {
                    // Ends and begins run beside the play (each session on its own context), as rooms do.
                    endings.add(retire(all.remove(0), metrics));
                    int index = sessions + retired;
                    SimSession fresh = new SimSession(vertx, ws, http, server.port(), index, 25, noteEveryMs(10), metrics);
                    beginnings.add(fresh.start().timeout(2, TimeUnit.MINUTES).onSuccess(v -> {
                        fresh.play();
                        fresh.churn(10_000);
                    }).onFailure(e -> metrics.error("s" + index + ": did not begin: " + e.getMessage())));
                    all.add(fresh);
                    retired++;
                    nextRotation += rotateNanos;
                }
                long wait = Math.min(end, Math.min(nextSample, nextRotation)) - System.nanoTime();
                if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            }
            long ms = window.ms();
            long cpuMs = window.cpuMs();
            List<Double> pauses = server.gcPauses();
            Metrics.Summary s = metrics.summary();
            Future.join(beginnings).await();
            int dropped = 0;
            int lost = 0;
            for (Future<int[]> e : endings) {
                dropped += e.await()[0];
                lost += e.await()[1];
            }
            Future.all(all.stream().map(SimSession::wakeAll).toList()).await();
            samples.add(new JsonObject().put("s", ms / 1000).put("heapAfterGcMiB", server.heapAfterGcKiB() / 1024.0)
                    .put("rssMiB", server.residentKiB() / 1024.0));
            dropped += stopAll(all, SOAK_DRAIN_MS);
            lost += verifyAll(all);
            JsonObject first = samples.getJsonObject(0);
            JsonObject last = samples.getJsonObject(samples.size() - 1);
            return report(metrics, s, sessions * 25, ms, cpuMs, 0, 0, server.residentKiB(), dropped)
                    .put("minutes", minutes).put("reconnects", metrics.reconnectCount()).put("resumed", metrics.resumed.get())
                    .put("resyncs", metrics.resyncs.get()).put("acknowledgedLost", lost)
                    .put("rotateMinutes", rotateMinutes).put("sessionsRetired", retired)
                    .put("heapFirstMiB", first.getDouble("heapAfterGcMiB")).put("heapLastMiB", last.getDouble("heapAfterGcMiB"))
                    .put("rssFirstMiB", first.getDouble("rssMiB")).put("rssLastMiB", last.getDouble("rssMiB"))
                    .mergeIn(gc(pauses)).put("samples", samples);
        }
    }

    /**
     * How long the soak waits for the answers to commands re-sent by those it has just woken;
     * a slow answer is still an answer (the count is of commands that never get one).
     */
    private static final long SOAK_DRAIN_MS = 30_000;

    /** A workshop that ends: everyone back, every command answered, then checked. Completes with {dropped, lost}. */
    private static Future<int[]> retire(SimSession session, Metrics metrics) {
        return session.wakeAll().compose(v -> session.stop(SOAK_DRAIN_MS))
                .compose(dropped -> session.verify().map(lost -> new int[] {dropped, lost}))
                .timeout(2, TimeUnit.MINUTES)
                .recover(e -> {
                    metrics.error("a session did not end cleanly: " + e.getMessage());
                    return Future.succeededFuture(new int[] {0, 0});
                });
    }

    private static int verifyAll(List<SimSession> sessions) {
        int lost = 0;
        for (SimSession s : sessions) lost += s.verify().await();
        return lost;
    }

    /**
     * Adds sessions of 25 in steps until the fan-out p99 of a step exceeds 100 ms, errors
     * appear, or the maximum is reached; the capacity is the number of participants before that.
     */
    private JsonObject ramp(String target) throws Exception {
        int step = Integer.parseInt(options.getOrDefault("rampSessions", "8"));
        int stepSeconds = Integer.parseInt(options.getOrDefault("rampSeconds", "10"));
        int max = Integer.parseInt(options.getOrDefault("rampMax", "16000"));
        try (ServerProcess server = start(target)) {
            Metrics metrics = new Metrics();
            List<SimSession> all = new ArrayList<>();
            int capacity = 0;
            double lastP99 = 0;
            String stoppedBy = "maximum reached";
            JsonArray steps = new JsonArray();
            while (all.size() * 25 < max) {
                all.addAll(playing(server, metrics, all.size(), step));
                metrics.windowP99();
                waitSeconds(stepSeconds);
                lastP99 = metrics.windowP99();
                int participants = all.size() * 25;
                steps.add(new JsonObject().put("participants", participants).put("p99", lastP99).put("errors", metrics.errorCount()));
                System.out.printf("  %6d participants: fan-out p99 %.1f ms, errors %d%n", participants, lastP99, metrics.errorCount());
                if (lastP99 > 100 || metrics.errorCount() > 0) {
                    stoppedBy = metrics.errorCount() > 0 ? "errors: " + metrics.errors().get(0) : "p99 above 100 ms";
                    break;
                }
                capacity = participants;
            }
            long rss = server.residentKiB();
            stopAll(all);
            return new JsonObject().put("capacity", capacity).put("lastStepP99Ms", lastP99).put("stoppedBy", stoppedBy)
                    .put("serverRssMiB", rss / 1024.0).put("steps", steps);
        }
    }

    /** {@code count} sessions of 25 at the default note rate, numbered from {@code first}: started, then playing. */
    private List<SimSession> playing(ServerProcess server, Metrics metrics, int first, int count) {
        List<SimSession> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) sessions.add(new SimSession(vertx, ws, http, server.port(), first + i, 25, noteEveryMs(10), metrics));
        startAll(sessions);
        sessions.forEach(SimSession::play);
        return sessions;
    }

    private void startAll(List<SimSession> sessions) {
        List<Future<Void>> started = new ArrayList<>();
        // A few at a time, as a morning fills up, rather than every handshake at once.
        for (SimSession s : sessions) {
            started.add(s.start());
            if (started.size() % 10 == 0) Future.all(started).await();
        }
        Future.all(started).await();
    }

    private int stopAll(List<SimSession> sessions) {
        return stopAll(sessions, 5_000);
    }

    private int stopAll(List<SimSession> sessions, long graceMs) {
        List<Future<Integer>> stopped = new ArrayList<>();
        sessions.forEach(s -> stopped.add(s.stop(graceMs)));
        Future.all(stopped).await();
        return stopped.stream().mapToInt(Future::result).sum();
    }

    private JsonObject report(Metrics metrics, Metrics.Summary s, int participants, long playMs, long cpuMs, long heapKiB, long rssKiB,
                              long rssTotal, int dropped) {
        JsonObject out = new JsonObject()
                .put("participants", participants)
                .put("deliveredPerSecond", s.deliveries() * 1000.0 / playMs)
                .put("fanOutP50Ms", s.p50()).put("fanOutP95Ms", s.p95()).put("fanOutP99Ms", s.p99()).put("fanOutMaxMs", s.max())
                .put("deliveryP50Ms", s.deliveryP50()).put("deliveryP99Ms", s.deliveryP99())
                .put("notesMeasured", s.notes())
                .put("acksPerSecond", s.acks() * 1000.0 / playMs)
                .put("ackP50Ms", s.ackP50()).put("ackP99Ms", s.ackP99()).put("ackMaxMs", s.ackMax())
                .put("serverCpuCores", cpuMs / (double) playMs)
                .put("heapPerParticipantKiB", heapKiB / (double) participants)
                .put("rssPerParticipantKiB", rssKiB / (double) participants)
                .put("serverRssMiB", rssTotal / 1024.0)
                .put("errors", metrics.errorCount())
                .put("unanswered", metrics.unanswered.get())
                .put("dropped", dropped);
        if (metrics.errorCount() > 0) out.put("firstErrors", new JsonArray(metrics.errors().subList(0, Math.min(5, metrics.errorCount()))));
        return out;
    }

    private int warmUpSeconds() {
        return Integer.parseInt(options.getOrDefault("warmUp", "10"));
    }

    /** {@code --noteEvery} seconds when given, else the scenario's own. */
    private long noteEveryMs(double scenarioDefault) {
        return (long) (Double.parseDouble(options.getOrDefault("noteEvery", Double.toString(scenarioDefault))) * 1000);
    }

    List<String> jvm() {
        String args = options.getOrDefault("jvm", "");
        return args.isBlank() ? List.of() : List.of(args.split(" "));
    }

    static void waitSeconds(int seconds) throws InterruptedException {
        // The load runs on its own timers; this thread only waits for the measuring window to pass.
        TimeUnit.SECONDS.sleep(seconds);
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static JsonObject machine() throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse("?");
        return new JsonObject().put("cores", Runtime.getRuntime().availableProcessors()).put("cpu", cpu)
                .put("memoryGiB", Math.round(Files.readAllLines(Path.of("/proc/meminfo")).stream()
                        .filter(l -> l.startsWith("MemTotal")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D+", ""))).sum() / 1048576.0))
                .put("java", System.getProperty("java.version")).put("os", System.getProperty("os.name").toLowerCase(Locale.ROOT));
    }
}
