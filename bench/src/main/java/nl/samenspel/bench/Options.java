package nl.samenspel.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The bench's {@code --name=value} options (a bare {@code --name} is {@code true}), with their defaults. */
final class Options {

    /**
     * relay: the floor; durable: the relay with a journal forced to disk before each ack and
     * fan-out (what durability alone costs); samenspel: one node on SQLite; postgres: one node on PostgreSQL;
     * cluster: {@code --nodes} (3) nodes on one PostgreSQL database, participants spread over them.
     */
    private static final List<String> TARGETS = List.of("relay", "durable", "samenspel", "postgres", "cluster");

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String a : args) {
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                values.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "true" : a.substring(eq + 1));
            }
        }
        return new Options(values);
    }

    String get(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    int integer(String name, String otherwise) {
        return Integer.parseInt(get(name, otherwise));
    }

    double decimal(String name, String otherwise) {
        return Double.parseDouble(get(name, otherwise));
    }

    List<String> targets() {
        List<String> t = List.of(get("targets", "relay,samenspel").split(","));
        for (String x : t) if (!TARGETS.contains(x)) throw new IllegalArgumentException("unknown target '" + x + "'; one of " + TARGETS);
        return t;
    }

    /**
     * Unmeasured play before a window. A minute, not less: after 10 s the server's JIT is still
     * compiling through the window (about 630 compilations in 30 s, 56 after a minute), which the
     * relays' smaller code never shows (docs/BENCHMARKS.md, 2026-12-04 evening).
     */
    int warmUpSeconds() {
        return integer("warmUp", "60");
    }

    /** {@code --noteEvery} seconds when given, else the scenario's own. */
    long noteEveryMs(double scenarioDefault) {
        return (long) (decimal("noteEvery", Double.toString(scenarioDefault)) * 1000);
    }

    List<String> jvm() {
        String args = get("jvm", "");
        return args.isBlank() ? List.of() : List.of(args.split(" "));
    }
}
