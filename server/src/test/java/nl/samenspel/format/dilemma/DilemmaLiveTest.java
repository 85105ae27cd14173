package nl.samenspel.format.dilemma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static nl.samenspel.testing.Replies.assertError;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.LiveServer;
import nl.samenspel.testing.LiveSession;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The game over HTTP and websockets: creation with defaults, a round that runs by itself, nudges, bad input. */
class DilemmaLiveTest {

    @RegisterExtension
    static final LiveServer live = new LiveServer(new JsonObject().put("timeScale", 0.01));

    private static HttpResponse<Buffer> post(JsonObject body) {
        return TestServer.await(live.server().http.post(live.server().port(), "localhost", "/api/sessions").sendJsonObject(body));
    }

    @Test
    void anEmptyRequestMakesADilemmaGameWithItsDefaults() {
        JsonObject created = post(new JsonObject()).bodyAsJsonObject();
        LiveClient f = live.server().client();
        JsonObject snapshot = f.attach(created.getString("code"), created.getString("facilitatorToken"), 0).getJsonObject("snapshot");
        assertEquals("dilemma", snapshot.getJsonObject("session").getString("format"));
        assertEquals("dilemmaspel", snapshot.getJsonObject("session").getString("pack"));
        assertEquals("perspectieven", snapshot.getJsonObject("roleSet").getString("id"));
        JsonArray steps = snapshot.getJsonObject("agenda").getJsonArray("steps");
        assertEquals(10, steps.size(), "open roles, as the source plays: no reveal step");
        assertEquals(600, steps.stream().mapToInt(s -> ((JsonObject) s).getInteger("round") == 1 ? ((JsonObject) s).getInteger("seconds") : 0).sum());
        JsonObject game = snapshot.getJsonObject("format");
        assertEquals(2, game.getJsonArray("rounds").size());
        assertTrue(game.getJsonArray("values").size() >= 20);
        assertEquals(5, snapshot.getJsonObject("session").getJsonObject("rules").getInteger("maxTableSize"));
        f.close();
    }

    @Test
    void theStartPageCanAskWhatToChooseAndABadChoiceIsNamed() {
        HttpResponse<Buffer> setup = TestServer.await(live.server().http.get(live.server().port(), "localhost",
                "/api/formats/dilemma/setup?pack=samenspel-basis").send());
        assertEquals(200, setup.statusCode());
        JsonObject offer = setup.bodyAsJsonObject();
        assertEquals("dilemmaspel", offer.getString("pack"));
        assertTrue(offer.getJsonArray("dilemmas").size() >= 10);

        JsonObject catalogue = TestServer.await(live.server().http.get(live.server().port(), "localhost", "/api/catalogue").send()).bodyAsJsonObject();
        assertEquals("dilemma", catalogue.getString("defaultFormat"));

        HttpResponse<Buffer> bad = post(new JsonObject().put("options", new JsonObject().put("dilemmas", new JsonArray().add("bestaat-niet"))));
        assertEquals(400, bad.statusCode());
        JsonObject error = bad.bodyAsJsonObject().getJsonObject("error");
        assertEquals("options", error.getString("field"));
        assertTrue(error.getString("message").contains("'dilemmas'"), error.getString("message"));
        assertEquals(201, post(new JsonObject().put("pack", "dilemmaspel").put("options", new JsonObject()
                .put("dilemmas", new JsonArray().add("ik-red-het-wel")).put("roundMinutes", 10))).statusCode());
    }

    @Test
    void withAutoRunARoundRunsFromDrawToRevealByItself() {
        // Each step 10 s, at timeScale 0.01: a tenth of a second. Secret roles, our variant, have the reveal step.
        JsonObject created = live.server().createSession(new JsonObject().put("options", new JsonObject().put("roleMode", "secret")
                .put("timings", new JsonObject().put("draw", 10).put("share", 10).put("choose", 10).put("lead", 10).put("reveal", 10))));
        String code = created.getString("code");
        LiveClient f = live.server().client();
        f.attach(code, created.getString("facilitatorToken"), 0);
        List<LiveClient> people = new ArrayList<>();
        for (String name : List.of("Anna", "Bram", "Cor", "Dewi")) {
            LiveClient c = live.server().client();
            c.join(code, name);
            people.add(c);
        }
        f.ack("step.goto", new JsonObject().put("index", 1));
        for (LiveClient p : people) {
            List<String> kinds = new ArrayList<>();
            for (int index = 1; index <= 5; index++) {
                int at = index;
                JsonObject agenda = p.event("step.changed", d -> d.getJsonObject("agenda").getInteger("current") == at)
                        .getJsonObject("data").getJsonObject("agenda");
                kinds.add(agenda.getJsonArray("steps").getJsonObject(at).getString("kind"));
            }
            assertEquals(List.of("draw", "share", "choose", "lead", "reveal"), kinds);
            p.event("envelope.changed", d -> d.getJsonObject("envelope").getBoolean("revealed"));
            p.event("timer.changed", d -> d.getJsonObject("timer").getString("status").equals("ended")
                    && d.getJsonObject("timer").getInteger("step") == 5);
        }
        // The tables were made by the game itself: four people, one table.
        assertEquals(1, f.event("snapshot").getJsonObject("data").getJsonArray("tables").size());
        assertFalse(people.get(0).seen().stream().anyMatch(fr -> "step.changed".equals(fr.getString("event"))
                && fr.getJsonObject("data").getJsonObject("agenda").getInteger("current") == 6), "round 2 waits for the facilitator");
        people.forEach(LiveClient::close);
        f.close();
    }

