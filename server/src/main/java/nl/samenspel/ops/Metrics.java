package nl.samenspel.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.samenspel.session.SessionMetrics;

/**
 * One server's meters, scraped at {@code /metrics}. A Vert.x built by {@link #vertx()} adds
 * its own (HTTP and websocket connections, event-bus messages between nodes); ours are the
 * workshop's: live sockets and sessions, commands and rejections, journal and fan-out latency.
 */
public final class Metrics implements SessionMetrics {

    private static final Duration[] LATENCY_BUCKETS = {
            Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(5)};

    /**
     * Vert.x's Micrometer metrics (vertx-micrometer-metrics 5.0.x) register the same per-server
     * connection gauge again for every connection a server accepts (its NetServerSocketMetric;
     * vert-x3/vertx-micrometer-metrics#259), and Micrometer since 1.13.9 warns when a gauge is
     * registered twice. It is one server and one gauge, not two: the second registration returns
     * the first gauge, so nothing is counted wrong. The warning is dropped for Vert.x's own meters
     * only (names starting {@code vertx.}); Micrometer writes its first such warning only, later
     * ones at debug level. Held here: a logger only referenced by name may be collected, and its
     * filter with it.
     */
    private static final Logger MICROMETER = Logger.getLogger("io.micrometer.core.instrument.MeterRegistry");

    static {
        MICROMETER.setFilter(Metrics::notVertxGaugeRegisteredAgain);
    }

    static boolean notVertxGaugeRegisteredAgain(LogRecord r) {
        String message = r.getMessage();
        return message == null || !(message.startsWith("This Gauge has been already registered (MeterId{name='vertx."));
    }

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter accepted;
    private final Map<String, Counter> rejected = new ConcurrentHashMap<>();
    private final Timer journal;
    private final Timer fanOut;
    private final Timer groupCommit;
    private final Timer acrossNodes;

    public Metrics() {
        accepted = Counter.builder("samenspel.commands.accepted").description("commands acknowledged").register(registry);
        journal = latency("samenspel.journal.append", "a journal append, from the session actor to durable");
        fanOut = latency("samenspel.fanout", "a command reaching its actor until its frames are published");
        groupCommit = latency("samenspel.store.group.commit", "one PostgreSQL group commit (all statements and the commit)");
        acrossNodes = latency("samenspel.bus.remote.ask",
                "a gateway's message to a session actor on another node, until its answer is back (clustered event bus)");
    }

    private Timer latency(String name, String description) {
        return Timer.builder(name).description(description).serviceLevelObjectives(LATENCY_BUCKETS)
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(5)).register(registry);
    }

    /** A Vert.x whose own meters go to this registry. */
    public Vertx vertx() {
        MicrometerMetricsOptions options = new MicrometerMetricsOptions().setEnabled(true).setJvmMetricsEnabled(false);
        return Vertx.builder().with(new VertxOptions().setMetricsOptions(options))
                .withMetrics(new MicrometerMetricsFactory(registry)).build();
    }

    /** Gauges read when scraped, so they never go stale. */
    public void gauges(IntSupplier liveSessions, IntSupplier openSockets) {
        Gauge.builder("samenspel.sessions.live", liveSessions::getAsInt).description("sessions in memory on this node").register(registry);
        Gauge.builder("samenspel.sockets.open", openSockets::getAsInt).description("open live websockets on this node").register(registry);
    }

    public void groupCommitted(long nanos) {
        groupCommit.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void accepted() {
        accepted.increment();
    }

    @Override
    public void rejected(String code) {
        rejected.computeIfAbsent(code, c -> Counter.builder("samenspel.commands.rejected").tag("code", c)
                .description("commands answered with an error, by its code").register(registry)).increment();
    }

    @Override
    public void journalled(long nanos) {
        journal.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void fannedOut(long nanos) {
        fanOut.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void askedAcrossNodes(long nanos) {
        acrossNodes.record(nanos, TimeUnit.NANOSECONDS);
    }

    PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The text Prometheus scrapes. */
    public String scrape() {
        return registry.scrape();
    }
}
