package nl.samenspel.format.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.content.ContentPack;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.testing.SessionDriver;
import org.junit.jupiter.api.Test;

/** The set-up: what the start page is offered, and options that do or do not fit. */
class CardsFormatTest {

    private final CardsFormat format = new CardsFormat();

    @Test
    void theDefaultsComeFromThePack() {
        SessionPlan plan = CardsSessions.plan(new JsonObject());
        CardsPlan cards = (CardsPlan) plan.formatPlan();
        assertEquals("in-gesprek", cards.deck());
        assertEquals(List.of("knowledge", "statement", "case", "tip", "assignment"), cards.rules().types());
        assertEquals("cards", cards.rules().limit());
        assertFalse(cards.rules().scoring(), "scoring is off by default");
        assertEquals("rotate", cards.rules().turnOrder());
        assertEquals("tables", cards.rules().grouping());
        assertEquals(List.of("intro", "play", "plenary"), plan.steps().stream().map(s -> s.kind()).toList());
        assertEquals(5, plan.maxTableSize());
        assertTrue(plan.tableColumns().stream().anyMatch(c -> c.id().equals(cards.insightColumn())));
    }

    @Test
    void everyRuleCanBeChosenAtSetUp() {
        JsonObject options = new JsonObject()
                .put("types", new JsonArray().add("knowledge").add("statement"))
                .put("themes", new JsonArray().add("balans").add("verwijzen"))
                .put("limit", "time").put("cards", 4)
                .put("seconds", new JsonObject().put("knowledge", 90).put("case", 0))
                .put("turnOrder", "free").put("scoring", true).put("grouping", "plenary").put("maxTableSize", 4)
                .put("steps", new JsonObject().put("spelen", 1200));
        SessionPlan plan = CardsSessions.plan(options);
        CardsPlan cards = (CardsPlan) plan.formatPlan();
        assertTrue(cards.cards().stream().allMatch(c -> List.of("knowledge", "statement").contains(c.type())
                && List.of("balans", "verwijzen").contains(c.theme())));
        assertFalse(cards.cards().isEmpty());
        GameRules r = cards.rules();
        assertEquals(90, r.secondsFor("knowledge"));
        assertEquals(45, r.secondsFor("statement"), "a time not given keeps the pack's");
        assertEquals(0, r.secondsFor("case"));
        assertEquals("time", r.limit());
        assertEquals("free", r.turnOrder());
        assertTrue(r.scoring());
        assertTrue(r.wholeGroup());
        assertEquals(4, plan.maxTableSize());
        assertEquals(1200, plan.steps().get(1).seconds());
    }

    @Test
    void anOptionThatDoesNotFitIsNamed() {
        assertNamed(new JsonObject().put("types", new JsonArray().add("quiz")), "option 'types'");
        assertNamed(new JsonObject().put("types", new JsonArray()), "option 'types'");
        assertNamed(new JsonObject().put("cards", 0), "option 'cards'");
        assertNamed(new JsonObject().put("cards", "tien"), "option 'cards'");
        assertNamed(new JsonObject().put("limit", "rounds"), "option 'limit'");
        assertNamed(new JsonObject().put("seconds", new JsonObject().put("case", 5000)), "option 'seconds'");
        assertNamed(new JsonObject().put("seconds", new JsonObject().put("dilemma", 60)), "option 'seconds'");
        assertNamed(new JsonObject().put("turnOrder", "random"), "option 'turnOrder'");
        assertNamed(new JsonObject().put("scoring", "ja"), "option 'scoring'");
        assertNamed(new JsonObject().put("grouping", "pairs"), "option 'grouping'");
        assertNamed(new JsonObject().put("deck", "onbekend"), "option 'deck'");
        assertNamed(new JsonObject().put("themes", new JsonArray().add("x")), "option 'themes'");
        assertNamed(new JsonObject().put("steps", new JsonObject().put("spelen", 5)), "option 'steps'");
        assertNamed(new JsonObject().put("steps", new JsonObject().put("pauze", 60)), "option 'steps'");
        assertNamed(new JsonObject().put("maxTableSize", 40), "option 'maxTableSize'");
        assertNamed(new JsonObject().put("scoreing", true), "option 'scoreing'");
        assertNamed(new JsonObject().put("types", new JsonArray().add("case")).put("themes", new JsonArray().add("ervaring"))
                .put("deck", "in-gesprek").put("cards", 3).put("seconds", new JsonObject()).put("turnOrder", "rotate")
                .put("types", new JsonArray().add("knowledge")).put("themes", new JsonArray().add("maatwerk").add("contact"))
                .put("types", new JsonArray().add("statement")).put("themes", new JsonArray().add("verwijzen")), null);
    }

    /** {@code prefix} null: the options fit. */
    private static void assertNamed(JsonObject options, String prefix) {
        if (prefix == null) {
            CardsSessions.plan(options);
            return;
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CardsSessions.plan(options));
        assertTrue(e.getMessage().startsWith(prefix), "names " + prefix + ": " + e.getMessage());
    }

    @Test
    void thePackWithoutACardGameIsNotOfferedAndSaysSo() {
        ContentPack basis = SessionDriver.CONTENT.pack("samenspel-basis").orElseThrow();
        ContentPack cards = SessionDriver.CONTENT.pack(CardsSessions.PACK).orElseThrow();
        assertFalse(format.accepts(basis));
        assertTrue(format.accepts(cards));
        assertEquals(false, format.setup(basis).getBoolean("available"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> format.plan(
                new nl.samenspel.session.SessionSetup("cards", "samenspel-basis", "x", null), SessionDriver.CONTENT));
        assertTrue(e.getMessage().contains("no card game"), e.getMessage());
    }

    @Test
    void theSetUpOffersDecksThemesRulesAndStepLengths() {
        JsonObject setup = format.setup(SessionDriver.CONTENT.pack(CardsSessions.PACK).orElseThrow());
        assertTrue(setup.getBoolean("available"));
        JsonObject deck = setup.getJsonArray("decks").getJsonObject(0);
        assertEquals("in-gesprek", deck.getString("id"));
        assertTrue(deck.getJsonObject("counts").getInteger("knowledge") >= 15);
        assertEquals(8, setup.getJsonArray("themes").size());
        assertEquals(9, setup.getJsonObject("defaults").getInteger("cards"));
        assertEquals(3, setup.getJsonArray("steps").size());
        assertEquals(List.of("knowledge", "statement", "case", "tip", "assignment"), setup.getJsonArray("types").getList());
    }
}
