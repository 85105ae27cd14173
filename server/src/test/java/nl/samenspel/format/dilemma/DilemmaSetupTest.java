package nl.samenspel.format.dilemma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.testing.SessionDriver;
import org.junit.jupiter.api.Test;

/** From a facilitator's choices to a session plan, and what the start page may offer. */
class DilemmaSetupTest {

    private static List<Integer> roundSeconds(SessionPlan plan, int round) {
        return plan.steps().stream().filter(s -> s.round() == round).map(Step::seconds).toList();
    }

    @Test
    void withoutOptionsTheGameIsTwoRoundsOfFifteenMinutesAsTheSourceDescribes() {
        SessionPlan plan = DilemmaSessions.plan(new JsonObject());
        DilemmaPlan game = (DilemmaPlan) plan.formatPlan();
        assertEquals("dilemmaspel", plan.pack(), "the content comes from the built-in pack when the chosen one has none");
        assertEquals(List.of("wassen-of-douchen", "open-deur"), game.rounds().stream().map(Dilemma::id).toList());
        assertEquals(List.of(60, 180, 180, 180), roundSeconds(plan, 1), "1, 3, 3 and 3 minutes, as the source times them");
        assertEquals(roundSeconds(plan, 1), roundSeconds(plan, 2));
        assertEquals(List.of("intro", "draw", "share", "choose", "lead", "draw", "share", "choose", "lead", "plenary"),
                plan.steps().stream().map(Step::kind).toList(), "open roles: no reveal step");
        assertEquals(RoleMode.OPEN, game.roleMode());
        assertEquals(300, plan.steps().get(plan.steps().size() - 1).seconds(), "a plenary of five minutes");
        assertEquals("Ronde 2 · Wat zou jij kiezen?", plan.steps().get(7).title().nl());
        assertEquals(5, plan.maxTableSize());
        assertEquals(4, game.minTableSize());
        assertEquals("perspectieven", plan.roleSet().id(), "the basis pack's perspectives");
        assertEquals(7, plan.roleSet().roles().size());
        assertEquals(List.of("bewoner", "naaste", "vrijwilliger", "zorgprofessional"), plan.roleSet().core());

        SessionPlan secret = DilemmaSessions.plan(new JsonObject().put("roleMode", "secret"));
        assertEquals(List.of(60, 180, 180, 180, 300), roundSeconds(secret, 1), "our variant adds a reveal of five minutes");
        assertEquals(List.of("intro", "draw", "share", "choose", "lead", "reveal", "draw", "share", "choose", "lead", "reveal", "plenary"),
                secret.steps().stream().map(Step::kind).toList());
        assertEquals(RoleMode.CHOOSE, ((DilemmaPlan) DilemmaSessions.plan(new JsonObject().put("roleMode", "choose")).formatPlan()).roleMode());
        IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DilemmaSessions.plan(new JsonObject().put("roleMode", "blind")));
        assertTrue(bad.getMessage().contains("'roleMode'"), bad.getMessage());
        assertTrue(game.autoRun());
        assertFalse(plan.tableMayReveal(), "roles are revealed at the end of the round, not by a table at will");
        assertEquals(List.of("r1", "r2", "notes"), plan.tableColumns().stream().map(c -> c.id()).toList());
        assertTrue(game.rule().nl().contains("geen goed of fout"));
        assertTrue(game.values().size() >= 20);
    }

    @Test
    void theFacilitatorPicksDilemmasRoundLengthStepTimingsTableSizeAndRoleSet() {
        SessionPlan plan = DilemmaSessions.plan(new JsonObject()
                .put("dilemmas", new JsonArray().add("ik-red-het-wel").add("jonge-mantelzorger").add("open-deur"))
                .put("roundMinutes", 20)
                .put("timings", new JsonObject().put("share", 240).put("plenary", 600))
                .put("minTableSize", 3).put("maxTableSize", 6)
                .put("roleSet", "perspectieven")
                .put("roleMode", "secret")
                .put("autoRun", false));
        DilemmaPlan game = (DilemmaPlan) plan.formatPlan();
        assertEquals(List.of("ik-red-het-wel", "jonge-mantelzorger", "open-deur"), game.rounds().stream().map(Dilemma::id).toList());
        assertEquals(List.of(80, 240, 240, 240, 400), roundSeconds(plan, 3), "scaled to 20 minutes, with share set by hand");
        assertEquals(600, plan.steps().get(plan.steps().size() - 1).seconds());
        assertEquals(6, plan.maxTableSize());
        assertEquals(3, game.minTableSize());
        assertFalse(game.autoRun());
        assertEquals(List.of("r1", "r2", "r3", "notes"), plan.tableColumns().stream().map(c -> c.id()).toList());
    }

    @Test
    void aDilemmaNamesItsRoleSetAndOpenRoundsScaleTheirFourSteps() {
        SessionPlan district = DilemmaSessions.plan(new JsonObject().put("dilemmas", new JsonArray().add("ik-red-het-wel").add("open-deur")));
        assertEquals("wijkteam", district.roleSet().id(), "the first round's dilemma is set in a district team");
        assertEquals(List.of("inwoner", "mantelzorger", "buurtvrijwilliger", "wijkprofessional"), district.roleSet().core());
        SessionPlan chosen = DilemmaSessions.plan(new JsonObject().put("dilemmas", new JsonArray().add("ik-red-het-wel")).put("roleSet", "perspectieven"));
        assertEquals("perspectieven", chosen.roleSet().id(), "the facilitator's choice wins");
        SessionPlan scaled = DilemmaSessions.plan(new JsonObject().put("roundMinutes", 20).put("timings", new JsonObject().put("share", 240)));
        assertEquals(List.of(120, 240, 360, 360), roundSeconds(scaled, 1), "scaled to 20 minutes, the lead taking what rounding leaves, share set by hand");
        assertOption("roleMode", new JsonObject().put("roleMode", "blind"));
    }

    @Test
    void anOddRoundLengthStillAddsUpToTheMinute() {
        SessionPlan plan = DilemmaSessions.plan(new JsonObject().put("roundMinutes", 13));
        assertEquals(13 * 60, roundSeconds(plan, 1).stream().mapToInt(Integer::intValue).sum());
        assertEquals(3, ((DilemmaPlan) DilemmaSessions.plan(new JsonObject().put("rounds", 3)).formatPlan()).roundCount());
    }

    @Test
    void anOptionThatDoesNotFitIsNamed() {
        assertOption("rounds", new JsonObject().put("rounds", 5));
        assertOption("rounds", new JsonObject().put("rounds", 1.5));
        assertOption("dilemmas", new JsonObject().put("dilemmas", new JsonArray().add("bestaat-niet")));
        assertOption("dilemmas", new JsonObject().put("dilemmas", new JsonArray().add("open-deur").add("open-deur")));
        assertOption("dilemmas", new JsonObject().put("dilemmas", new JsonArray().add("open-deur")).put("rounds", 2));
        assertOption("dilemmas", new JsonObject().put("dilemmas", "open-deur"));
        assertOption("roundMinutes", new JsonObject().put("roundMinutes", 2));
        assertOption("timings.share", new JsonObject().put("timings", new JsonObject().put("share", 5)));
        assertOption("timings", new JsonObject().put("timings", new JsonObject().put("pauze", 60)));
        assertOption("minTableSize", new JsonObject().put("minTableSize", 6).put("maxTableSize", 5));
        assertOption("maxTableSize", new JsonObject().put("maxTableSize", 13));
        assertOption("roleSet", new JsonObject().put("roleSet", "onbekend"));
        assertOption("autoRun", new JsonObject().put("autoRun", "ja"));
        assertOption("kleur", new JsonObject().put("kleur", "blauw"));
    }

    private static void assertOption(String option, JsonObject options) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DilemmaSessions.plan(options));
        assertTrue(e.getMessage().contains("'" + option + "'"), "names " + option + ": " + e.getMessage());
    }

    @Test
    void theStartPageIsOfferedTheDilemmasTimingsAndRoleSets() {
        JsonObject offer = DilemmaSetup.offer(SessionDriver.CONTENT.pack("samenspel-basis").orElseThrow(), SessionDriver.CONTENT);
        assertEquals("dilemmaspel", offer.getString("pack"));
        assertTrue(offer.getJsonArray("dilemmas").size() >= 10);
        JsonObject defaults = offer.getJsonObject("defaults");
        assertEquals(2, defaults.getInteger("rounds"));
        assertEquals(10, defaults.getInteger("roundMinutes"), "the four timed steps of a round with open roles");
        assertEquals("open", defaults.getString("roleMode"));
        assertEquals(new JsonArray().add("open").add("choose").add("secret"), offer.getJsonArray("roleModes"));
        assertEquals(new JsonArray().add("wassen-of-douchen").add("open-deur"), defaults.getJsonArray("dilemmas"));
        assertEquals(180, defaults.getJsonObject("timings").getInteger("choose"));
        assertTrue(offer.getJsonArray("roleSets").stream().anyMatch(r -> ((JsonObject) r).getString("id").equals("perspectieven")));
        // What the start page would send back with the defaults makes a valid plan.
        JsonObject back = defaults.copy();
        assertEquals(10, DilemmaSessions.plan(back).steps().size());
    }
}
