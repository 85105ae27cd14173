package nl.samenspel.bench;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
final class Soak {

    /**
     * How long the soak waits for the answers to commands re-sent by those it has just woken;
     * a slow answer is still an answer (the count is of commands that never get one).
     */
    private static final long SOAK_DRAIN_MS = 30_000;

    private Soak() {
    }

    static JsonObject run(Bench bench, String target) throws Exception {
        Options options = bench.options();
        Load load = bench.load();
        int sessions = options.integer("soakSessions", "100");
        double minutes = options.decimal("soakMinutes", "30");
        int sample = options.integer("sampleSeconds", "30");
        double rotateMinutes = options.decimal("soakRotateMinutes", "0");
        List<String> settings = rotateMinutes > 0
                ? List.of("--idleUnloadSeconds=" + options.get("soakUnloadSeconds", "60")) : List.of();
        try (ServerProcess server = bench.start(target, settings)) {
            Metrics metrics = new Metrics();
            List<SimSession> all = load.playing(server, metrics, 0, sessions);
            all.forEach(s -> s.presence().churn(10_000));
            Bench.waitSeconds(options.warmUpSeconds());
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
                    SimSession fresh = load.session(server.port(), index, 25, options.noteEveryMs(10), metrics);
                    beginnings.add(fresh.start().timeout(2, TimeUnit.MINUTES).onSuccess(v -> {
                        fresh.play();
                        fresh.presence().churn(10_000);
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
            Future.all(all.stream().map(session -> session.presence().wakeAll()).toList()).await();
            samples.add(new JsonObject().put("s", ms / 1000).put("heapAfterGcMiB", server.heapAfterGcKiB() / 1024.0)
                    .put("rssMiB", server.residentKiB() / 1024.0));
            dropped += Load.stopAll(all, SOAK_DRAIN_MS);
            lost += Load.verifyAll(all);
            JsonObject first = samples.getJsonObject(0);
            JsonObject last = samples.getJsonObject(samples.size() - 1);
            return Figures.report(metrics, s, sessions * 25, ms, cpuMs, 0, 0, server.residentKiB(), dropped)
                    .put("minutes", minutes).put("reconnects", metrics.reconnectCount()).put("resumed", metrics.resumed.get())
                    .put("resyncs", metrics.resyncs.get()).put("acknowledgedLost", lost)
                    .put("rotateMinutes", rotateMinutes).put("sessionsRetired", retired)
                    .put("heapFirstMiB", first.getDouble("heapAfterGcMiB")).put("heapLastMiB", last.getDouble("heapAfterGcMiB"))
                    .put("rssFirstMiB", first.getDouble("rssMiB")).put("rssLastMiB", last.getDouble("rssMiB"))
                    .mergeIn(Figures.gc(pauses)).put("samples", samples);
        }
    }

    /** A workshop that ends: everyone back, every command answered, then checked. Completes with {dropped, lost}. */
    private static Future<int[]> retire(SimSession session, Metrics metrics) {
        return session.presence().wakeAll().compose(v -> session.stop(SOAK_DRAIN_MS))
                .compose(dropped -> session.verify().map(lost -> new int[] {dropped, lost}))
                .timeout(2, TimeUnit.MINUTES)
                .recover(e -> {
                    metrics.error("a session did not end cleanly: " + e.getMessage());
                    return Future.succeededFuture(new int[] {0, 0});
                });
    }
}