    @Test
    void aNudgeReachesTheTableOrThePersonAndNobodyElse() {
        LiveSession session = LiveSession.start(live.server(), new JsonObject().put("options", new JsonObject().put("autoRun", false)),
                "Naam1", "Naam2", "Naam3", "Naam4", "Naam5", "Naam6", "Naam7");
        LiveClient f = session.facilitator;
        List<LiveClient> people = session.participants();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 7; i++) ids.add(session.id("Naam" + i));
        f.ack("tables.arrange", new JsonObject().put("maxSize", 4));
        List<String> tableOf = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            String me = ids.get(i);
            tableOf.add(people.get(i).event("snapshot").getJsonObject("data").getJsonArray("participants").stream()
                    .map(o -> (JsonObject) o).filter(o -> o.getString("id").equals(me)).findFirst().orElseThrow().getString("table"));
        }
        f.ack("step.goto", new JsonObject().put("index", 2));
        f.ack("dilemma.nudge", new JsonObject().put("table", "t1"));
        f.ack("dilemma.nudge", new JsonObject().put("participant", ids.get(0)));
        f.ack("note.add", new JsonObject().put("board", "plenary").put("column", "seen").put("text", "marker"));
        for (int i = 0; i < people.size(); i++) {
            LiveClient p = people.get(i);
            p.event("note.upserted", d -> d.getString("board").equals("plenary"));
            long nudges = p.seen().stream().filter(fr -> "dilemma.nudged".equals(fr.getString("event"))).count();
            long expected = (tableOf.get(i).equals("t1") ? 1 : 0) + (i == 0 ? 1 : 0);
            assertEquals(expected, nudges, "nudges to person " + i + " at " + tableOf.get(i));
        }
        JsonObject nudge = people.get(0).event("dilemma.nudged").getJsonObject("data");
        assertEquals("share", nudge.getString("step"));
        session.close();
    }

    @Test
    void badInputIsRefusedAtTheEdgeWithTheFieldAtFault() {
        LiveSession session = LiveSession.start(live.server(), new JsonObject().put("options", new JsonObject().put("autoRun", false)),
                "Anna", "Bram");
        LiveClient f = session.facilitator;
        LiveClient anna = session.participant("Anna");
        LiveClient bram = session.participant("Bram");
        f.ack("step.goto", new JsonObject().put("index", 3));

        assertError(anna.command("dilemma.values", new JsonObject().put("values", "autonomie")), "invalid_field", "values");
        assertError(anna.command("dilemma.values", new JsonObject().put("values", new JsonArray().add(12))), "invalid_field", "values");
        assertError(anna.command("dilemma.values", new JsonObject().put("other", new JsonArray().add("x".repeat(41)))), "too_long", "other");
        assertError(anna.command("dilemma.values", new JsonObject().put("note", "y".repeat(201))), "too_long", "note");
        assertError(anna.command("dilemma.choose", new JsonObject()), "invalid_field", "choice");
        assertError(anna.command("dilemma.choose", new JsonObject().put("choice", "c")), "invalid_field", "choice");
        assertError(anna.command("dilemma.choose", new JsonObject().put("choice", "a").put("reason", 5)), "invalid_field", "reason");
        assertError(anna.command("dilemma.unlead", new JsonObject()), "invalid_field", "note");
        assertError(anna.command("dilemma.nudge", new JsonObject().put("table", "t1")), "forbidden", null);
        assertError(anna.command("dilemma.dance", new JsonObject()), "unknown_type", "type");
        assertError(anna.command("dilemma.lead", new JsonObject().put("value", "autonomie")), "wrong_phase", null);
        assertError(f.command("dilemma.values", new JsonObject().put("values", new JsonArray().add("autonomie"))), "forbidden", null);
        // None of it left a trace: the choice below is the first thing Anna's table hears from her.
        anna.ack("dilemma.choose", new JsonObject().put("choice", "b"));
        JsonObject entry = bram.event("dilemma.entry").getJsonObject("data").getJsonObject("entry");
        assertEquals("b", entry.getString("choice"));
        assertTrue(entry.getJsonArray("values").isEmpty());
        session.close();
    }
}
