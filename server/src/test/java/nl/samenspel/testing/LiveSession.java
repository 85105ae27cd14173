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
    private final Map<String, LiveClient> participants = new LinkedHashMap<>();
    private final Map<String, String> ids = new LinkedHashMap<>();

    private LiveSession(TestServer server, JsonObject body, String... names) {
        created = server.createSession(body);
        code = created.getString("code");
        facilitatorToken = created.getString("facilitatorToken");
        facilitator = server.client();
        welcome = facilitator.attach(code, facilitatorToken, 0);
        for (String name : names) {
            LiveClient c = server.client();
            ids.put(name, c.join(code, name).getJsonObject("you").getString("participant"));
            participants.put(name, c);
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
        return List.copyOf(participants.values());
    }

    /** The participant id the server gave {@code name}. */
    public String id(String name) {
        participant(name);
        return ids.get(name);
    }

    /** The connection of the participant who joined as {@code name}. */
    public LiveClient participant(String name) {
        LiveClient c = participants.get(name);
        if (c == null) throw new IllegalArgumentException("nobody joined as " + name);
        return c;
    }

    @Override
    public void close() {
        facilitator.close();
        participants.values().forEach(LiveClient::close);
    }
}
