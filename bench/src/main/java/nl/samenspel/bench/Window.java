package nl.samenspel.bench;

import java.io.IOException;

/**
 * One measuring window on the server under test: the bench's own metrics, the server's GC
 * pauses and its CPU time all count from the moment the window opens, not from the warm-up.
 */
record Window(ServerProcess server, long cpuBefore, long startNanos) {

    static Window open(ServerProcess server, Metrics metrics) throws IOException {
        metrics.clear();
        long cpu = server.cpuMillis();
        server.gcPauses(); // read and dropped: the pauses before the window are the warm-up's
        return new Window(server, cpu, System.nanoTime());
    }

    /** Milliseconds since the window opened. */
    long ms() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** The server's CPU milliseconds since the window opened. */
    long cpuMs() throws IOException {
        return server.cpuMillis() - cpuBefore;
    }
}
