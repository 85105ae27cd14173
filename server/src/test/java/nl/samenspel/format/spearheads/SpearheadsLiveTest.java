package nl.samenspel.format.spearheads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static nl.samenspel.testing.Replies.assertError;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.LiveServer;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A whole spearhead session over real websockets: six participants rate the thermometer and go
 * through all four spearheads; the facilitator and an allowed participant make, edit, reorder and
 * lock the action list; every export is downloaded and read back; a follow-up session checks the
 * list. What each client receives is checked frame by frame where privacy is at stake.
 */
class SpearheadsLiveTest {

    private static final List<String> FACTORS = List.of("taakverdeling", "elkaar-nodig", "regelmaat-contact", "ongelijkheid",
            "vertrouwen", "verplaatsen", "tegengestelde-belangen", "ethische-dilemmas", "evalueren");
    private static final List<String> SPEARHEADS = List.of("kennis-visie", "rol-professional", "aan-de-slag", "omgeving-context");

    @RegisterExtension
    static final LiveServer live = new LiveServer(new JsonObject().put("timeScale", 0.01));

    private record Person(String id, String name, LiveClient client) {}

    private static String me(LiveClient c) {
        return c.seen().get(0).getJsonObject("you").getString("participant");
    }

    private static JsonObject create(JsonObject options) {
        return live.server().createSession(new JsonObject().put("format", "spearheads").put("pack", "speerpunten")
                .put("title", "Teamsessie Wijkteam Zuid").put("options", options));
    }

    @Test
    void sixPeopleThroughAllFourSpearheadsToAnActionListInEveryFormat() {
        JsonObject created = create(new JsonObject().put("team", "Wijkteam Zuid"));
        String code = created.getString("code");
        String token = created.getString("facilitatorToken");
        LiveClient f = live.server().client();
        JsonObject fWelcome = f.attach(code, token, 0);
        assertEquals(7, fWelcome.getJsonObject("snapshot").getJsonObject("agenda").getJsonArray("steps").size());
        LiveClient projector = live.server().client();
        projector.attach(code, created.getString("projectorToken"), 0);

        List<Person> people = new ArrayList<>();
        for (String name : List.of("Anna", "Bert", "Cor", "Dilan", "Eva", "Fatima")) {
            LiveClient c = live.server().client();
            c.join(code, name);
            people.add(new Person(me(c), name, c));
        }

        // --- the thermometer: private scores, aggregates only once shown ---------------------
        f.ack("step.goto", new JsonObject().put("index", 1));
        Map<String, Map<String, Integer>> given = new LinkedHashMap<>();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            Map<String, Integer> mine = new LinkedHashMap<>();
            for (int k = 0; k < FACTORS.size(); k++) {
                String factor = FACTORS.get(k);
                if (factor.equals("vertrouwen") && i >= 2) continue; // only two people rate trust: too few to show
                int score = 1 + (i + k) % 5;
                p.client().ack("spearheads.rate", new JsonObject().put("factor", factor).put("score", score));
                mine.put(factor, score);
            }
            given.put(p.id(), mine);
        }
        JsonObject progress = f.event("spearheads.thermometer", d -> d.getJsonObject("thermometer").getInteger("complete") == 2
                && d.getJsonObject("thermometer").getInteger("raters") == 6).getJsonObject("data").getJsonObject("thermometer");
        assertFalse(progress.getBoolean("revealed"));
        assertEquals("forbidden", people.get(0).client().command("spearheads.thermometer.reveal").getString("code"));
        f.ack("spearheads.thermometer.reveal", new JsonObject());
        JsonObject shown = projector.event("spearheads.thermometer", d -> d.getJsonObject("thermometer").getBoolean("revealed"))
                .getJsonObject("data").getJsonObject("thermometer");
        JsonObject task = shown.getJsonObject("factors").getJsonObject("taakverdeling");
        double expected = given.values().stream().mapToInt(m -> m.get("taakverdeling")).average().orElseThrow();
        assertEquals(Math.round(expected * 10) / 10.0, task.getDouble("average"));
        assertEquals(6, task.getInteger("count"));
        assertEquals(Set.of("count"), shown.getJsonObject("factors").getJsonObject("vertrouwen").fieldNames(),
                "two scores stay hidden even after the result is shown");
        JsonObject late = people.get(5).client().command("spearheads.rate", new JsonObject().put("factor", "vertrouwen").put("score", 5));
        assertEquals("wrong_phase", late.getString("code"));

