package nl.samenspel.format.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static nl.samenspel.testing.Replies.assertError;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.format.cards.CardsRoom.Player;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.LiveServer;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The card game over real websockets: what each phone, the facilitator and the projector receive. */
class CardsLiveTest {

    @RegisterExtension
    static final LiveServer live = new LiveServer(new JsonObject().put("timeScale", 0.01));

    private static JsonObject gameFrame(LiveClient c, String game, java.util.function.Predicate<JsonObject> match) {
        return c.event("cards.game", d -> d.getJsonObject("game").getString("id").equals(game)
                && match.test(d.getJsonObject("game"))).getJsonObject("data").getJsonObject("game");
    }

    private static boolean at(JsonObject game, int play, String status) {
        JsonObject current = game.getJsonObject("current");
        return current != null && current.getInteger("play") == play && status.equals(current.getString("status"));
    }

    @Test
    void tenCardsAtTwoTablesEachAnswerHiddenUntilTheRevealThenTheSpreadForAll() {
        CardsRoom r = CardsRoom.open(live.server(), new JsonObject().put("types", new JsonArray().add("knowledge").add("statement")).put("cards", 5)
                .put("seconds", new JsonObject().put("knowledge", 0).put("statement", 0)));
        Map<String, Map<Integer, String>> answersOf = new HashMap<>();
        int cards = 0;
        for (int round = 1; round <= 5; round++) {
            for (String table : r.tables.keySet()) {
                List<Player> seats = r.tables.get(table);
                Player lead = seats.get((round - 1) % seats.size());
                int play = round;
                lead.client().ack("cards.draw", new JsonObject().put("game", table));
                JsonObject drawn = null;
                for (LiveClient c : r.watching(table)) drawn = gameFrame(c, table, g -> at(g, play, "answering"));
                JsonObject card = drawn.getJsonObject("current").getJsonObject("card");
                assertEquals(lead.id(), drawn.getString("lead"), "the player whose turn it is leads");
                assertFalse(drawn.getJsonObject("current").containsKey("answer"), "the correct answer stays hidden");
                assertFalse(drawn.getJsonObject("current").containsKey("explanation"));
                List<String> options = card.getJsonArray("options").stream().map(o -> ((JsonObject) o).getString("id")).toList();

                Map<String, Integer> expected = new LinkedHashMap<>();
                options.forEach(o -> expected.put(o, 0));
                for (int i = 0; i < seats.size(); i++) {
                    Player p = seats.get(i);
                    String option = options.get((i + round) % options.size() == 0 ? 0 : (i % 2));
                    answersOf.computeIfAbsent(p.id(), k -> new HashMap<>()).put(cards, option);
                    expected.merge(option, 1, Integer::sum);
                    p.client().ack("cards.answer", new JsonObject().put("game", table).put("play", play).put("option", option));
                    if (i == seats.size() - 1) break;
                    int count = i + 1;
                    JsonObject own = gameFrame(p.client(), table, g -> at(g, play, "answering")
                            && g.getJsonObject("current").getJsonArray("answered").size() == count);
                    assertEquals(option, own.getJsonObject("current").getString("mine"), "your own answer comes back to you");
                    for (LiveClient c : r.watching(table)) {
                        if (c == p.client()) continue;
                        JsonObject seen = gameFrame(c, table, g -> at(g, play, "answering")
                                && g.getJsonObject("current").getJsonArray("answered").size() == count);
                        assertTrue(seen.getJsonObject("current").getJsonArray("answered").contains(p.id()), "others see who answered");
                        assertFalse(seen.getJsonObject("current").containsKey("mine"), "others never get your answer");
                        assertFalse(seen.getJsonObject("current").containsKey("counts"), "no spread before the reveal");
                    }
                }
                // The last answer reveals: everyone at the table, the facilitator and the projector see the spread.
                for (LiveClient c : r.watching(table)) {
                    JsonObject revealed = gameFrame(c, table, g -> at(g, play, "revealed")).getJsonObject("current");
                    assertEquals(new JsonObject(new LinkedHashMap<>(expected)), revealed.getJsonObject("counts"),
                            "the spread of table " + table + " card " + play);
                    assertEquals(4, revealed.getInteger("answeredCount"));
                    assertEquals("all", revealed.getString("reason"));
                    if (card.getString("type").equals("knowledge")) {
                        assertNotNull(revealed.getString("answer"), "the correct option is shown at the reveal");
                        assertNotNull(revealed.getJsonObject("explanation"));
                        assertNotNull(revealed.getJsonObject("source"));
                    }
                    Player me = seats.stream().filter(s -> s.client() == c).findFirst().orElse(null);
                    if (me != null) assertEquals(answersOf.get(me.id()).get(cards), revealed.getString("mine"));
                    else assertFalse(revealed.containsKey("mine"), "staff see counts, not who chose what");
                }
                lead.client().ack("cards.finish", new JsonObject().put("game", table).put("play", play));
                Player next = seats.get(round % seats.size());
                for (LiveClient c : r.watching(table)) {
                    JsonObject after = gameFrame(c, table, g -> g.getJsonObject("current") == null && g.getInteger("turn") == play);
                    assertEquals(next.id(), after.getString("lead"), "the turn passes to the next player");
                    assertEquals(play, after.getJsonArray("history").size());
                }
                cards++;
            }
        }
        assertEquals(10, cards);
        // Every table has played its five cards: one more is refused.
        JsonObject refused = r.tables.get("t1").get(1).client().command("cards.draw", new JsonObject().put("game", "t1"));
        assertEquals("wrong_phase", refused.getString("code"));

        // Nothing of one table reaches the other, and no answer of anyone reaches anyone else.
        for (String table : r.tables.keySet()) {
            String other = table.equals("t1") ? "t2" : "t1";
            for (Player p : r.tables.get(table)) {
                for (JsonObject frame : p.client().seen()) {
                    if (!"cards.game".equals(frame.getString("event"))) continue;
                    JsonObject game = frame.getJsonObject("data").getJsonObject("game");
                    assertFalse(game.getString("id").equals(other), p.name() + " never receives table " + other + "'s game");
                    JsonObject current = game.getJsonObject("current");
                    if (current != null && current.getString("mine") != null) {
                        assertEquals(mineAt(answersOf, p.id(), game), current.getString("mine"), "mine is always your own");
                    }
                }
            }
        }
        for (LiveClient staff : List.of(r.facilitator, r.projector)) {
            assertFalse(staff.transcript().contains("\"mine\""), "the staff never receive anyone's own answer");
        }

        // The report lists the cards per table and their spreads; the CSV opens in Dutch Excel.
        String md = r.export("report.md").bodyAsString(StandardCharsets.UTF_8.name());
        assertTrue(md.contains("## Kaartspel: gespeelde kaarten"), md);
        assertTrue(md.contains("### Tafel 1") && md.contains("### Tafel 2"), md);
        assertTrue(md.contains("4 antwoorden"), md);
        HttpResponse<Buffer> csv = r.export("cards.csv");
        assertEquals(200, csv.statusCode());
        String text = csv.bodyAsString(StandardCharsets.UTF_8.name());
        assertTrue(text.startsWith("\uFEFFTafel;Nr;Soort;Thema;Kaart;Status;Antwoorden;Verdeling"), text);
        assertEquals(11, text.split("\r\n").length, "a header and ten cards");
        r.close();
    }

