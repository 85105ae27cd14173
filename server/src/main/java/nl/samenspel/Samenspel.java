package nl.samenspel;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import nl.samenspel.config.Config;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.format.Exports;
import nl.samenspel.session.view.ReportData;
import nl.samenspel.format.Formats;
import nl.samenspel.http.HttpVerticle;
import nl.samenspel.json.Json;
import nl.samenspel.live.CommandCodec;
import nl.samenspel.live.LiveStats;
import nl.samenspel.ops.Metrics;
import nl.samenspel.session.Retention;
import nl.samenspel.session.SessionRegistry;
import nl.samenspel.session.SessionRuntime;
import nl.samenspel.session.Sessions;
import nl.samenspel.session.bus.BusCodec;
import nl.samenspel.session.view.EventView;
import nl.samenspel.session.view.SnapshotView;
import nl.samenspel.session.view.ViewContext;
import nl.samenspel.session.journal.JournalCodec;
import nl.samenspel.store.SessionStore;
import nl.samenspel.store.Storage;
import nl.samenspel.store.ContentStore;
import nl.samenspel.content.Library;

/** The whole server, wired: formats, content, store, session actors, HTTP and websockets. */
public final class Samenspel {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Samenspel.class.getName());

    /** How many recent changes each session keeps to catch up reconnecting clients. */
    private static final int RECENT_CHANGES = 200;
    private static final int SNAPSHOT_EVERY = 500;

    private final Vertx vertx;
    private final SessionStore store;
    private final Sessions sessions;
    private final SessionRegistry registry;
    private final int port;
    private final String storage;
    private final String http;

    private Samenspel(Vertx vertx, SessionStore store, Sessions sessions, SessionRegistry registry, int port,
                      String storage, String http) {
        this.vertx = vertx;
        this.store = store;
        this.sessions = sessions;
        this.registry = registry;
        this.port = port;
        this.storage = storage;
        this.http = http;
    }

    /**
     * Every format this server runs, one line each (a new format's only edit outside its own
     * package), in the order the start page lists them: the workshop formats, then the open session.
     */
    public static Formats formats() {
        return new Formats(List.of(
                new nl.samenspel.format.dilemma.DilemmaFormat(),
                new nl.samenspel.format.cards.CardsFormat(),
                new nl.samenspel.format.spearheads.SpearheadsFormat(),
                new nl.samenspel.format.stelling.StellingFormat(),
                new nl.samenspel.format.open.OpenFormat()));
    }

    /**
     * The formats and the content library: the costliest part of a cold start (reading and
     * checking every pack), so it runs on a thread of its own while Vert.x and the store come up.
     */
    public record Foundations(Formats formats, Json json, ContentLibrary content) {

        public static CompletableFuture<Foundations> load() {
            return load(null);
        }

        /**
         * @param contentFolder where the built-in packs are read from; null for the jar's {@code content/}.
         *                      A pack there that cannot be used is reported and skipped: the server starts.
         */
        public static CompletableFuture<Foundations> load(Path contentFolder) {
            CompletableFuture<Foundations> loaded = new CompletableFuture<>();
            Thread loader = new Thread(() -> {
                try {
                    Formats formats = Samenspel.formats();
                    Json json = new Json(formats.jsonTypes());
                    ContentLibrary content = contentFolder == null ? formats.content(json.records())
                            : formats.content(json.records(), contentFolder);
                    loaded.complete(new Foundations(formats, json, content));
                } catch (RuntimeException | Error e) {
                    loaded.completeExceptionally(e);
                }
            }, "samenspel-content");
            loader.start();
            return loaded;
        }
    }

    public static Future<Samenspel> start(Vertx vertx, Config config) {
        return start(vertx, config, Foundations.load());
    }

    /** @param foundations from {@link Foundations#load()}, started as early as possible */
    public static Future<Samenspel> start(Vertx vertx, Config config, CompletableFuture<Foundations> foundations) {
        return start(vertx, config, foundations, new Metrics());
    }

    /**
     * @param metrics where the server's meters go; build {@code vertx} with {@link Metrics#vertx()}
     *                to have Vert.x's own meters there too
     */
    public static Future<Samenspel> start(Vertx vertx, Config config, CompletableFuture<Foundations> foundations,
                                          Metrics metrics) {
        return Storage.open(vertx, config, metrics::groupCommitted).compose(storage ->
                Future.fromCompletionStage(foundations, vertx.getOrCreateContext())
                        .compose(f -> wire(vertx, config, f, storage, metrics))
                        .onFailure(e -> storage.close()));
    }

    private static Future<Samenspel> wire(Vertx vertx, Config config, Foundations f, Storage storage, Metrics metrics) {
        LongSupplier clock = System::currentTimeMillis;
        Formats formats = f.formats();
        Json json = f.json();
        SessionStore store = storage.sessions();
        ContentStore packs = storage.content();
        BusCodec.registerAll(vertx.eventBus(), json.records());
        JournalCodec codec = new JournalCodec(formats.eventTypes(), json, formats::rules);
        ViewContext views = new ViewContext(config.publicUrl(), formats::view);
        SessionRegistry registry = new SessionRegistry(vertx, vertx.isClustered());
        // Ready in a cluster also means joined: a node cut off from the others must not take sockets.
        BooleanSupplier joined = vertx.isClustered()
                ? () -> ((io.vertx.core.internal.VertxInternal) vertx).clusterManager().isActive() : () -> true;
        SessionRuntime runtime = new SessionRuntime(store, codec, new SnapshotView(views), new EventView(views),
                new ReportData(formats::require), clock,
                config.timeScale(), RECENT_CHANGES, idleCheckMs(config),
                TimeUnit.SECONDS.toMillis(config.idleUnloadSeconds()), SNAPSHOT_EVERY, registry, metrics,
                vertx.isClustered() ? ((io.vertx.core.internal.VertxInternal) vertx).clusterManager().getNodeId() : "local");
        registry.actors(runtime);
        Sessions sessions = new Sessions(vertx, registry, store, codec,
                setup -> formats.require(setup.format()).plan(setup, f.content()), formats::rules, f.content(), clock, metrics);
        CommandCodec commands = new CommandCodec(formats.commands());
        Exports exports = new Exports(formats);
        new Retention(store, registry::loaded, clock, config.retentionDays()).schedule(vertx);
        Library library = new Library(f.content(), packs, json.records(), clock);
        AtomicReference<HttpVerticle> first = new AtomicReference<>();
        LiveStats live = LiveStats.of(vertx);
        metrics.gauges(registry::size, () -> (int) live.openSockets());
        return library.loadOrganisationPacks().compose(loaded -> vertx.deployVerticle(() -> {
                    HttpVerticle v = new HttpVerticle(config, sessions, formats, store, commands, exports, library, clock, metrics, joined);
                    first.compareAndSet(null, v);
                    return v;
                }, new DeploymentOptions().setInstances(config.httpInstances())))
                .map(id -> new Samenspel(vertx, store, sessions, registry, first.get().port(), storage.description(), id));
    }

    /** Actors look for idleness every minute, or more often when the idle time is short. */
    private static long idleCheckMs(Config config) {
        return Math.max(100, Math.min(TimeUnit.MINUTES.toMillis(1), TimeUnit.SECONDS.toMillis(config.idleUnloadSeconds()) / 2));
    }

    public int port() {
        return port;
    }

    /** Which store this server writes to, for the start-up log line. */
    public String storage() {
        return storage;
    }

    public Sessions sessions() {
        return sessions;
    }

    public SessionRegistry registry() {
        return registry;
    }

    /**
     * Stops the server gracefully (SIGTERM): first it takes no sockets and closes the open ones
     * (their clients reconnect, through the load balancer, to another node), then it hands its
     * sessions over (each actor answers every new message with "ask again", finishes its writes,
     * snapshots and releases its lock), then the store closes and it leaves the cluster. In a
     * cluster another node owns each session from the first message after its lock is released,
     * while this node is still a member, instead of after the lease of a dead node.
     */
    public Future<Void> close() {
        long started = System.nanoTime();
        Promise<Void> closed = Promise.promise();
        vertx.undeploy(http).otherwiseEmpty()
                .compose(v -> {
                    LOG.info(String.format("stopping: sockets closed after %d ms; handing over %d sessions",
                            sinceMs(started), registry.size()));
                    return registry.drain();
                })
                .onComplete(v -> LOG.info(String.format("stopping: sessions handed over after %d ms", sinceMs(started))))
                // The store closes while Vert.x still runs: a future completed after Vert.x closed
                // would find no event loop to tell, and the shutdown would wait for it forever.
                .eventually(store::close)
                .onComplete(ar -> closeVertx(closed, started));
        return closed.future();
    }

    private static long sinceMs(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /**
     * Closes Vert.x from a thread of its own and answers on a future bound to no event loop:
     * one bound to a loop of this Vert.x could never be completed once the loops are gone.
     */
    private void closeVertx(Promise<Void> closed, long started) {
        new Thread(() -> {
            try {
                vertx.close().await(60, TimeUnit.SECONDS);
                LOG.info(String.format("Samenspel stopped, %d ms after the stop began" + (vertx.isClustered() ? " (it has left the cluster)" : ""), sinceMs(started)));
            } catch (java.util.concurrent.TimeoutException | RuntimeException e) {
                // Closed as far as it would go; the process or test carries on.
                LOG.warning(String.format("Samenspel stopped after %d ms, not cleanly: %s", sinceMs(started), e));
            } finally {
                closed.complete();
            }
        }, "samenspel-close").start();
    }
}
