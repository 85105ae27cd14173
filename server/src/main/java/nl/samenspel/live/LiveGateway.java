package nl.samenspel.live;

import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import nl.samenspel.config.Config;
import nl.samenspel.session.Sessions;

/**
 * The websocket side of the server, one per event loop: accepts connections on {@code /live},
 * keeps the feeds of the sessions its connections belong to, and reaches the session actors
 * through {@link Sessions}. All of its state stays on its own event loop.
 */
public final class LiveGateway {

    public static final String PATH = "/live";
    /** The largest frame a client may send. */
    public static final int MAX_FRAME = 64 * 1024;
    /**
     * Messages up to this size get the error {@code frame_too_large}; above it the connection is
     * closed with 1009, by the gateway or (for a single frame) by the transport itself.
     */
    public static final int TRANSPORT_LIMIT = 256 * 1024;

    private final Vertx vertx;
    private final Sessions sessions;
    private final CommandCodec commands;
    private final Config config;
    private final LongSupplier clock;
    private final Map<String, SessionFeed> feeds = new HashMap<>();
    private final LiveStats stats;

    public LiveGateway(Vertx vertx, Sessions sessions, CommandCodec commands, Config config, LongSupplier clock) {
        this.vertx = vertx;
        this.sessions = sessions;
        this.commands = commands;
        this.config = config;
        this.clock = clock;
        this.stats = LiveStats.of(vertx);
    }

    public void accept(ServerWebSocket socket) {
        new Connection(socket, this).start();
    }

    Sessions sessions() { return sessions; }

    CommandCodec commands() { return commands; }

    Config config() { return config; }

    long now() { return clock.getAsLong(); }

    SessionFeed feed(String code) {
        return feeds.computeIfAbsent(code, c -> new SessionFeed(vertx, c));
    }

    void leave(String code, Connection connection) {
        SessionFeed feed = feeds.get(code);
        if (feed != null && feed.remove(connection)) feeds.remove(code);
    }

    /** Open websockets on /live across every event loop, attached or not (for /health). */
    public long connections() {
        return stats.openSockets();
    }

    public LiveStats stats() {
        return stats;
    }
}
