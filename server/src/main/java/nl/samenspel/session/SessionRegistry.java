package nl.samenspel.session;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.shareddata.Lock;
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

    private final Vertx vertx;
    private final boolean clustered;
    private final ConcurrentHashMap<String, Future<String>> actors = new ConcurrentHashMap<>();
    private BiFunction<String, Lock, SessionActor> factory;

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

    void unloaded(String code, String deploymentId) {
        actors.computeIfPresent(code, (c, d) -> d.succeeded() && deploymentId.equals(d.result()) ? null : d);
    }

    public boolean loaded(String code) {
        return actors.containsKey(code);
    }

    public int size() {
        return actors.size();
    }
}
