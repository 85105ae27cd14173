package nl.samenspel.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.ext.web.client.WebClient;
import java.util.ArrayList;
import java.util.List;

/**
 * The load generator's side: one Vert.x and one set of clients in this process (one clock for
 * every simulated participant), and the starting, stopping and checking of many sessions at once.
 */
final class Load {

    final Vertx vertx;
    final WebSocketClient ws;
    final WebClient http;
    private final Options options;

    Load(Options options) {
        this.options = options;
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        this.ws = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(50_000).setConnectTimeout(30_000)
                .setMaxFrameSize(SimSession.BIG).setMaxMessageSize(SimSession.BIG));
        this.http = WebClient.create(vertx);
    }

    SimSession session(int port, int index, int people, long noteEveryMs, Metrics metrics) {
        return new SimSession(vertx, ws, http, port, index, people, noteEveryMs, metrics);
    }

    /** {@code count} sessions of 25 at the default note rate, numbered from {@code first}: started, then playing. */
    List<SimSession> playing(ServerProcess server, Metrics metrics, int first, int count) {
        List<SimSession> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) sessions.add(session(server.port(), first + i, 25, options.noteEveryMs(10), metrics));
        startAll(sessions);
        sessions.forEach(SimSession::play);
        return sessions;
    }

    static void startAll(List<SimSession> sessions) {
        List<Future<Void>> started = new ArrayList<>();
        // A few at a time, as a morning fills up, rather than every handshake at once.
        for (SimSession s : sessions) {
            started.add(s.start());
            if (started.size() % 10 == 0) Future.all(started).await();
        }
        Future.all(started).await();
    }

    static int stopAll(List<SimSession> sessions) {
        return stopAll(sessions, 5_000);
    }

    static int stopAll(List<SimSession> sessions, long graceMs) {
        List<Future<Integer>> stopped = new ArrayList<>();
        sessions.forEach(s -> stopped.add(s.stop(graceMs)));
        Future.all(stopped).await();
        return stopped.stream().mapToInt(Future::result).sum();
    }

    static int verifyAll(List<SimSession> sessions) {
        int lost = 0;
        for (SimSession s : sessions) lost += s.verify().await();
        return lost;
    }

    void close() {
        vertx.close().await();
    }
}
