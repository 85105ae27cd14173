package nl.samenspel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.LiveServer;
import nl.samenspel.testing.LiveSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Dot voting hidden until the reveal (issue 14, item 18): while a board's dots are hidden,
 * no frame to a participant or the projector carries a dot count or says that someone voted;
 * a participant still sees their own dots, the facilitator sees the counts. The reveal shows
 * them all at once.
 */
class HiddenVotesTest {

    @RegisterExtension
    static final LiveServer live = new LiveServer();

    /** The path of the first {@code votes} field anywhere in a frame, or null. */
    private static String countIn(Object value, String path) {
        if (value instanceof JsonObject o) {
            for (String key : o.fieldNames()) {
                if (key.equals("votes")) return path + "." + key;
                String inner = countIn(o.getValue(key), path + "." + key);
                if (inner != null) return inner;
            }
        } else if (value instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                String inner = countIn(a.getValue(i), path + "[" + i + "]");
                if (inner != null) return inner;
            }
        }
        return null;
    }

    private static JsonObject plenary(JsonObject snapshot) {
        return snapshot.getJsonArray("boards").stream().map(o -> (JsonObject) o)
                .filter(b -> b.getString("id").equals("plenary")).findFirst().orElseThrow();
    }

    private static JsonObject noteIn(JsonObject board, String id) {
        return board.getJsonArray("notes").stream().map(o -> (JsonObject) o)
                .filter(n -> n.getString("id").equals(id)).findFirst().orElseThrow();
    }

    @Test
    void whileHiddenTheRoomGetsNoCountsTheVoterTheirOwnAndTheRevealShowsAll() {
        LiveSession session = LiveSession.open(live.server(), "Anna", "Bert");
        String code = session.code;
        LiveClient facilitator = session.facilitator;
        LiveClient projector = session.projector();
        assertFalse(plenary(session.projectorWelcome().getJsonObject("snapshot")).getBoolean("votesHidden"), "off by default");
        LiveClient anna = session.participant("Anna");
        LiveClient bert = session.participant("Bert");
        String bertToken = session.welcome("Bert").getString("token");

        facilitator.ack("note.add", new JsonObject().put("board", "plenary").put("column", "ideas")
                .put("text", "Vaker samen koken"));
        String noteId = anna.event("note.upserted").getJsonObject("data").getJsonObject("note").getString("id");

        // Only the facilitator may hide: a participant and the projector are refused, nothing changes.
        JsonObject refused = anna.command("votes.hide", new JsonObject().put("board", "plenary").put("hidden", true));
        assertEquals("forbidden", refused.getString("code"), refused.encode());
        assertEquals("forbidden", projector.command("votes.hide",
                new JsonObject().put("board", "plenary").put("hidden", true)).getString("code"));
        assertEquals("invalid_field", facilitator.command("votes.hide",
                new JsonObject().put("board", "plenary").put("hidden", "ja")).getString("code"));
        assertFalse(plenary(session.look()).getBoolean("votesHidden"), "a refused command changed the board");

        int annaFrom = anna.seen().size();
        int bertFrom = bert.seen().size();
        int projectorFrom = projector.seen().size();
        facilitator.ack("votes.hide", new JsonObject().put("board", "plenary").put("hidden", true));
        assertTrue(anna.event("board.upserted").getJsonObject("data").getJsonObject("board").getBoolean("votesHidden"));
        assertTrue(projector.event("board.upserted").getJsonObject("data").getJsonObject("board").getBoolean("votesHidden"));
        JsonObject staffBoard = facilitator.event("board.upserted").getJsonObject("data").getJsonObject("board");
        assertTrue(staffBoard.getBoolean("votesHidden"));
        assertEquals(0, noteIn(staffBoard, noteId).getInteger("votes"), "the facilitator keeps the counts");

        anna.ack("vote.add", new JsonObject().put("board", "plenary").put("note", noteId));
        bert.ack("vote.add", new JsonObject().put("board", "plenary").put("note", noteId));
        bert.ack("vote.add", new JsonObject().put("board", "plenary").put("note", noteId));
        JsonObject own = anna.event("votes.changed").getJsonObject("data");
        assertEquals(1, own.getInteger("mine"));
        assertEquals(1, own.getInteger("dotsUsed"));
        facilitator.event("votes.changed", d -> d.getInteger("votes") == 3);
        // A change to the note itself reaches the room, still without its count.
        facilitator.ack("note.highlight", new JsonObject().put("board", "plenary").put("note", noteId).put("on", true));
        projector.event("note.upserted", d -> d.getJsonObject("note").getBoolean("highlighted"));
        anna.event("note.upserted", d -> d.getJsonObject("note").getBoolean("highlighted"));
        bert.event("note.upserted", d -> d.getJsonObject("note").getBoolean("highlighted"));

        // Coming back while hidden: a fresh snapshot with your own dots only.
        bert.close();
        LiveClient bertAgain = live.server().client();
        JsonObject back = bertAgain.attach(code, bertToken, 0);
        JsonObject bertsBoard = plenary(back.getJsonObject("snapshot"));
        assertEquals(2, noteIn(bertsBoard, noteId).getInteger("mine"));
        assertEquals(2, bertsBoard.getInteger("dotsUsed"));
        assertNull(countIn(back, "$"), back.encode());

        for (var viewer : List.of(List.of("anna", anna, annaFrom), List.of("bert", bert, bertFrom),
                List.of("projector", projector, projectorFrom))) {
            LiveClient client = (LiveClient) viewer.get(1);
            List<JsonObject> frames = client.seen();
            for (JsonObject f : frames.subList((Integer) viewer.get(2), frames.size())) {
                assertNull(countIn(f, "$"), viewer.get(0) + " got a dot count while hidden: " + f.encode());
            }
        }
        assertEquals(1, anna.seen().subList(annaFrom, anna.seen().size()).stream()
                .filter(f -> "votes.changed".equals(f.getString("event"))).count(), "Anna learns of her own dot only");
        assertTrue(projector.seen().subList(projectorFrom, projector.seen().size()).stream()
                .noneMatch(f -> "votes.changed".equals(f.getString("event"))), "the projector learns of no dot");

        // The reveal shows every count at once, to everyone.
        facilitator.ack("votes.hide", new JsonObject().put("board", "plenary").put("hidden", false));
        JsonObject shown = projector.event("board.upserted", d -> !d.getJsonObject("board").getBoolean("votesHidden"))
                .getJsonObject("data").getJsonObject("board");
        assertEquals(3, noteIn(shown, noteId).getInteger("votes"));
        JsonObject annas = anna.event("board.upserted", d -> !d.getJsonObject("board").getBoolean("votesHidden"))
                .getJsonObject("data").getJsonObject("board");
        assertEquals(3, noteIn(annas, noteId).getInteger("votes"));
        assertEquals(1, noteIn(annas, noteId).getInteger("mine"));
        bertAgain.close();
        session.close();
    }
}
