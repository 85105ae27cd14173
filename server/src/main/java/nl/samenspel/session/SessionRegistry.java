package nl.samenspel.session;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.shareddata.Lock;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import nl.samenspel.session.bus.ActorMessage;
import nl.samenspel.session.bus.Addresses;

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
    /** The failure code a shutting-down node answers with for a session it has handed on: ask again. */
    public static final int HANDED_ON = 410;

    private final Vertx vertx;
    private final boolean clustered;
    private final ConcurrentHashMap<String, Future<String>> actors = new ConcurrentHashMap<>();
    private BiFunction<String, Lock, SessionActor> factory;
    /** Set once the node shuts down: it takes no session any more, so the others can take its sessions. */
    private volatile boolean draining;

    public SessionRegistry(Vertx vertx) {
        this(vertx, false);
    }

    public SessionRegistry(Vertx vertx, boolean clustered) {
        this.vertx = vertx;
        this.clustered = clustered;
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
        Future<String> deployment = actors.computeIfAbsent(code, c -> clustered ? own(c) : vertx.deployVerticle(factory.apply(c, null)));
        deployment.onFailure(e -> actors.remove(code, deployment));
        return deployment.<Void>mapEmpty().recover(e -> e instanceof OwnedElsewhere ? Future.succeededFuture() : Future.failedFuture(e));
    }

    private Future<String> own(String code) {
        return vertx.sharedData().getLockWithTimeout("samenspel.session." + code, LOCK_WAIT_MS)
                .recover(e -> Future.failedFuture(new OwnedElsewhere()))
                .compose(lock -> vertx.deployVerticle(factory.apply(code, lock)).onFailure(e -> lock.release()));
    }

    /** Another node holds the session: messages reach its actor over the clustered event bus. */
    private static final class OwnedElsewhere extends RuntimeException {
        OwnedElsewhere() {
            super(null, null, false, false);
        }
    }

    /**
     * Hands every session on: each actor stops taking messages, finishes its writes, snapshots
     * and releases its lock (see {@link SessionActor#stop()}). Messages for those sessions then
     * find no handler here, and the gateways on other nodes make one of them the owner.
     */
    public Future<Void> drain() {
        draining = true;
        List<Future<Void>> stops = actors.entrySet().stream().map(e -> handOn(e.getKey(), e.getValue())).toList();
        return Future.join(stops).<Void>mapEmpty().onComplete(v -> actors.clear());
    }

    private Future<Void> handOn(String code, Future<String> deployment) {
        if (!clustered) return deployment.compose(vertx::undeploy).otherwiseEmpty();
        // A message the cluster still routes here would otherwise wait out its sender's timeout
        // (a node drops messages it has no handler for); refused, it is sent again at once.
        MessageConsumer<ActorMessage> refuser = vertx.eventBus().consumer(Addresses.actor(code),
                m -> m.fail(HANDED_ON, "session " + code + " is being handed on to another node"));
        // Once the session is free, the refuser goes too, while this node's bus still runs: the
        // others then find no handler at all and take the session without asking this node again.
        return refuser.completion().transform(v -> deployment.compose(vertx::undeploy))
                .transform(v -> refuser.unregister()).otherwiseEmpty();
    }

    void unloaded(String code, String deploymentId) {
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
