package nl.samenspel.session;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The session actors running on this node: deploys one when a session is first used and
 * forgets it when it unloads. At most one actor per session runs at any time.
 */
public final class SessionRegistry {

    private final Vertx vertx;
    private final ConcurrentHashMap<String, Future<String>> actors = new ConcurrentHashMap<>();
    private Function<String, SessionActor> factory;

    public SessionRegistry(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Tells the registry how to start actors (set once, when the server is wired). */
    public void actors(SessionRuntime runtime) {
        this.factory = code -> new SessionActor(code, runtime);
    }

    /** Makes sure the session's actor runs; fails with {@link UnknownSessionException} for an unknown code. */
    public Future<Void> ensure(String code) {
        Future<String> deployment = actors.computeIfAbsent(code, c -> vertx.deployVerticle(factory.apply(c)));
        deployment.onFailure(e -> actors.remove(code, deployment));
        return deployment.mapEmpty();
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
