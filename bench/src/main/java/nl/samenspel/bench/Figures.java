package nl.samenspel.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** The figures of one measured run, named as docs/BENCHMARKS.md and the results JSON name them. */
final class Figures {

    private Figures() {
    }

    static JsonObject report(Metrics metrics, Metrics.Summary s, int participants, long playMs, long cpuMs, long heapKiB, long rssKiB,
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
        if (metrics.errorCount() > 0) out.put("firstErrors", firstErrors(metrics));
        return out;
    }

    static JsonArray firstErrors(Metrics metrics) {
        return new JsonArray(metrics.errors().subList(0, Math.min(5, metrics.errorCount())));
    }

    static JsonObject gc(List<Double> pauses) {
        return new JsonObject().put("gcPauses", pauses.size())
                .put("gcPauseTotalMs", pauses.stream().mapToDouble(Double::doubleValue).sum())
                .put("gcPauseMaxMs", pauses.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }
}
