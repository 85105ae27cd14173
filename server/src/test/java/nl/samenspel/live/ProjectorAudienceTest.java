package nl.samenspel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.LiveServer;
import nl.samenspel.testing.LiveSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The projector hangs in the room: it receives the plenary boards and the one spotlighted
 * board, never another table's flip-over and never an envelope (so no role, revealed or not).
 * Checked on every frame it receives.
 */
class ProjectorAudienceTest {

    @RegisterExtension
    static final LiveServer live = new LiveServer();

    /** The board a frame is about, or null. */
    private static String boardOf(JsonObject frame) {
        JsonObject data = frame.getJsonObject("data");
        if (data == null) return null;
        Object board = data.getValue("board");
        if (board instanceof JsonObject b) return b.getString("id");
        return board instanceof String id && !"spotlight.changed".equals(frame.getString("event")) ? id : null;
    }

    private static void assertMayShow(JsonObject snapshot, String spotlight, String where) {
        for (Object b : snapshot.getJsonArray("boards")) {
            String id = ((JsonObject) b).getString("id");
            assertTrue(id.startsWith("plenary") || id.equals(spotlight), where + ": board " + id);
        }
        assertTrue(snapshot.getJsonObject("envelopes").isEmpty(), where + ": envelopes " + snapshot.getJsonObject("envelopes"));
    }

    /** Every frame the projector got: what each may carry, given the spotlight when it was sent. */
    private static void assertEveryFrameMayBeShown(LiveClient projector) {
        String spotlight = null;
        for (JsonObject f : projector.seen()) {
            String where = f.encode();
            assertNotEquals("envelope.changed", f.getString("event"), where);
            assertNotEquals("role.assigned", f.getString("event"), where);
            JsonObject snapshot = "welcome".equals(f.getString("type")) ? f.getJsonObject("snapshot")
                    : "snapshot".equals(f.getString("event")) ? f.getJsonObject("data") : null;
            if (snapshot != null) {
                spotlight = snapshot.getString("spotlight");
                assertMayShow(snapshot, spotlight, where);
                continue;
            }
            String board = boardOf(f);
            if (board != null) assertTrue(board.startsWith("plenary") || board.equals(spotlight), where);
        }
    }

    private static String tableOf(JsonObject facilitatorSnapshot, String participant) {
        return facilitatorSnapshot.getJsonArray("participants").stream().map(o -> (JsonObject) o)
                .filter(o -> o.getString("id").equals(participant)).findFirst().orElseThrow().getString("table");
    }

    @Test
    void theProjectorGetsThePlenaryAndTheSpotlightedBoardOnly() {
        LiveSession session = LiveSession.open(live.server(), "Anna", "Bert", "Carla");
        LiveClient facilitator = session.facilitator;
        LiveClient projector = session.projector();
        assertEquals("welcome", session.projectorWelcome().getString("type"));
        LiveClient anna = session.participant("Anna");
        String annaId = session.id("Anna");
        LiveClient bert = session.participant("Bert");
        String bertId = session.id("Bert");
        LiveClient carla = session.participant("Carla");
        facilitator.ack("tables.arrange", new JsonObject().put("maxSize", 2));
        anna.event("snapshot");
        projector.event("snapshot"); // the tables were made
        JsonObject seating = session.look();
        String annasTable = tableOf(seating, annaId);
        if (tableOf(seating, bertId).equals(annasTable)) {
            bert.close();
            bert = carla; // then Carla sits at the other table
        } else {
            carla.close();
        }
        String other = annasTable.equals("t1") ? "t2" : "t1";

        anna.ack("note.add", new JsonObject().put("board", "table/" + annasTable).put("column", "ideas").put("text", "Tafelgeheim"));
        bert.ack("note.add", new JsonObject().put("board", "table/" + other).put("column", "ideas").put("text", "Ook van de tafel"));
        facilitator.ack("roles.deal", new JsonObject());
        facilitator.ack("roles.reveal", new JsonObject());
        facilitator.ack("note.add", new JsonObject().put("board", "plenary").put("column", "ideas").put("text", "Voor iedereen"));
        projector.event("note.upserted", d -> "Voor iedereen".equals(d.getJsonObject("note").getString("text")));
        assertFalse(projector.transcript().contains("Tafelgeheim"), "a table's flip-over reached the projector");

        // Spotlighting Anna's table board shows it, and only it, on the projector.
        facilitator.ack("board.spotlight", new JsonObject().put("board", "table/" + annasTable));
        JsonObject spot = projector.event("snapshot").getJsonObject("data");
        assertEquals("table/" + annasTable, spot.getString("spotlight"));
        assertTrue(spot.encode().contains("Tafelgeheim"));
        anna.ack("note.add", new JsonObject().put("board", "table/" + annasTable).put("column", "ideas").put("text", "Nu in beeld"));
        bert.ack("note.add", new JsonObject().put("board", "table/" + other).put("column", "ideas").put("text", "Niet in beeld"));
        projector.event("note.upserted", d -> "Nu in beeld".equals(d.getJsonObject("note").getString("text")));

        facilitator.ack("board.spotlight", new JsonObject());
        assertEquals(null, projector.event("snapshot").getJsonObject("data").getString("spotlight"));
        anna.ack("note.add", new JsonObject().put("board", "table/" + annasTable).put("column", "ideas").put("text", "Weer weg"));
        facilitator.ack("note.add", new JsonObject().put("board", "plenary").put("column", "ideas").put("text", "Einde"));
        projector.event("note.upserted", d -> "Einde".equals(d.getJsonObject("note").getString("text")));

        String all = projector.transcript();
        for (String secret : List.of("Ook van de tafel", "Niet in beeld", "Weer weg")) {
            assertFalse(all.contains(secret), "reached the projector: " + secret);
        }
        assertEveryFrameMayBeShown(projector);
        // The table and the facilitator do see the revealed roles.
        assertTrue(anna.seen().stream().anyMatch(f -> "envelope.changed".equals(f.getString("event"))
                && f.getJsonObject("data").getJsonObject("envelope").getBoolean("revealed")));
        assertTrue(facilitator.seen().stream().anyMatch(f -> "envelope.changed".equals(f.getString("event"))
                && f.getJsonObject("data").getJsonObject("envelope").getBoolean("revealed")));
        session.close();
    }
}
