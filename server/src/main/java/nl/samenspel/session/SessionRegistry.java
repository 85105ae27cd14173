package nl.samenspel.session;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.shareddata.Lock;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The session actors running on this node: deploys one when a session is first used and
 * forgets it when it unloads. At most one actor per session runs at any time: on one node
 * this map sees to it; in a cluster a node must first hold the session's cluster-wide lock
 * (kept while the node lives, freed when it unloads the session or dies), and the journal's
 * ownership epoch refuses the writes of a node that lost it without noticing.
 */
public final class SessionRegistry {

    /** How long a node waits for a session's lock before concluding another node has the session. */
    private static final long LOCK_WAIT_MS = 100;
    /** The failure code of an actor that is ending (unloading, or its node stopping): the session is handed on, ask again. */
    public static final int HANDED_ON = 410;

    private final Vertx vertx;
    private final boolean clustered;
    /** A context of no deployment, where actors are deployed (see {@link #deploy}). */
    private final ContextInternal home;
    private final ConcurrentHashMap<String, Future<String>> actors = new ConcurrentHashMap<>();
    /** The actors this node owns in a cluster, by deployment id: a graceful stop hands each over. */
    private final ConcurrentHashMap<String, SessionActor> owned = new ConcurrentHashMap<>();
    private BiFunction<String, Lock, SessionActor> factory;
    /** Set once the node shuts down: it takes no session any more, so the others can take its sessions. */
    private volatile boolean draining;

    public SessionRegistry(Vertx vertx) {
        this(vertx, false);
    }

    public SessionRegistry(Vertx vertx, boolean clustered) {
        this.vertx = vertx;
        this.clustered = clustered;
        this.home = ((VertxInternal) vertx).createEventLoopContext();
    }

    /**
     * Deploys an actor as a top-level deployment. Deployed from the context of the gateway that
     * first asked (an HTTP verticle's), it would be that verticle's child, and closing the HTTP
     * server at a graceful stop would stop every actor with it, before they are handed over.
     * The caller hears back on its own context.
     */
    private Future<String> deploy(SessionActor actor) {
        Promise<String> deployed = ((VertxInternal) vertx).getOrCreateContext().promise();
        home.runOnContext(v -> vertx.deployVerticle(actor).onComplete(deployed));
        return deployed.future();
    }

    public boolean clustered() {
        return clustered;
    }

    /** Tells the registry how to start actors (set once, when the server is wired). */
    public void actors(SessionRuntime runtime) {
        this.factory = (code, lock) -> new SessionActor(code, runtime, lock);
    }

    /**
     * Makes sure the session's actor runs, here or (in a cluster) on the node that holds it;
     * fails with {@link UnknownSessionException} for an unknown code.
     */
    public Future<Void> ensure(String code) {
        if (draining) {
            return clustered ? Future.succeededFuture() : Future.failedFuture(new IllegalStateException("the server is shutting down"));
        }
        Future<String> deployment = actors.computeIfAbsent(code, c -> clustered ? own(c) : deploy(factory.apply(c, null)));
        deployment.onFailure(e -> actors.remove(code, deployment));
        return deployment.<Void>mapEmpty().recover(e -> e instanceof OwnedElsewhere ? Future.succeededFuture() : Future.failedFuture(e));
    }

    private Future<String> own(String code) {
        return vertx.sharedData().getLockWithTimeout("samenspel.session." + code, LOCK_WAIT_MS)
                .recover(e -> Future.failedFuture(new OwnedElsewhere()))
                .compose(lock -> {
                    SessionActor actor = factory.apply(code, lock);
                    return deploy(actor).onSuccess(id -> owned.put(id, actor)).onFailure(e -> lock.release());
                });
    }

    /** Another node holds the session: messages reach its actor over the clustered event bus. */
    private static final class OwnedElsewhere extends RuntimeException {
        OwnedElsewhere() {
            super(null, null, false, false);
        }
    }

    /**
     * Hands every session on. On a single node its actor stops (finishes its writes and
     * snapshots). In a cluster each actor is handed over explicitly while this node is still a
     * member (see {@link SessionActor#handOver()}): it finishes its writes, snapshots and
     * releases the session's lock, and then refuses every message with {@link #HANDED_ON} until
     * the node leaves, so that the sender asks again and its node becomes the owner at once.
     */
    public Future<Void> drain() {
        draining = true;
        List<Future<Void>> stops = actors.entrySet().stream().map(e -> handOn(e.getValue())).toList();
        return Future.join(stops).<Void>mapEmpty().onComplete(v -> actors.clear());
    }

    private Future<Void> handOn(Future<String> deployment) {
        if (!clustered) return deployment.compose(vertx::undeploy).otherwiseEmpty();
        // The actor stays deployed: a message the cluster still routes here is refused at once
        // instead of dropped (a node drops messages for an address it has no handler for, and
        // their senders wait out their timeout). Vert.x undeploys it when the node leaves.
        return deployment.compose(id -> {
            SessionActor actor = owned.get(id);
            return actor == null ? Future.<Void>succeededFuture() : actor.handOver();
        }).otherwiseEmpty();
    }

    /** True once this node stops: it takes no session any more. */
    public boolean draining() {
        return draining;
    }

    void unloaded(String code, String deploymentId) {
        owned.remove(deploymentId);
        actors.computeIfPresent(code, (c, d) -> d.succeeded() && deploymentId.equals(d.result()) ? null : d);
    }

    /** True when this node runs the session's actor now (not merely trying to). */
    public boolean owns(String code) {
        Future<String> d = actors.get(code);
        return d != null && d.succeeded();
    }

    public boolean loaded(String code) {
        return actors.containsKey(code);
    }

    public int size() {
        return actors.size();
    }
}
