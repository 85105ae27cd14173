package nl.samenspel.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The load benchmark (see docs/BENCHMARKS.md). Starts the server jar as its own process on a
 * fresh data folder, plays sessions against it over real websockets from this process (one
 * clock for every client), and measures fan-out latency, acks per second, server CPU, heap
 * after GC and resident memory per participant, and errors.
 *
 * <pre>java -jar bench/target/samenspel-bench.jar [--scenario=all|workshop|morning|ramp|takeover] [--runs=3]
 *     [--targets=relay,durable,samenspel,postgres,cluster] [--nodes=3]
 *     [--seconds=30] [--warmUp=60] [--noteEvery=10] [--rampSessions=8] [--rampSeconds=10] [--rampMax=16000]
 *     [--jvm="-Xmx2g …"] [--server=server/target/samenspel.jar] [--out=bench/results]</pre>
 */
public final class Bench {

    private final Options options;
    private final Targets targets;
    private final Load load;

    private Bench(Options options) {
        this.options = options;
        this.targets = new Targets(options);
        this.load = new Load(options);
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
        Options options = Options.parse(args);
        Bench bench = new Bench(options);
        try {
            JsonObject results = bench.run();
            Path out = Path.of(options.get("out", "bench/results"));
            Files.createDirectories(out);
            Path file = out.resolve("bench-" + Instant.now().toString().replace(':', '-') + ".json");
            Files.writeString(file, results.encodePrettily());
            System.out.println("\nResults: " + file);
        } finally {
            bench.targets.closePostgres();
            bench.load.close();
        }
        System.exit(0);
    }

    private JsonObject run() throws Exception {
        Path jar = targets.jar();
        if (!Files.exists(jar)) throw new IllegalStateException(jar + " is missing: run mvn -q -B package -DskipTests first");
        String scenario = options.get("scenario", "all");
        int runs = options.integer("runs", "3");
        int seconds = options.integer("seconds", "30");
        JsonObject results = new JsonObject().put("machine", machine()).put("command", String.join(" ", ProcessHandle.current().info().arguments().map(Arrays::asList).orElse(List.of())))
                .put("startedAt", Instant.now().toString()).put("targets", new JsonArray(options.targets()));
        int sessions = options.integer("sessions", "10");
        int people = options.integer("people", "30");
        Scenarios play = new Scenarios(this);
        List<String> all = List.of("workshop", "morning", "brainstorm", "ramp");
        List<String> wanted = scenario.equals("all") ? all : List.of(scenario.split(","));
        for (String name : wanted) {
            Repeats.Run run = switch (name) {
                case "workshop" -> t -> play.fixed(t, 1, 30, seconds, false, options.noteEveryMs(10));
                case "morning" -> t -> play.fixed(t, 100, 25, seconds, false, options.noteEveryMs(10));
                case "brainstorm" -> t -> play.fixed(t, sessions, people, seconds, true, options.noteEveryMs(1));
                case "brainstormRamp" -> t -> play.brainstormRamp(t, sessions, people);
                case "ramp" -> play::ramp;
                case "storm" -> play::storm;
                case "soak" -> t -> Soak.run(this, t);
                case "idle" -> t -> IdleRamp.run(this, t);
                case "takeover" -> t -> Takeover.run(this, load.vertx, load.ws, load.http, t);
                default -> throw new IllegalArgumentException("unknown scenario '" + name + "'");
            };
            results.put(name, Repeats.repeat(name, runs, options.targets(), run));
        }
        return results;
    }

    Options options() {
        return options;
    }

    Load load() {
        return load;
    }

    ServerProcess start(String target) throws Exception {
        return start(target, List.of());
    }

    /** @param settings extra server settings (the relay has none to take) */
    ServerProcess start(String target, List<String> settings) throws Exception {
        return targets.start(target, settings);
    }

    static void waitSeconds(int seconds) throws InterruptedException {
        // The load runs on its own timers; this thread only waits for the measuring window to pass.
        TimeUnit.SECONDS.sleep(seconds);
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
