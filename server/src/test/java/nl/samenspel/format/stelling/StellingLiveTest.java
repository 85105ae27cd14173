package nl.samenspel.format.stelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.LiveServer;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A statement round over real websockets: five phones place and move stickers, the facilitator
 * and the projector see the spread live and as counts only, a phone never sees another's choice,
 * a participant cannot close the vote, and the arguments and exports follow.
 */
class StellingLiveTest {

    @RegisterExtension
    static final LiveServer live = new LiveServer();

    private static String me(LiveClient c) {
        return c.seen().get(0).getJsonObject("you").getString("participant");
    }

    private static JsonArray counts(JsonObject round) {
        return round.getJsonArray("counts");
    }

    @Test
    void fivePhonesVoteTheSpreadShowsLiveAndTheLeastChosenSideStarts() {
        JsonObject created = live.server().createSession(new JsonObject().put("format", "stelling").put("title", "Teamoverleg"));
        String code = created.getString("code");
        LiveClient f = live.server().client();
        JsonObject snapshot = f.attach(code, created.getString("facilitatorToken"), 0).getJsonObject("snapshot");
        assertEquals("stellingen-mantelzorg", snapshot.getJsonObject("session").getString("pack"));
        String statement = snapshot.getJsonObject("format").getJsonArray("statements").getJsonObject(0).getString("id");
        LiveClient projector = live.server().client();
        projector.attach(code, created.getString("projectorToken"), 0);

        List<LiveClient> phones = new ArrayList<>();
        for (String name : List.of("Anouk", "Bram", "Chaima", "Dirk", "Els")) {
            LiveClient c = live.server().client();
            c.join(code, name);
            phones.add(c);
        }
        assertEquals("wrong_phase", phones.get(0).command("stelling.place",
                new JsonObject().put("statement", statement).put("value", 3)).getString("code"), "not before the statement is up");
        f.ack("step.goto", new JsonObject().put("index", 1));

        int[] sent = {5, 4, 4, 2, 3};
        int[] expected = new int[5];
        for (int i = 0; i < phones.size(); i++) {
            phones.get(i).ack("stelling.place", new JsonObject().put("statement", statement).put("value", sent[i]));
            expected[sent[i] - 1]++;
        }
        // Dirk moves his sticker from "oneens" to "helemaal eens": one sticker each, never two.
        phones.get(3).ack("stelling.place", new JsonObject().put("statement", statement).put("value", 5));
        expected[1]--;
        expected[4]++;
        JsonArray want = new JsonArray();
        for (int c : expected) want.add(c);
        for (LiveClient staff : List.of(f, projector)) {
            JsonObject round = staff.event(StellingView.ROUND, d -> want.equals(counts(d))).getJsonObject("data");
            assertEquals(5, round.getInteger("total"));
            assertFalse(round.getBoolean("closed"));
        }
        JsonObject mine = phones.get(3).event(StellingView.ROUND, d -> Integer.valueOf(5).equals(d.getInteger("mine"))).getJsonObject("data");
        assertNull(mine.getJsonArray("counts"), "phones see no spread while the vote is open");

        JsonObject refused = phones.get(0).command("stelling.close", new JsonObject().put("statement", statement));
        assertEquals("forbidden", refused.getString("code"), "a participant cannot close the vote");
        JsonObject outOfRange = phones.get(0).command("stelling.place", new JsonObject().put("statement", statement).put("value", 7));
        assertEquals("invalid_field", outOfRange.getString("code"));

        f.ack("stelling.close", new JsonObject().put("statement", statement));
        // Everyone (Dirk moved): oneens 0, neutraal 1, eens 4, so the arguments start at "oneens".
        for (LiveClient c : List.of(f, projector, phones.get(1))) {
            JsonObject closed = c.event(StellingView.ROUND, d -> d.getBoolean("closed")).getJsonObject("data");
            assertEquals("oneens", closed.getString("firstSide"));
            assertEquals(want, counts(closed));
        }
        assertEquals("wrong_phase", phones.get(2).command("stelling.place",
                new JsonObject().put("statement", statement).put("value", 1)).getString("code"));
        String board = StellingPlan.board(statement);
        phones.get(1).ack("note.add", new JsonObject().put("board", board).put("column", "oneens").put("text", "Soms wil de cliënt het niet"));
        phones.get(2).ack("note.add", new JsonObject().put("board", board).put("column", "eens").put("text", "Zij kennen de cliënt het best"));
        projector.event("note.upserted", d -> "Zij kennen de cliënt het best".equals(d.getJsonObject("note").getString("text")));

        // No phone ever received anyone else's sticker: their own value only, and no participant ids beside their own.
        for (int i = 0; i < phones.size(); i++) {
            LiveClient phone = phones.get(i);
            String own = me(phone);
            for (JsonObject frame : phone.seen()) {
                if (!StellingView.ROUND.equals(frame.getString("event"))) continue;
                JsonObject data = frame.getJsonObject("data");
                Integer value = data.getInteger("mine");
                assertTrue(value == null || value == (i == 3 ? 5 : sent[i]) || (i == 3 && value == 2), "only their own: " + frame);
                for (LiveClient other : phones) {
                    if (other != phone) assertFalse(frame.encode().contains(me(other)), "another's id in " + frame);
                }
                assertFalse(data.encode().contains(own), "not even their own id: " + frame);
            }
        }
        for (JsonObject frame : f.seen()) {
            if (StellingView.ROUND.equals(frame.getString("event"))) {
                assertNull(frame.getJsonObject("data").getValue("mine"), "the staff see counts, never whose");
            }
        }

        HttpResponse<Buffer> csv = TestServer.await(live.server().http.get(live.server().port(), "localhost",
                "/api/sessions/" + code + "/export/stelling.csv").putHeader("authorization", "Bearer " + created.getString("facilitatorToken")).send());
        assertEquals(200, csv.statusCode(), csv.bodyAsString());
        String text = csv.bodyAsString(StandardCharsets.UTF_8.name());
        assertTrue(text.contains(";0;0;1;2;2;5;oneens;Soms wil de cliënt het niet;Zij kennen de cliënt het best\r\n"), text);
    }
}
