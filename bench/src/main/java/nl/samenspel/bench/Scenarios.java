package nl.samenspel.bench;

import static nl.samenspel.bench.Bench.waitSeconds;
import static nl.samenspel.bench.Figures.gc;
import static nl.samenspel.bench.Load.startAll;
import static nl.samenspel.bench.Load.stopAll;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The played scenarios, each one run against one target: fixed sessions, the brainstorm ramp, the ramp, the storm. */
final class Scenarios {

    private final Bench bench;
    private final Options options;
    private final Load load;

    Scenarios(Bench bench) {
        this.bench = bench;
        this.options = bench.options();
        this.load = bench.load();
    }

    /** S sessions of P people: set up, play for a while, measure. */
    JsonObject fixed(String target, int sessions, int people, int seconds, boolean onPlenary, long noteEveryMs) throws Exception {
        try (ServerProcess server = bench.start(target)) {
            long baselineHeap = server.heapAfterGcKiB();
            long baselineRss = server.residentKiB();
            Metrics metrics = new Metrics();
            List<SimSession> all = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                // Each session is created and led through one node in turn, its participants spread over all.
                int[] ports = server.ports();
                SimSession s = load.session(ports[i % ports.length], i, people, noteEveryMs, metrics).spread(ports);
                all.add(onPlenary ? s.onPlenary() : s);
            }
            long setUpStart = System.nanoTime();
            startAll(all);
            long setUpMs = (System.nanoTime() - setUpStart) / 1_000_000;
            all.forEach(SimSession::play);
            // The same play, unmeasured, until the JIT has compiled the hot paths: the figures are a warm server's.
            waitSeconds(options.warmUpSeconds());
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
            return Figures.report(metrics, s, sessions * people, playMs, cpuMs, heap - baselineHeap, rss - baselineRss, rss, dropped)
                    .put("resyncs", resyncs)
                    .mergeIn(gc(pauses))
                    .put("coldStartMs", server.coldStartMs()).put("setUpMs", setUpMs);
        }
    }

    /**
     * The brainstorm ramp: the same sessions on the plenary board, the rate of notes per person
     * raised step by step ({@code --rates}, notes per second each); stops after a step whose
     * ack or fan-out p99 passed a second.
     */
    JsonObject brainstormRamp(String target, int sessions, int people) throws Exception {
        int stepSeconds = options.integer("rampSeconds", "10");
        List<Double> rates = Arrays.stream(options.get("rates", "0.25,0.5,1,2,4").split(",")).map(Double::parseDouble).toList();
        try (ServerProcess server = bench.start(target)) {
            Metrics metrics = new Metrics();
            List<SimSession> all = new ArrayList<>();
            for (int i = 0; i < sessions; i++) all.add(load.session(server.port(), i, people, (long) (1000 / rates.get(0)), metrics).onPlenary());
            startAll(all);
            all.forEach(SimSession::play);
            waitSeconds(options.warmUpSeconds());
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
    JsonObject storm(String target) throws Exception {
        int participants = options.integer("stormParticipants", "2000");
        int within = options.integer("stormWithin", "10");
        try (ServerProcess server = bench.start(target)) {
            Metrics metrics = new Metrics();
            List<SimSession> all = load.playing(server, metrics, 0, participants / 25);
            waitSeconds(options.warmUpSeconds());
            Window window = Window.open(server, metrics);
            List<Future<Long>> recovered = new ArrayList<>();
            all.forEach(s -> recovered.add(s.presence().storm(within * 1000L, 60_000)));
            Future.all(recovered).await();
            long ms = window.ms();
            long cpuMs = window.cpuMs();
            List<Double> pauses = server.gcPauses();
            long notRecovered = recovered.stream().filter(f -> f.result() < 0).count();
            long recoveryMs = recovered.stream().mapToLong(Future::result).max().orElse(-1);
            waitSeconds(3);
            Metrics.Summary s = metrics.summary();
            stopAll(all);
            int lost = Load.verifyAll(all);
            return new JsonObject().put("participants", participants)
                    .put("reconnects", metrics.reconnectCount()).put("resumed", metrics.resumed.get())
                    .put("reconnectP50Ms", metrics.reconnectPercentileMs(50)).put("reconnectP99Ms", metrics.reconnectPercentileMs(99))
                    .put("reconnectMaxMs", metrics.reconnectPercentileMs(100))
                    .put("recoveryMs", recoveryMs).put("sessionsNotRecovered", notRecovered)
                    .put("serverCpuCores", cpuMs / (double) ms)
                    .put("ackP50Ms", s.ackP50()).put("ackP99Ms", s.ackP99()).put("ackMaxMs", s.ackMax())
                    .put("unanswered", metrics.unanswered.get()).put("acknowledgedLost", lost)
                    .put("resyncs", metrics.resyncs.get()).put("errors", metrics.errorCount())
                    .put("firstErrors", Figures.firstErrors(metrics))
                    .mergeIn(gc(pauses));
        }
    }

    /**
     * Adds sessions of 25 in steps until the fan-out p99 of a step exceeds 100 ms, errors
     * appear, or the maximum is reached; the capacity is the number of participants before that.
     */
    JsonObject ramp(String target) throws Exception {
        int step = options.integer("rampSessions", "8");
        int stepSeconds = options.integer("rampSeconds", "10");
        int max = options.integer("rampMax", "16000");
        try (ServerProcess server = bench.start(target)) {
            Metrics metrics = new Metrics();
            List<SimSession> all = new ArrayList<>();
            int capacity = 0;
            double lastP99 = 0;
            String stoppedBy = "maximum reached";
            JsonArray steps = new JsonArray();
            while (all.size() * 25 < max) {
                boolean first = all.isEmpty();
                all.addAll(load.playing(server, metrics, all.size(), step));
                // The first step plays unmeasured for the warm-up too: one pause of a cold JVM would otherwise end a run at 0.
                if (first) waitSeconds(options.warmUpSeconds());
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
}
