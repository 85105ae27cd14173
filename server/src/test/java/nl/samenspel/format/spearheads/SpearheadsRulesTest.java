package nl.samenspel.format.spearheads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.format.spearheads.SpearheadsCommand.AddAction;
import nl.samenspel.format.spearheads.SpearheadsCommand.AllowActions;
import nl.samenspel.format.spearheads.SpearheadsCommand.EditAction;
import nl.samenspel.format.spearheads.SpearheadsCommand.LockActions;
import nl.samenspel.format.spearheads.SpearheadsCommand.MoveAction;
import nl.samenspel.format.spearheads.SpearheadsCommand.Rate;
import nl.samenspel.format.spearheads.SpearheadsCommand.RemoveAction;
import nl.samenspel.format.spearheads.SpearheadsCommand.RevealThermometer;
import nl.samenspel.format.spearheads.SpearheadsCommand.ReviewAction;
import nl.samenspel.format.spearheads.SpearheadsCommand.SetSummary;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.domain.board.Board;
import nl.samenspel.testing.SessionDriver;
import org.junit.jupiter.api.Test;

/** The rules of the spearhead session, without a network. */
class SpearheadsRulesTest {

    private static final Principal F = Principal.FACILITATOR;

    @Test
    void theDefaultPlanHasTheModelTheThermometerFourSpearheadsAndTheClosingWithinAnHour() {
        SessionPlan plan = SpearheadsSessions.plan(new JsonObject(), null);
        List<String> ids = plan.steps().stream().map(Step::id).toList();
        assertEquals(List.of("intro", "thermometer", "kennis-visie", "rol-professional", "aan-de-slag", "omgeving-context",
                "closing"), ids);
        int minutes = plan.steps().stream().mapToInt(Step::seconds).sum() / 60;
        assertTrue(minutes >= 40 && minutes <= 60, "the source's 40–60 minutes: " + minutes);
        SpearheadsPlan sp = (SpearheadsPlan) plan.formatPlan();
        assertEquals(9, sp.thermometer().factors().size());
        assertEquals(3, sp.thermometer().minimum());
        assertEquals(List.of("status", "important", "actions"), sp.columns().stream().map(c -> c.id()).toList());
    }

    @Test
    void aChosenSubsetRunsInTheChosenOrderWithItsOwnTimesAndWithoutTheThermometer() {
        SessionPlan plan = SpearheadsSessions.plan(new JsonObject()
                .put("spearheads", new JsonArray().add("omgeving-context").add("kennis-visie"))
                .put("thermometer", false)
                .put("minutes", new JsonObject().put("omgeving-context", 20).put("closing", 8)), null);
        assertEquals(List.of("intro", "omgeving-context", "kennis-visie", "closing"), plan.steps().stream().map(Step::id).toList());
        assertEquals(1200, plan.steps().get(1).seconds());
        assertEquals(480, plan.steps().get(3).seconds());
        assertNull(((SpearheadsPlan) plan.formatPlan()).thermometer());
    }

    @Test
    void setUpOptionsThatDoNotFitAreNamed() {
        assertOption("spearheads", new JsonObject().put("spearheads", new JsonArray().add("onbekend")));
        assertOption("spearheads", new JsonObject().put("spearheads", new JsonArray()));
        assertOption("spearheads", new JsonObject().put("spearheads", new JsonArray().add("kennis-visie").add("kennis-visie")));
        assertOption("minutes.closing", new JsonObject().put("minutes", new JsonObject().put("closing", 0)));
        assertOption("minutes.review", new JsonObject().put("minutes", new JsonObject().put("review", 5)));
        assertOption("thermometerMinimum", new JsonObject().put("thermometerMinimum", 2));
        assertOption("dots", new JsonObject().put("dots", 11));
        assertOption("team", new JsonObject().put("team", "x".repeat(81)));
        assertOption("tableBoards", new JsonObject().put("tableBoards", "ja"));
    }

