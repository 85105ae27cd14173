package nl.samenspel.bench;

import java.util.Arrays;

/** Recorded latencies in microseconds, with percentiles. Not thread-safe: record on one thread. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;

    void record(long micros) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = micros;
    }

    int count() {
        return size;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) record(other.values[i]);
    }

    /** The p-th percentile (0–100) in milliseconds, nearest rank. */
    double percentileMs(double p) {
        if (size == 0) return 0;
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, rank))] / 1000.0;
    }

    double maxMs() {
        return percentileMs(100);
    }

    void clear() {
        size = 0;
    }
}
