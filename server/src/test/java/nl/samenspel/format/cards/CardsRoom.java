package nl.samenspel.format.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.TestServer;

/**
 * A card game on a live server, set up as the websocket tests start from it: eight people at
 * two tables of four, the facilitator and the projector attached, in the playing step. Setting
 * it up checks that each phone got only its own table's game.
 */
final class CardsRoom {

    /** One simulated participant: their connection, id and label. */
    record Player(LiveClient client, String id, String name) {}

    final String code;
    final String facilitatorToken;
    final LiveClient facilitator;
    final LiveClient projector;
    final List<Player> players = new ArrayList<>();
    final Map<String, List<Player>> tables = new LinkedHashMap<>();
    private final TestServer server;

    private CardsRoom(TestServer server, JsonObject options) {
        this.server = server;
        JsonObject created = server.createSession(new JsonObject().put("format", "cards").put("pack", "kaartspel-mantelzorg")
                .put("title", "Teamoverleg").put("options", options));
        code = created.getString("code");
        facilitatorToken = created.getString("facilitatorToken");
        facilitator = server.client();
        assertEquals("welcome", facilitator.attach(code, facilitatorToken, 0).getString("type"));
        projector = server.client();
        assertEquals("welcome", projector.attach(code, created.getString("projectorToken"), 0).getString("type"));
        for (int i = 1; i <= 8; i++) {
            LiveClient c = server.client();
            JsonObject you = c.join(code, "Speler" + i).getJsonObject("you");
            players.add(new Player(c, you.getString("participant"), you.getString("label")));
        }
    }

    /** A session of eight people at two tables of four, in the playing step. */
    static CardsRoom open(TestServer server, JsonObject options) {
        CardsRoom r = new CardsRoom(server, options);
        r.facilitator.ack("tables.arrange", new JsonObject().put("maxSize", 4));
        for (Player p : r.players) {
            JsonObject snapshot = p.client().event("snapshot").getJsonObject("data");
            JsonObject cards = snapshot.getJsonObject("format");
            assertNotNull(cards, "the snapshot has the card game");
            assertFalse(cards.containsKey("catalogue"), "participants do not get the deck");
            for (Object t : snapshot.getJsonArray("tables")) {
                JsonObject table = (JsonObject) t;
                if (table.getJsonArray("seats").contains(p.id())) {
                    assertEquals(List.of(table.getString("id"), "plenary"), new ArrayList<>(cards.getJsonObject("games").fieldNames()),
                            "a phone sees its own table's game and the room's");
                }
            }
        }
        JsonObject state = server.get("/api/sessions/" + r.code, r.facilitatorToken).bodyAsJsonObject();
        for (Object t : state.getJsonArray("tables")) {
            JsonObject table = (JsonObject) t;
            List<Player> seated = new ArrayList<>();
            table.getJsonArray("seats").forEach(id -> seated.add(r.player((String) id)));
            r.tables.put(table.getString("id"), seated);
        }
        assertEquals(List.of("t1", "t2"), new ArrayList<>(r.tables.keySet()));
        int playStep = state.getJsonObject("format").getInteger("playStep");
        r.facilitator.ack("step.goto", new JsonObject().put("index", playStep));
        return r;
    }

    Player player(String id) {
        return players.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /** Everyone who receives this table's game: its players, the facilitator and the projector. */
    List<LiveClient> watching(String table) {
        List<LiveClient> out = new ArrayList<>();
        tables.get(table).forEach(p -> out.add(p.client()));
        out.add(facilitator);
        out.add(projector);
        return out;
    }

    /** One of the session's exports, as the facilitator downloads it. */
    HttpResponse<Buffer> export(String name) {
        return server.export(code, name, facilitatorToken);
    }

    void close() {
        players.forEach(p -> p.client().close());
        facilitator.close();
        projector.close();
    }
}