        // Privacy, frame by frame: the staff never get a score, each person only their own.
        for (LiveClient staff : List.of(f, projector)) {
            for (JsonObject frame : staff.seen()) {
                assertFalse("spearheads.rated".equals(frame.getString("event")), "a score went to the staff: " + frame);
                ScoreChecks.assertNoScores(frame, null);
            }
        }
        for (Person p : people) {
            p.client().event("spearheads.thermometer", d -> d.getJsonObject("thermometer").getBoolean("revealed"));
            List<JsonObject> rated = p.client().seen().stream().filter(x -> "spearheads.rated".equals(x.getString("event"))).toList();
            assertEquals(given.get(p.id()).size(), rated.size(), "one private echo per score given");
            JsonObject last = rated.get(rated.size() - 1).getJsonObject("data").getJsonObject("mine");
            assertEquals(new JsonObject(new LinkedHashMap<>(given.get(p.id()))), last);
            for (JsonObject frame : p.client().seen()) ScoreChecks.assertNoScores(frame, p.id());
        }
        JsonObject inspected = live.server().get("/api/sessions/" + code, token).bodyAsJsonObject();
        ScoreChecks.assertNoScores(inspected, null);
        assertNull(inspected.getJsonObject("format").getJsonObject("mine"));

        // --- four spearheads: notes in three columns, dots, grouping, actions ------------------
        Person anna = people.get(0);
        f.ack("spearheads.makers.allow", new JsonObject().put("participant", anna.id()).put("allowed", true));
        List<String> actionTexts = new ArrayList<>();
        for (int s = 0; s < SPEARHEADS.size(); s++) {
            String spearhead = SPEARHEADS.get(s);
            String board = "plenary/" + spearhead;
            f.ack("step.goto", new JsonObject().put("index", 2 + s));
            f.ack("timer.start", new JsonObject());
            for (Person p : people) p.client().event("board.upserted", d -> d.getJsonObject("board").getString("id").equals(board));
            Map<String, String> actionNotes = new LinkedHashMap<>();
            for (Person p : people) {
                p.client().ack("note.add", new JsonObject().put("board", board).put("column", "status")
                        .put("text", p.name() + " ziet bij " + spearhead + " een begin"));
                p.client().ack("note.add", new JsonObject().put("board", board).put("column", "important")
                        .put("text", p.name() + " vindt samen optrekken belangrijk"));
                JsonObject ack = p.client().ack("note.add", new JsonObject().put("board", board).put("column", "actions")
                        .put("text", "Actie van " + p.name() + " voor " + spearhead));
                String note = f.event("note.upserted", d -> d.getJsonObject("note").getString("text").startsWith("Actie van " + p.name()))
                        .getJsonObject("data").getJsonObject("note").getString("id");
                assertTrue(ack.getLong("seq") > 0);
                actionNotes.put(p.name(), note);
            }
            // Everyone puts their three dots on the notes of Cor and Eva; Cor's wins.
            for (Person p : people) {
                for (String who : List.of("Cor", "Cor", "Eva")) {
                    p.client().ack("vote.add", new JsonObject().put("board", board).put("note", actionNotes.get(who)));
                }
                assertEquals("no_dots_left", p.client().command("vote.add", new JsonObject().put("board", board)
                        .put("note", actionNotes.get("Bert"))).getString("code"));
            }
            f.ack("note.group", new JsonObject().put("board", board)
                    .put("notes", new JsonArray().add(actionNotes.get("Dilan")).add(actionNotes.get("Fatima"))).put("label", "Dubbel"));
            String what = "Actie van Cor voor " + spearhead;
            f.ack("spearheads.action.add", new JsonObject().put("board", board).put("note", actionNotes.get("Cor"))
                    .put("who", people.get(2).id()).put("when", "2026-0" + (s + 1) + "-15").put("firstStep", "Agenda teamoverleg"));
            actionTexts.add(what);
            String own = "Anna regelt: " + spearhead + " in het werkplan";
            anna.client().ack("spearheads.action.add", new JsonObject().put("spearhead", spearhead).put("what", own)
                    .put("whoText", "Anna en Bert").put("when", "2026-W" + (10 + s)));
            actionTexts.add(own);
            f.ack("spearheads.summary", new JsonObject().put("spearhead", spearhead).put("text", "Stand " + spearhead + ": op weg"));
        }
        assertEquals("forbidden", people.get(1).client().command("spearheads.action.add",
                new JsonObject().put("spearhead", "kennis-visie").put("what", "zonder toestemming")).getString("code"));

