package nl.samenspel;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import nl.samenspel.config.Config;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.export.Exports;
import nl.samenspel.export.ReportData;
import nl.samenspel.format.Formats;
import nl.samenspel.format.cards.CardsFormat;
import nl.samenspel.format.open.OpenFormat;
import nl.samenspel.http.HttpVerticle;
import nl.samenspel.json.Json;
import nl.samenspel.live.CommandCodec;
import nl.samenspel.session.Retention;
import nl.samenspel.session.SessionRegistry;
import nl.samenspel.session.SessionRuntime;
import nl.samenspel.session.Sessions;
import nl.samenspel.session.bus.LocalCodec;
import nl.samenspel.session.view.EventView;
import nl.samenspel.session.view.SnapshotView;
import nl.samenspel.session.view.ViewContext;
import nl.samenspel.store.JournalCodec;
import nl.samenspel.store.SessionStore;
import nl.samenspel.store.sqlite.SqliteSessionStore;

/** The whole server, wired: formats, content, store, session actors, HTTP and websockets. */
public final class Samenspel {

    /** How many recent changes each session keeps to catch up reconnecting clients. */
    private static final int RECENT_CHANGES = 200;
    private static final int SNAPSHOT_EVERY = 500;

    private final Vertx vertx;
    private final SessionStore store;
    private final Sessions sessions;
    private final SessionRegistry registry;
    private final int port;

    private Samenspel(Vertx vertx, SessionStore store, Sessions sessions, SessionRegistry registry, int port) {
        this.vertx = vertx;
        this.store = store;
        this.sessions = sessions;
        this.registry = registry;
        this.port = port;
    }

    public static Formats formats() {
        return new Formats(List.of(new OpenFormat(), new CardsFormat()));
    }

    public static Future<Samenspel> start(Vertx vertx, Config config) {
        LongSupplier clock = System::currentTimeMillis;
        Formats formats = formats();
        Json json = new Json(formats.jsonTypes());
        ContentLibrary content = new ContentLibrary(json.records()).loadBuiltIn();
        SessionStore store;
        try {
            store = SqliteSessionStore.open(vertx, config.databaseFile(), config.sqliteSync());
        } catch (Exception e) {
            return Future.failedFuture(e);
        }
        LocalCodec.registerAll(vertx.eventBus());
        JournalCodec codec = new JournalCodec(formats.eventTypes(), json, formats::rules);
        ViewContext views = new ViewContext(config.publicUrl(), formats::view);
        SessionRegistry registry = new SessionRegistry(vertx);
        SessionRuntime runtime = new SessionRuntime(store, codec, new SnapshotView(views), new EventView(views),
                new ReportData(formats::require), clock,
                config.timeScale(), RECENT_CHANGES, TimeUnit.MINUTES.toMillis(1),
                TimeUnit.MINUTES.toMillis(config.idleUnloadMinutes()), SNAPSHOT_EVERY, registry);
        registry.actors(runtime);
        Sessions sessions = new Sessions(vertx, registry, store, codec, formats, content, clock);
        CommandCodec commands = new CommandCodec(formats.commands());
        Exports exports = new Exports(formats);
        new Retention(store, registry, clock, config.retentionDays()).schedule(vertx);
        AtomicReference<HttpVerticle> first = new AtomicReference<>();
        return vertx.deployVerticle(() -> {
                    HttpVerticle v = new HttpVerticle(config, sessions, store, commands, exports, clock);
                    first.compareAndSet(null, v);
                    return v;
                }, new DeploymentOptions().setInstances(config.httpInstances()))
                .map(id -> new Samenspel(vertx, store, sessions, registry, first.get().port()));
    }

    public int port() {
        return port;
    }

    public Sessions sessions() {
        return sessions;
    }

    public SessionRegistry registry() {
        return registry;
    }

    /** Stops the server: session actors write their snapshots, then the store closes. */
    public Future<Void> close() {
        return vertx.close().eventually(store::close);
    }
}