    /** The answer this participant gave to the card of this frame (cards are numbered per table, answers in order). */
    private static String mineAt(Map<String, Map<Integer, String>> answersOf, String participant, JsonObject game) {
        int play = game.getJsonObject("current").getInteger("play");
        // Each table plays in step with the other: card n of a table is the (2n-1)th or 2n-th card overall.
        Map<Integer, String> mine = answersOf.get(participant);
        String a = mine.get(2 * play - 2);
        String b = mine.get(2 * play - 1);
        return a != null ? a : b;
    }

    @Test
    void badCommandsAreRefusedNamingTheFieldAndChangeNothing() {
        CardsRoom r = CardsRoom.open(live.server(), new JsonObject());
        LiveClient lead = r.tables.get("t1").get(0).client();
        assertError(lead.command("cards.draw", new JsonObject()), "invalid_field", "game");
        assertError(lead.command("cards.draw", new JsonObject().put("game", 7)), "invalid_field", "game");
        assertError(lead.command("cards.answer", new JsonObject().put("game", "t1").put("option", "a")), "invalid_field", "play");
        assertError(lead.command("cards.answer", new JsonObject().put("game", "t1").put("play", "een").put("option", "a")),
                "invalid_field", "play");
        assertError(lead.command("cards.insight", new JsonObject().put("game", "t1").put("text", "x".repeat(501))), "too_long", "text");
        assertError(lead.command("cards.plenary", new JsonObject().put("card", "k01")), "forbidden", null);
        assertError(lead.command("cards.draw", new JsonObject().put("game", "t9")), "not_found", null);
        JsonObject ack = lead.ack("cards.draw", new JsonObject().put("game", "t1"));
        assertEquals(1, gameFrame(r.facilitator, "t1", g -> g.getJsonObject("current") != null).getJsonObject("current").getInteger("play"),
                "the first card accepted is card 1: the refused commands changed nothing");
        assertNotNull(ack.getLong("seq"));

        // The start page offers the card game only the packs that hold one.
        JsonObject catalogue = live.server().get("/api/catalogue", null).bodyAsJsonObject();
        JsonObject cards = catalogue.getJsonArray("formats").stream().map(o -> (JsonObject) o)
                .filter(f -> f.getString("id").equals("cards")).findFirst().orElseThrow();
        assertEquals(List.of("kaartspel-mantelzorg"), cards.getJsonArray("packs").getList());
        HttpResponse<Buffer> wrongPack = TestServer.await(live.server().http.post(live.server().port(), "localhost", "/api/sessions")
                .sendJsonObject(new JsonObject().put("format", "cards").put("pack", "samenspel-basis")));
        assertEquals(400, wrongPack.statusCode());
        HttpResponse<Buffer> badOption = TestServer.await(live.server().http.post(live.server().port(), "localhost", "/api/sessions")
                .sendJsonObject(new JsonObject().put("format", "cards").put("pack", "kaartspel-mantelzorg")
                        .put("options", new JsonObject().put("cards", 0))));
        assertEquals(400, badOption.statusCode());
        assertTrue(badOption.bodyAsJsonObject().getJsonObject("error").getString("message").startsWith("option 'cards'"));
        r.close();
    }

