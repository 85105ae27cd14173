package nl.samenspel.http;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import nl.samenspel.config.Config;
import nl.samenspel.content.Library;
import nl.samenspel.format.Exports;
import nl.samenspel.format.Formats;
import nl.samenspel.live.CommandCodec;
import nl.samenspel.live.LiveGateway;
import nl.samenspel.ops.Metrics;
import nl.samenspel.session.Sessions;
import nl.samenspel.store.SessionStore;

/** The HTTP server of one event loop: the REST API, the web client, the health check and the websocket gateway. */
public final class HttpVerticle extends VerticleBase {

    /** Context mark of a page search engines may not list; see securityHeaders. */
    private static final String NOINDEX = "samenspel.noindex";

    private final Config config;
    private final Sessions sessions;
    private final Formats formats;
    private final SessionStore store;
    private final CommandCodec commands;
    private final Exports exports;
    private final Library library;
    private final LongSupplier clock;
    private final Metrics metrics;
    private final BooleanSupplier clusterJoined;
    private HttpServer server;
    private LiveGateway gateway;

    public HttpVerticle(Config config, Sessions sessions, Formats formats, SessionStore store, CommandCodec commands,
                        Exports exports, Library library, LongSupplier clock, Metrics metrics, BooleanSupplier clusterJoined) {
        this.config = config;
        this.sessions = sessions;
        this.formats = formats;
        this.store = store;
        this.commands = commands;
        this.exports = exports;
        this.library = library;
        this.clock = clock;
        this.metrics = metrics;
        this.clusterJoined = clusterJoined;
    }

    @Override
    public Future<?> start() {
        gateway = new LiveGateway(vertx, sessions, commands, config, clock);
        OriginPolicy origins = new OriginPolicy(config.publicUrl(), config.allowedOrigins());
        HttpServerOptions options = new HttpServerOptions()
                .setHost(config.host())
                .setPort(config.port())
                .setMaxWebSocketFrameSize(LiveGateway.TRANSPORT_LIMIT)
                .setMaxWebSocketMessageSize(LiveGateway.TRANSPORT_LIMIT)
                .setCompressionSupported(true);
        server = vertx.createHttpServer(options)
                .requestHandler(router())
                .webSocketHandshakeHandler(handshake -> {
                    if (!LiveGateway.PATH.equals(handshake.path())) handshake.reject(404);
                    else if (!origins.allows(handshake.headers().get("origin"), handshake.authority())) handshake.reject(403);
                    else handshake.accept();
                })
                .webSocketHandler(gateway::accept);
        return server.listen();
    }

    public int port() {
        return server.actualPort();
    }

    private Router router() {
        Router router = Router.router(vertx);
        SessionApi api = new SessionApi(sessions, formats, config, exports);
        router.route().handler(this::securityHeaders);
        router.get("/health").handler(this::health);
        router.get("/ready").handler(this::ready);
        router.get("/metrics").handler(ctx -> ctx.response().putHeader("content-type", "text/plain; version=0.0.4; charset=utf-8")
                .putHeader("cache-control", "no-store").end(metrics.scrape()));
        router.post("/api/sessions").handler(BodyHandler.create(false).setBodyLimit(64 * 1024)).handler(api::create);
        router.get("/api/sessions/:code").handler(api::get);
        router.get("/api/sessions/:code/qr.svg").handler(api::qr);
        router.get("/api/network").handler(api::network);
        router.get("/api/sessions/:code/export/:name").handler(api::export);
        router.get("/api/catalogue").handler(api::catalogue);
        router.get("/api/formats/:format/setup").handler(api::setup);
        EditorAccess access = new EditorAccess(config.passcode());
        LibraryApi content = new LibraryApi(library, access);
        BodyHandler packBody = BodyHandler.create(false).setBodyLimit(2 * 1024 * 1024);
        router.get("/api/library/access").handler(ctx -> ApiErrors.json(ctx, 200, new JsonObject()
                .put("editable", access.allowed(ctx)).put("passcodeRequired", access.passcodeRequired())));
        router.get("/api/library").handler(content::list);
        router.get("/api/library/packs/:id").handler(content::get);
        router.get("/api/library/packs/:id/export").handler(content::export);
        router.post("/api/library/packs").handler(packBody).handler(content::importPack);
        router.put("/api/library/packs/:id").handler(packBody).handler(content::save);
        router.delete("/api/library/packs/:id").handler(content::remove);
        // The library is for trainers: search engines may not list it (a reroute clears the headers
        // set so far, so the mark is kept in the context and securityHeaders adds the header).
        router.get("/bibliotheek").handler(ctx -> {
            ctx.put(NOINDEX, true);
            ctx.next();
        });
        // One page for the start page, the live views and the library, and one for every print
        // view: each page's script starts the view the path names.
        for (String view : new String[] {"/j/:code", "/j", "/f/:code", "/p/:code", "/bibliotheek"}) {
            router.get(view).handler(ctx -> ctx.reroute("/index.html"));
        }
        // Only the print views that exist: a mistyped link gets the 404 of any unknown path, not an empty page.
        router.get("/print/:page").handler(ctx -> {
            if (PrintPages.exists(ctx.pathParam("page"))) ctx.reroute("/print.html");
            else ctx.next();
        });
        // max-age 0 with Last-Modified: browsers revalidate, so after an update no one mixes old and new modules.
        router.route().handler(StaticHandler.create("web").setCachingEnabled(true).setMaxAgeSeconds(0));
        router.route("/api/*").last().handler(ctx -> ApiErrors.send(ctx, 404, "not_found", "no such API path", null));
        return router;
    }

    private void securityHeaders(RoutingContext ctx) {
        ctx.response()
                .putHeader("x-content-type-options", "nosniff")
                .putHeader("referrer-policy", "no-referrer")
                .putHeader("x-frame-options", "DENY")
                .putHeader("content-security-policy",
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'");
        if (Boolean.TRUE.equals(ctx.get(NOINDEX))) ctx.response().putHeader("x-robots-tag", "noindex");
        ctx.next();
    }

    /**
     * Alive: this process answers. It does not ask the store, so an orchestrator does not
     * restart every node while only the database is away; {@code /ready} says that.
     */
    private void health(RoutingContext ctx) {
        ctx.response().putHeader("content-type", "application/json").putHeader("cache-control", "no-store")
                .end(new JsonObject().put("status", "ok").put("liveConnections", gateway.connections())
                        .put("lagging", gateway.stats().toJson()).encode());
    }

    /** 200 when the store can write now and (in a cluster) this node is a member, so a load balancer sends it work; 503 otherwise. */
    private void ready(RoutingContext ctx) {
        boolean joined = clusterJoined.getAsBoolean();
        store.probe().onComplete(ar -> {
            boolean ok = ar.succeeded() && joined;
            ctx.response()
                    .setStatusCode(ok ? 200 : 503)
                    .putHeader("content-type", "application/json")
                    .putHeader("cache-control", "no-store")
                    .end(new JsonObject().put("status", ok ? "ready" : !joined ? "not in the cluster" : "store unavailable")
                            .put("store", ar.succeeded()).put("cluster", joined).put("liveConnections", gateway.connections()).encode());
        });
    }
}