        // Reorder, edit and lock: the list as the team wants it.
        JsonObject list = f.event("spearheads.actions", d -> d.getJsonArray("actions").size() == 8).getJsonObject("data");
        String lastId = list.getJsonArray("actions").getJsonObject(7).getString("id");
        String firstId = list.getJsonArray("actions").getJsonObject(0).getString("id");
        f.ack("spearheads.action.move", new JsonObject().put("action", lastId).put("before", firstId));
        actionTexts.add(0, actionTexts.remove(7));
        f.ack("spearheads.action.edit", new JsonObject().put("action", firstId).put("what", actionTexts.get(1))
                .put("who", people.get(2).id()).put("when", "2026-01-15").put("firstStep", "Agenda teamoverleg").put("status", "in_progress"));
        f.ack("step.goto", new JsonObject().put("index", 6));
        f.ack("spearheads.actions.lock", new JsonObject().put("locked", true));
        assertEquals("wrong_phase", anna.client().command("spearheads.action.remove", new JsonObject().put("action", firstId)).getString("code"));
        JsonObject finalList = projector.event("spearheads.actions", JsonObject -> JsonObject.getBoolean("locked")).getJsonObject("data");
        assertEquals(actionTexts, finalList.getJsonArray("actions").stream().map(o -> ((JsonObject) o).getString("what")).toList());
        assertEquals("in_progress", finalList.getJsonArray("actions").getJsonObject(1).getString("status"));

        // --- every export, read back -------------------------------------------------------------
        assertEquals(403, live.server().export(code, "actions.csv", null).statusCode());
        assertEquals(403, live.server().export(code, "actions.csv", created.getString("projectorToken")).statusCode());
        assertEquals(404, live.server().export(code, "actions.xlsx", token).statusCode());

