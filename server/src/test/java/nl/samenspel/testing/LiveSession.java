package nl.samenspel.testing;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session on a live server with its facilitator attached and some participants joined,
 * each on a connection of their own: the set-up most websocket tests start from.
 * Closing it closes every connection it opened.
 */
public final class LiveSession implements AutoCloseable {

    /** The answer to {@code POST /api/sessions}: the code, the tokens and the join, console and projector URLs. */
    public final JsonObject created;
    public final String code;
    public final String facilitatorToken;
    public final LiveClient facilitator;
    /** The facilitator's welcome, with the snapshot the session started from. */
    public final JsonObject welcome;
    private final TestServer server;
    private final Map<String, Connection> participants = new LinkedHashMap<>();
    private Connection projector;

    /** One connection of the session's and the welcome it got. */
    private record Connection(LiveClient client, JsonObject welcome) { }

    private LiveSession(TestServer server, JsonObject body, String... names) {
        this.server = server;
        created = server.createSession(body);
        code = created.getString("code");
        facilitatorToken = created.getString("facilitatorToken");
        facilitator = server.client();
        welcome = facilitator.attach(code, facilitatorToken, 0);
        for (String name : names) {
            LiveClient c = server.client();
            participants.put(name, new Connection(c, c.join(code, name)));
        }
    }

    /** Creates an "open" session, attaches its facilitator and joins {@code names}, in that order. */
    public static LiveSession open(TestServer server, String... names) {
        return start(server, new JsonObject().put("format", "open"), names);
    }

    /** As {@link #open}, for the session that {@code body} asks {@code POST /api/sessions} for. */
    public static LiveSession start(TestServer server, JsonObject body, String... names) {
        return new LiveSession(server, body, names);
    }

    /** Everyone who joined, in the order they joined. */
    public List<LiveClient> participants() {
        return participants.values().stream().map(Connection::client).toList();
    }

    /** The participant id the server gave {@code name}. */
    public String id(String name) {
        return welcome(name).getJsonObject("you").getString("participant");
    }

    /** The welcome {@code name} got on joining (with the token to come back with). */
    public JsonObject welcome(String name) {
        return joined(name).welcome();
    }

    /** The room's projector, attached on a connection of its own the first time it is asked for. */
    public LiveClient projector() {
        if (projector == null) {
            LiveClient c = server.client();
            projector = new Connection(c, c.attach(code, created.getString("projectorToken"), 0));
        }
        return projector.client();
    }

    /** The welcome the projector got. */
    public JsonObject projectorWelcome() {
        projector();
        return projector.welcome();
    }

    /** The session as the facilitator sees it now, read on a connection of its own. */
    public JsonObject look() {
        try (LiveClient look = server.client()) {
            return look.attach(code, facilitatorToken, 0).getJsonObject("snapshot");
        }
    }

    /** The connection of the participant who joined as {@code name}. */
    public LiveClient participant(String name) {
        return joined(name).client();
    }

    private Connection joined(String name) {
        Connection c = participants.get(name);
        if (c == null) throw new IllegalArgumentException("nobody joined as " + name);
        return c;
    }

    @Override
    public void close() {
        facilitator.close();
        if (projector != null) projector.client().close();
        participants().forEach(LiveClient::close);
    }
}