    private static void assertOption(String option, JsonObject options) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpearheadsSessions.plan(options, null));
        assertTrue(e.getMessage().startsWith(option), "names " + option + ": " + e.getMessage());
    }

    @Test
    void enteringASpearheadOpensItsFlipOverWithThreeColumnsAndTableBoardsWhenChosen() {
        SessionDriver s = SpearheadsSessions.start(new JsonObject().put("tableBoards", true));
        for (int i = 0; i < 6; i++) s.join("P" + i);
        s.facilitator(new Command.ArrangeTables(3));
        s.step("kennis-visie");
        Board board = s.state().boards().require("plenary/kennis-visie");
        assertEquals(List.of("status", "important", "actions"), board.columns().stream().map(c -> c.id()).toList());
        assertEquals("Kennis en visie", board.title().nl());
        assertTrue(s.state().boards().exists("table/t1/kennis-visie"));
        assertTrue(s.state().boards().exists("table/t2/kennis-visie"));
        assertFalse(s.state().boards().exists("plenary/rol-professional"), "a later spearhead's flip-over opens with its step");
        // Re-arranging after a spearhead began gives the new tables its flip-over too.
        s.join("P6");
        s.facilitator(new Command.ArrangeTables(2));
        assertTrue(s.state().boards().exists("table/t3/kennis-visie"));
    }

    @Test
    void thermometerScoresStayPrivateAndShowOnlyAsAveragesOfEnoughPeopleOnceShown() {
        SessionDriver s = SpearheadsSessions.start();
        String anna = s.join("Anna");
        String bert = s.join("Bert");
        String cor = s.join("Cor");
        s.as(anna, new Rate("vertrouwen", 2));
        s.as(bert, new Rate("vertrouwen", 4));
        s.as(cor, new Rate("vertrouwen", 5));
        s.as(anna, new Rate("taakverdeling", 3));
        s.as(bert, new Rate("taakverdeling", 3));
        assertEquals("forbidden", s.rejected(F, new Rate("vertrouwen", 3)).code());
        assertEquals("invalid_field", s.rejected(new Principal.Participant(anna), new Rate("geluk", 3)).code());
        assertEquals("score", s.rejected(new Principal.Participant(anna), new Rate("vertrouwen", 6)).field());
        assertEquals("forbidden", s.rejected(new Principal.Participant(anna), new RevealThermometer()).code());

        JsonObject before = SpearheadsJson.thermometer(s.state());
        assertEquals(3, before.getJsonObject("factors").getJsonObject("vertrouwen").getInteger("count"));
        assertFalse(before.getJsonObject("factors").getJsonObject("vertrouwen").containsKey("average"), "nothing before the result is shown");
        assertEquals(3, before.getInteger("raters"));

        s.facilitator(new RevealThermometer());
        JsonObject after = SpearheadsJson.thermometer(s.state());
        JsonObject trust = after.getJsonObject("factors").getJsonObject("vertrouwen");
        assertEquals(3.7, trust.getDouble("average"));
        assertEquals(1.2, trust.getDouble("spread"));
        assertFalse(after.getJsonObject("factors").getJsonObject("taakverdeling").containsKey("average"),
                "two scores are too few: one could be read off");
        assertEquals("wrong_phase", s.rejected(new Principal.Participant(cor), new Rate("taakverdeling", 1)).code());
        assertEquals(java.util.Map.of("vertrouwen", 2, "taakverdeling", 3), s.format(SpearheadsState.class).scoresBy(anna));
    }

    @Test
    void aNoteInTheActionsColumnBecomesAnActionThatCanBeEditedReorderedAndRemovedUntilTheListIsLocked() {
        SessionDriver s = SpearheadsSessions.start();
        String anna = s.join("Anna");
        String bert = s.join("Bert");
        s.step("kennis-visie");
        String note = SpearheadsSessions.addNote(s, new Principal.Participant(anna), "plenary/kennis-visie", "actions", "Feiten over mantelzorg delen");
        s.as(bert, new Command.AddVote("plenary/kennis-visie", note));

        s.facilitator(new AddAction(SpearheadsSessions.fields(null, null, anna, null, "2026-01-15", "Factsheet zoeken"),
                "plenary/kennis-visie", note));
        Action first = s.format(SpearheadsState.class).actions().get(0);
        assertEquals("Feiten over mantelzorg delen", first.what());
        assertEquals("kennis-visie", first.spearhead(), "the spearhead comes from the flip-over");
        assertEquals(anna, first.who());
        assertEquals(Action.OPEN, first.status());

        Principal asBert = new Principal.Participant(bert);
        assertEquals("forbidden", s.rejected(asBert, new AddAction(SpearheadsSessions.fields("kennis-visie", "x", null, null, null, null), null, null)).code());
        s.facilitator(new AllowActions(bert, true));
        String second = SpearheadsSessions.addAction(s, asBert, SpearheadsSessions.fields("rol-professional", "Sociale kaart bijwerken", null,
                "Team Noord", "2026-W05", null));
        String third = SpearheadsSessions.addAction(s, F, SpearheadsSessions.fields("aan-de-slag", "MantelScan uitproberen", bert, null, null, null));

        assertEquals("when", s.rejected(F, new EditAction(second, SpearheadsSessions.fields(null, "x", null, null, "2026-W54", null))).field());
        assertEquals("when", s.rejected(F, new EditAction(second, SpearheadsSessions.fields(null, "x", null, null, "15-01-2026", null))).field());
        assertEquals("whoText", s.rejected(F, new EditAction(second, SpearheadsSessions.fields(null, "x", anna, "Anna", null, null))).field());
        assertEquals("not_found", s.rejected(F, new EditAction(second, SpearheadsSessions.fields(null, "x", "p99", null, null, null))).code());
        assertEquals("what", s.rejected(F, new EditAction(second, SpearheadsSessions.fields(null, "  ", null, null, null, null))).field());
        assertEquals("spearhead", s.rejected(F, new EditAction(second, SpearheadsSessions.fields("nergens", "x", null, null, null, null))).field());

        s.as(bert, new EditAction(second, new SpearheadsCommand.ActionFields(null, "Sociale kaart van de wijk bijwerken", null,
                "Team Noord", "2026-W06", "Lijst partners opvragen", Action.IN_PROGRESS)));
        Action edited = s.format(SpearheadsState.class).action(second).orElseThrow();
        assertEquals("rol-professional", edited.spearhead(), "a spearhead left out stays");
        assertEquals("2026-W06", edited.when());
        assertEquals(Action.IN_PROGRESS, edited.status());

        s.facilitator(new MoveAction(third, first.id()));
        assertEquals(List.of(third, first.id(), second), s.format(SpearheadsState.class).actions().stream().map(Action::id).toList());
        s.facilitator(new MoveAction(third, null));
        assertEquals(List.of(first.id(), second, third), s.format(SpearheadsState.class).actions().stream().map(Action::id).toList());
        assertEquals("before", s.rejected(F, new MoveAction(third, "a99")).field());

        s.facilitator(new LockActions(true));
        assertEquals("wrong_phase", s.rejected(asBert, new RemoveAction(third)).code());
        assertEquals("wrong_phase", s.rejected(F, new SetSummary("kennis-visie", "We weten te weinig")).code());
        assertEquals("forbidden", s.rejected(asBert, new LockActions(false)).code());
        s.facilitator(new LockActions(false));
        s.as(bert, new RemoveAction(third));
        assertEquals(2, s.format(SpearheadsState.class).actions().size());
        s.facilitator(new AllowActions(bert, false));
        assertEquals("forbidden", s.rejected(asBert, new RemoveAction(second)).code());

        JsonObject report = s.report().getJsonObject("format");
        JsonObject a1 = report.getJsonArray("actions").getJsonObject(0);
        assertEquals(1, a1.getInteger("number"));
        assertEquals("Anna", a1.getString("who"));
        assertEquals(1, a1.getInteger("votes"), "the dots on the note it came from");
        assertEquals("Team Noord", report.getJsonArray("actions").getJsonObject(1).getString("who"));
    }

    @Test
    void theClosingTableShowsTheSummaryOrElseTheHighlightedStandNotes() {
        SessionDriver s = SpearheadsSessions.start();
        String anna = s.join("Anna");
        s.step("kennis-visie");
        s.step("rol-professional");
        String n1 = SpearheadsSessions.addNote(s, new Principal.Participant(anna), "plenary/kennis-visie", "status", "Weinig kennis van vrijwilligers");
        SpearheadsSessions.addNote(s, new Principal.Participant(anna), "plenary/kennis-visie", "status", "Visie staat niet op papier");
        SpearheadsSessions.addNote(s, F, "plenary/rol-professional", "status", "We kennen de sociale kaart goed");
        s.facilitator(new Command.HighlightNote("plenary/kennis-visie", n1, true));
        s.facilitator(new SetSummary("rol-professional", "Goed op weg"));
        JsonArray closing = s.report().getJsonObject("format").getJsonArray("closing");
        assertEquals(4, closing.size(), "every chosen spearhead has a row");
        assertEquals(List.of("Weinig kennis van vrijwilligers"), closing.getJsonObject(0).getJsonArray("stand").getList());
        assertEquals(List.of("Goed op weg"), closing.getJsonObject(1).getJsonArray("stand").getList());
        assertTrue(closing.getJsonObject(2).getJsonArray("stand").isEmpty());
    }

    @Test
    void aFollowUpChecksEachEarlierActionAndCarriesOverWhatTheTeamCarriesOver() {
        SessionDriver earlier = SpearheadsSessions.start();
        String anna = earlier.join("Anna");
        for (String name : List.of("Bert", "Cor")) earlier.join(name);
        String a1 = SpearheadsSessions.addAction(earlier, F, SpearheadsSessions.fields("kennis-visie", "Visie op papier zetten", anna, null, "2026-02-01", "Kladversie"));
        SpearheadsSessions.addAction(earlier, F, SpearheadsSessions.fields("aan-de-slag", "E-learning volgen", null, "Iedereen", "2026-W10", null));
        for (String p : List.of("p1", "p2", "p3")) earlier.as(p, new Rate("vertrouwen", p.equals("p1") ? 2 : 3));
        earlier.facilitator(new RevealThermometer());
        JsonObject previous = earlier.report();

        SessionDriver s = SpearheadsSessions.start(new JsonObject(), previous);
        SessionPlan plan = s.state().plan();
        assertEquals(List.of("intro", "thermometer", "review"), plan.steps().stream().limit(3).map(Step::id).toList());
        SpearheadsPlan.Earlier e = ((SpearheadsPlan) plan.formatPlan()).earlier();
        assertEquals(2, e.actions().size());
        assertEquals("Anna", e.actions().get(0).who());
        assertEquals(2.7, e.thermometer().get("vertrouwen").average());

        s.facilitator(new ReviewAction(a1, SpearheadsRules.CARRIED_OVER, "Nog niet aan toegekomen"));
        Action carried = s.format(SpearheadsState.class).actions().get(0);
        assertEquals("Visie op papier zetten", carried.what());
        assertEquals("Anna", carried.whoText(), "the earlier name, as text");
        assertEquals(a1, carried.carriedFrom());
        assertEquals(carried.id(), s.format(SpearheadsState.class).review(a1).orElseThrow().carriedAs());
        s.facilitator(new ReviewAction(a1, SpearheadsRules.CARRIED_OVER, "Nog niet aan toegekomen"));
        assertEquals(1, s.format(SpearheadsState.class).actions().size(), "the same check again changes nothing");
        s.facilitator(new ReviewAction(a1, SpearheadsRules.DONE, "Toch gelukt"));
        assertTrue(s.format(SpearheadsState.class).actions().isEmpty(), "no longer carried over: out of the new list");
        s.facilitator(new ReviewAction("a2", SpearheadsRules.STOPPED, null));
        assertEquals("status", s.rejected(F, new ReviewAction("a2", "vergeten", null)).field());
        assertEquals("not_found", s.rejected(F, new ReviewAction("a9", SpearheadsRules.DONE, null)).code());

        JsonObject review = s.report().getJsonObject("format").getJsonObject("review");
        assertEquals("SPEER1", review.getJsonObject("earlier").getString("code"));
        assertEquals("done", review.getJsonArray("items").getJsonObject(0).getString("status"));
        assertEquals("stopped", review.getJsonArray("items").getJsonObject(1).getString("status"));

        assertThrows(IllegalArgumentException.class, () -> SpearheadsSessions.plan(new JsonObject(),
                new JsonObject().put("session", new JsonObject().put("format", "open"))));
    }

    @Test
    void aSessionWithoutAnEarlierOneHasNothingToReview() {
        SessionDriver s = SpearheadsSessions.start();
        assertEquals("wrong_phase", s.rejected(F, new ReviewAction("a1", SpearheadsRules.DONE, null)).code());
    }
}
