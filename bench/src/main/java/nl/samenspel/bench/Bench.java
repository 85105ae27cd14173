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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The load benchmark (see docs/BENCHMARKS.md). Starts the server jar as its own process on a
 * fresh data folder, plays sessions against it over real websockets from this process (one
 * clock for every client), and measures fan-out latency, acks per second, server CPU, heap
 * after GC and resident memory per participant, and errors.
 *
 * <pre>java -jar bench/target/samenspel-bench.jar [--scenario=all|workshop|morning|ramp] [--runs=3]
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
        this.ws = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(50_000).setConnectTimeout(30_000));
        this.http = WebClient.create(vertx);
    }

    public static void main(String[] args) throws Exception {
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
                .put("startedAt", Instant.now().toString());
        if (scenario.equals("all") || scenario.equals("workshop")) results.put("workshop", repeat("workshop", runs, () -> fixed(1, 30, seconds)));
        if (scenario.equals("all") || scenario.equals("morning")) results.put("morning", repeat("morning", runs, () -> fixed(100, 25, seconds)));
        if (scenario.equals("all") || scenario.equals("ramp")) results.put("ramp", repeat("ramp", runs, this::ramp));
        return results;
    }

    private interface Run {
        JsonObject once() throws Exception;
    }

    private JsonObject repeat(String name, int runs, Run run) throws Exception {
        JsonArray all = new JsonArray();
        for (int i = 1; i <= runs; i++) {
            System.out.printf("%n== %s, run %d of %d%n", name, i, runs);
            JsonObject r = run.once();
            System.out.println(r.encode());
            all.add(r);
        }
        JsonObject medians = new JsonObject();
        for (String key : all.getJsonObject(0).fieldNames()) {
            if (!(all.getJsonObject(0).getValue(key) instanceof Number)) continue;
            double[] values = all.stream().mapToDouble(o -> ((JsonObject) o).getDouble(key)).sorted().toArray();
            medians.put(key, values[values.length / 2]);
        }
        System.out.printf("== %s, median of %d runs: %s%n", name, runs, medians.encode());
        return new JsonObject().put("runs", all).put("median", medians);
    }

    /** S sessions of P people: set up, play for a while, measure. */
    private JsonObject fixed(int sessions, int people, int seconds) throws Exception {
        try (ServerProcess server = ServerProcess.start(jar, freePort(), Files.createTempDirectory("samenspel-bench-"), jvm())) {
            long baselineHeap = server.heapAfterGcKiB();
            long baselineRss = server.residentKiB();
            Metrics metrics = new Metrics();
            List<SimSession> all = new ArrayList<>();
            for (int i = 0; i < sessions; i++) all.add(new SimSession(vertx, ws, http, server.port(), i, people, noteEveryMs(), metrics));
            long setUpStart = System.nanoTime();
            startAll(all);
            long setUpMs = (System.nanoTime() - setUpStart) / 1_000_000;
            all.forEach(SimSession::play);
            // The same play, unmeasured, until the JIT has compiled the hot paths: the figures are a warm server's.
            waitSeconds(warmUpSeconds());
            metrics.clear();
            long cpuBefore = server.cpuMillis();
            long playStart = System.nanoTime();
            waitSeconds(seconds);
            long playMs = (System.nanoTime() - playStart) / 1_000_000;
            long cpuMs = server.cpuMillis() - cpuBefore;
            long heap = server.heapAfterGcKiB();
            long rss = server.residentKiB();
            int dropped = stopAll(all);
            return report(metrics, sessions * people, playMs, cpuMs, heap - baselineHeap, rss - baselineRss, rss, dropped)
                    .put("coldStartMs", server.coldStartMs()).put("setUpMs", setUpMs);
        }
    }

    /**
     * Adds sessions of 25 in steps until the fan-out p99 of a step exceeds 100 ms, errors
     * appear, or the maximum is reached; the capacity is the number of participants before that.
     */
    private JsonObject ramp() throws Exception {
        int step = Integer.parseInt(options.getOrDefault("rampSessions", "8"));
        int stepSeconds = Integer.parseInt(options.getOrDefault("rampSeconds", "10"));
        int max = Integer.parseInt(options.getOrDefault("rampMax", "16000"));
        try (ServerProcess server = ServerProcess.start(jar, freePort(), Files.createTempDirectory("samenspel-bench-"), jvm())) {
            Metrics metrics = new Metrics();
            List<SimSession> all = new ArrayList<>();
            int capacity = 0;
            double lastP99 = 0;
            String stoppedBy = "maximum reached";
            JsonArray steps = new JsonArray();
            while (all.size() * 25 < max) {
                List<SimSession> more = new ArrayList<>();
                for (int i = 0; i < step; i++) more.add(new SimSession(vertx, ws, http, server.port(), all.size() + i, 25, noteEveryMs(), metrics));
                startAll(more);
                more.forEach(SimSession::play);
                all.addAll(more);
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
        List<Future<Integer>> stopped = new ArrayList<>();
        sessions.forEach(s -> stopped.add(s.stop(5_000)));
        Future.all(stopped).await();
        return stopped.stream().mapToInt(Future::result).sum();
    }

    private JsonObject report(Metrics metrics, int participants, long playMs, long cpuMs, long heapKiB, long rssKiB,
                              long rssTotal, int dropped) {
        Metrics.Summary s = metrics.summary();
        JsonObject out = new JsonObject()
                .put("participants", participants)
                .put("fanOutP50Ms", s.p50()).put("fanOutP95Ms", s.p95()).put("fanOutP99Ms", s.p99()).put("fanOutMaxMs", s.max())
                .put("notesMeasured", s.notes())
                .put("acksPerSecond", s.acks() * 1000.0 / playMs)
                .put("ackP50Ms", s.ackP50()).put("ackP99Ms", s.ackP99())
                .put("serverCpuCores", cpuMs / (double) playMs)
                .put("heapPerParticipantKiB", heapKiB / (double) participants)
                .put("rssPerParticipantKiB", rssKiB / (double) participants)
                .put("serverRssMiB", rssTotal / 1024.0)
                .put("errors", s.errors())
                .put("dropped", dropped);
        if (s.errors() > 0) out.put("firstErrors", new JsonArray(metrics.errors().subList(0, Math.min(5, s.errors()))));
        return out;
    }

    private int warmUpSeconds() {
        return Integer.parseInt(options.getOrDefault("warmUp", "10"));
    }

    private long noteEveryMs() {
        return (long) (Double.parseDouble(options.getOrDefault("noteEvery", "10")) * 1000);
    }

    private List<String> jvm() {
        String args = options.getOrDefault("jvm", "");
        return args.isBlank() ? List.of() : List.of(args.split(" "));
    }

    private static void waitSeconds(int seconds) throws InterruptedException {
        // The load runs on its own timers; this thread only waits for the measuring window to pass.
        TimeUnit.SECONDS.sleep(seconds);
    }

    private static int freePort() throws Exception {
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
