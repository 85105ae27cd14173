package nl.samenspel.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plays a scenario several times against every target and prints and returns the medians and ratios. */
final class Repeats {

    private Repeats() {
    }

    interface Run {
        JsonObject once(String target) throws Exception;
    }

    /**
     * Runs the scenario {@code runs} times against every target, alternating (and swapping
     * which goes first each run, so neither always meets the same background load), then gives
     * each target's medians and the ratio Samenspel / relay (and / durable relay) of every figure.
     */
    static JsonObject repeat(String name, int runs, List<String> targets, Run run) throws Exception {
        Map<String, JsonArray> byTarget = new LinkedHashMap<>();
        targets.forEach(t -> byTarget.put(t, new JsonArray()));
        for (int i = 1; i <= runs; i++) {
            List<String> order = new ArrayList<>(targets);
            if (i % 2 == 0) Collections.reverse(order);
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
        if (medians.containsKey("samenspel")) {
            if (medians.containsKey("relay")) out.put("ratio", ratioTo("relay", name, medians));
            if (medians.containsKey("durable")) out.put("ratioToDurable", ratioTo("durable", name, medians));
        }
        if (byTarget.containsKey("samenspel") && byTarget.size() > 1) out.put("ratioToSqliteWithinRun", ratiosWithinRuns(name, byTarget));
        return out;
    }

    /** Samenspel's medians over a floor's ({@code relay} or {@code durable}). */
    private static JsonObject ratioTo(String floor, String name, Map<String, JsonObject> medians) {
        JsonObject ratio = new JsonObject();
        JsonObject relay = medians.get(floor);
        JsonObject ours = medians.get("samenspel");
        System.out.printf("== %s: %-24s %12s %12s %8s%n", name, "figure (median)", floor, "samenspel", "ratio");
        for (String key : ours.fieldNames()) {
            if (!relay.containsKey(key)) continue;
            double a = relay.getDouble(key);
            double b = ours.getDouble(key);
            if (a != 0) ratio.put(key, b / a);
            System.out.printf("== %s: %-24s %12.2f %12.2f %8s%n", name, key, a, b, a == 0 ? "—" : String.format(Locale.ROOT, "%.2f", b / a));
        }
        return ratio;
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
                Collections.sort(ratios);
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
}