    @Test
    void whenACardsTimeRunsOutTheServerRevealsWhatwasAnswered() {
        CardsRoom r = CardsRoom.open(live.server(), new JsonObject().put("types", new JsonArray().add("knowledge"))
                .put("seconds", new JsonObject().put("knowledge", 60)));
        Player lead = r.tables.get("t1").get(0);
        lead.client().ack("cards.draw", new JsonObject().put("game", "t1"));
        JsonObject drawn = gameFrame(r.facilitator, "t1", g -> at(g, 1, "answering")).getJsonObject("current");
        assertEquals(600, drawn.getLong("durationMs"), "a minute, at the test's time scale");
        assertNotNull(drawn.getLong("deadline"));
        Player one = r.tables.get("t1").get(2);
        one.client().ack("cards.answer", new JsonObject().put("game", "t1").put("play", 1).put("option", "a"));
        for (LiveClient c : r.watching("t1")) {
            JsonObject revealed = gameFrame(c, "t1", g -> at(g, 1, "revealed")).getJsonObject("current");
            assertEquals("time", revealed.getString("reason"));
            assertEquals(1, revealed.getInteger("answeredCount"));
        }
        r.close();
    }

    @Test
    void theFacilitatorPausesTheTablesAndBringsOneCardToThePlenaryForEveryone() {
        CardsRoom r = CardsRoom.open(live.server(), new JsonObject().put("types", new JsonArray().add("case")).put("seconds", new JsonObject().put("case", 600)));
        Player lead = r.tables.get("t2").get(0);
        lead.client().ack("cards.draw", new JsonObject().put("game", "t2"));
        JsonObject atTable = gameFrame(r.facilitator, "t2", g -> at(g, 1, "talking"));
        String cardAtTable = atTable.getJsonObject("current").getJsonObject("card").getString("id");
        Player writer = r.tables.get("t2").get(3);
        writer.client().ack("cards.insight", new JsonObject().put("game", "t2").put("text", "Vraag eerst wat de mantelzorger zelf wil"));
        for (LiveClient c : r.watching("t2")) {
            // The insight goes on the table's flip-over: the projector shows it only when spotlighted.
            if (c == r.projector) continue;
            c.event("note.upserted", d -> d.getString("board").equals("table/t2")
                    && d.getJsonObject("note").getString("column").equals("inzichten"));
        }

        JsonObject snapshot = r.facilitator.seen().stream().filter(f -> "welcome".equals(f.getString("type"))).findFirst()
                .orElseThrow().getJsonObject("snapshot").getJsonObject("format");
        assertTrue(snapshot.getJsonArray("catalogue").stream().allMatch(c -> ((JsonObject) c).getString("type").equals("case")));
        assertFalse(snapshot.getJsonArray("catalogue").getJsonObject(0).containsKey("answer"), "the deck list has no answers");
        // Only case cards are in this session's deck, so a knowledge card is unknown; the card at table 2 is not.
        assertEquals("not_found", r.facilitator.command("cards.plenary", new JsonObject().put("card", "k01")).getString("code"));
        r.facilitator.ack("cards.plenary", new JsonObject().put("card", cardAtTable));
        for (Player p : r.players) {
            assertTrue(p.client().event("cards.paused").getJsonObject("data").getBoolean("paused"));
            gameFrame(p.client(), "plenary", g -> at(g, 1, "talking"));
        }
        gameFrame(r.projector, "plenary", g -> at(g, 1, "talking"));
        JsonObject refused = r.tables.get("t1").get(0).client().command("cards.draw", new JsonObject().put("game", "t1"));
        assertEquals("wrong_phase", refused.getString("code"), "the tables wait while the plenary card is on");
        Player someone = r.tables.get("t1").get(1);
        someone.client().ack("cards.insight", new JsonObject().put("game", "plenary").put("text", "Samen een vaste contactpersoon kiezen"));
        r.projector.event("note.upserted", d -> d.getString("board").equals("plenary"));

        r.facilitator.ack("cards.resume", new JsonObject());
        for (Player p : r.players) {
            assertFalse(p.client().event("cards.paused", d -> !d.getBoolean("paused")).getJsonObject("data").getBoolean("paused"));
            JsonObject plenary = gameFrame(p.client(), "plenary", g -> g.getJsonObject("current") == null
                    && !g.getJsonArray("history").isEmpty());
            assertEquals("done", plenary.getJsonArray("history").getJsonObject(0).getString("status"));
        }
        String md = r.export("report.md").bodyAsString(StandardCharsets.UTF_8.name());
        assertTrue(md.contains("Inzicht: Vraag eerst wat de mantelzorger zelf wil"), md);
        assertTrue(md.contains("### Plenair") && md.contains("Inzicht: Samen een vaste contactpersoon kiezen"), md);
        r.close();
    }
}