        HttpResponse<Buffer> csv = live.server().export(code, "actions.csv", token);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.getHeader("content-disposition").contains("actielijst-" + code + ".csv"));
        List<List<String>> rows = ExportChecks.parseCsv(csv.body().getBytes());
        assertEquals(9, rows.size());
        assertEquals(actionTexts, rows.subList(1, 9).stream().map(r -> r.get(2)).toList());
        assertEquals(List.of("2", "Kennis en visie", actionTexts.get(1), "Cor", "15-01-2026", "", "Agenda teamoverleg", "bezig", "12", ""),
                rows.get(2));
        assertEquals("week 13 2026", rows.get(1).get(5));
        assertEquals("Anna en Bert", rows.get(1).get(3));

        JsonObject json = live.server().export(code, "actions.json", token).bodyAsJsonObject();
        assertEquals("Wijkteam Zuid", json.getJsonObject("session").getString("team"));
        assertEquals(actionTexts, json.getJsonArray("actions").stream().map(o -> ((JsonObject) o).getString("what")).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), json.getJsonArray("actions").stream().map(o -> ((JsonObject) o).getInteger("number")).toList());
        assertEquals(4, json.getJsonArray("closing").size());
        assertEquals("Stand kennis-visie: op weg", json.getJsonArray("closing").getJsonObject(0).getJsonArray("stand").getString(0));
        assertTrue(json.getBoolean("locked"));
        ScoreChecks.assertNoScores(json, null);

        HttpResponse<Buffer> pdf = live.server().export(code, "actions.pdf", token);
        assertEquals("application/pdf", pdf.getHeader("content-type"));
        String pdfText = ExportChecks.flat(ExportChecks.pdfText(pdf.body().getBytes()));
        for (String text : actionTexts) assertTrue(ExportChecks.pdfHas(pdfText, text), "the PDF lists " + text);
        assertTrue(pdfText.contains("Teamsessie Wijkteam Zuid") && pdfText.contains("Wijkteam Zuid"));

        String md = live.server().export(code, "actions.md", token).bodyAsString();
        for (String text : actionTexts) assertTrue(md.contains(text), "actions.md lists " + text);
        String report = live.server().export(code, "report.md", token).bodyAsString();
        for (Person p : people) {
            assertTrue(report.contains(p.name() + " vindt samen optrekken belangrijk"), "the full report has every column");
        }
        assertTrue(report.contains("(12 stippen)"), "and the dots");
        JsonObject full = live.server().export(code, "report.json", token).bodyAsJsonObject();
        assertEquals(5, full.getJsonArray("boards").size(), "the parking lot and four spearheads");
        assertEquals(8, full.getJsonObject("format").getJsonArray("actions").size());

        // --- a follow-up session checks this list and compares the thermometer ---------------------
        HttpResponse<Buffer> refused = TestServer.await(live.server().http.post(live.server().port(), "localhost", "/api/sessions")
                .sendJsonObject(new JsonObject().put("format", "spearheads").put("pack", "speerpunten")
                        .put("options", new JsonObject().put("followUp", new JsonObject().put("code", code)
                                .put("token", created.getString("projectorToken"))))));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.bodyAsJsonObject().getJsonObject("error").getString("message").startsWith("followUp"));

        JsonObject next = create(new JsonObject().put("followUp", new JsonObject().put("code", code).put("token", token)));
        LiveClient f2 = live.server().client();
        JsonObject snapshot = f2.attach(next.getString("code"), next.getString("facilitatorToken"), 0).getJsonObject("snapshot");
        JsonObject earlier = snapshot.getJsonObject("format").getJsonObject("plan").getJsonObject("earlier");
        assertEquals(code, earlier.getString("code"));
        assertEquals(actionTexts, earlier.getJsonArray("actions").stream().map(o -> ((JsonObject) o).getString("what")).toList());
        assertEquals(task.getDouble("average"), earlier.getJsonObject("thermometer").getJsonObject("taakverdeling").getDouble("average"));
        assertFalse(earlier.getJsonObject("thermometer").containsKey("vertrouwen"));
        assertEquals("review", snapshot.getJsonObject("agenda").getJsonArray("steps").getJsonObject(2).getString("id"));
        String earlierId = earlier.getJsonArray("actions").getJsonObject(0).getString("id");
        f2.ack("spearheads.review", new JsonObject().put("action", earlierId).put("status", "carried_over").put("note", "Nog bezig"));
        JsonObject carried = f2.event("spearheads.actions").getJsonObject("data").getJsonArray("actions").getJsonObject(0);
        assertEquals(actionTexts.get(0), carried.getString("what"));
        assertEquals(earlierId, carried.getString("carriedFrom"));
        f2.ack("spearheads.review", new JsonObject().put("action", earlier.getJsonArray("actions").getJsonObject(1).getString("id"))
                .put("status", "done"));
        JsonObject review = live.server().export(next.getString("code"), "actions.json", next.getString("facilitatorToken")).bodyAsJsonObject()
                .getJsonObject("review");
        assertEquals("carried_over", review.getJsonArray("items").getJsonObject(0).getString("status"));
        assertEquals(1, review.getJsonArray("items").getJsonObject(0).getInteger("carriedAs"));
        assertEquals("done", review.getJsonArray("items").getJsonObject(1).getString("status"));
        assertNull(review.getJsonArray("items").getJsonObject(2).getString("status"));

        people.forEach(p -> p.client().close());
        f.close();
        f2.close();
        projector.close();
    }

    @Test
    void badSpearheadCommandsAreRefusedWithTheFieldNamedAndChangeNothing() {
        JsonObject created = create(new JsonObject().put("spearheads", new JsonArray().add("aan-de-slag")));
        String code = created.getString("code");
        LiveClient f = live.server().client();
        f.attach(code, created.getString("facilitatorToken"), 0);
        LiveClient p = live.server().client();
        p.join(code, "Gijs");
        assertError(p.command("spearheads.rate", new JsonObject().put("factor", "vertrouwen").put("score", 9)), "invalid_field", "score");
        assertError(p.command("spearheads.rate", new JsonObject().put("factor", "vertrouwen").put("score", "vijf")), "invalid_field", "score");
        assertError(p.command("spearheads.rate", new JsonObject().put("score", 3)), "invalid_field", "factor");
        assertError(f.command("spearheads.action.add", new JsonObject().put("spearhead", "aan-de-slag")), "invalid_field", "what");
        assertError(f.command("spearheads.action.add", new JsonObject().put("spearhead", "aan-de-slag").put("what", "x".repeat(501))),
                "too_long", "what");
        assertError(f.command("spearheads.action.add", new JsonObject().put("spearhead", "aan-de-slag").put("what", "x")
                .put("when", "morgen")), "invalid_field", "when");
        assertError(f.command("spearheads.action.add", new JsonObject().put("spearhead", "aan-de-slag").put("what", "x")
                .put("status", "misschien")), "invalid_field", "status");
        assertError(f.command("spearheads.action.move", new JsonObject().put("action", "a1")), "not_found", null);
        assertError(f.command("spearheads.actions.lock", new JsonObject().put("locked", "ja")), "invalid_field", "locked");
        assertError(f.command("spearheads.summary", new JsonObject().put("spearhead", "nergens").put("text", "x")), "invalid_field", "spearhead");
        assertError(f.command("spearheads.review", new JsonObject().put("action", "a1").put("status", "done")), "wrong_phase", null);
        assertError(p.command("spearheads.makers.allow", new JsonObject().put("participant", "p1").put("allowed", true)), "forbidden", null);
        JsonObject snapshot = f.attach(code, created.getString("facilitatorToken"), 0).getJsonObject("snapshot").getJsonObject("format");
        assertTrue(snapshot.getJsonArray("actions").isEmpty(), "nothing changed");
        assertTrue(snapshot.getJsonArray("makers").isEmpty());
        p.close();
        f.close();
    }
}
