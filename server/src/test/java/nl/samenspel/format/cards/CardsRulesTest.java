package nl.samenspel.format.cards;

import static nl.samenspel.format.cards.CardsSessions.plan;
import static nl.samenspel.format.cards.CardsSessions.game;
import static nl.samenspel.format.cards.CardsSessions.current;
import static nl.samenspel.format.cards.CardsSessions.card;
import static nl.samenspel.format.cards.CardsSessions.lead;
import static nl.samenspel.format.cards.CardsSessions.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.format.cards.CardsCommand.Answer;
import nl.samenspel.format.cards.CardsCommand.Draw;
import nl.samenspel.format.cards.CardsCommand.Finish;
import nl.samenspel.format.cards.CardsCommand.Insight;
import nl.samenspel.format.cards.CardsCommand.Pass;
import nl.samenspel.format.cards.CardsCommand.Pause;
import nl.samenspel.format.cards.CardsCommand.Resume;
import nl.samenspel.format.cards.CardsCommand.Reveal;
import nl.samenspel.format.cards.CardsCommand.Skip;
import nl.samenspel.format.cards.CardsCommand.ToPlenary;
import nl.samenspel.format.cards.CardsEvent.AnswersRevealed;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.board.Note;
import nl.samenspel.testing.SessionDriver;
import org.junit.jupiter.api.Test;

/** The card game's rules without a network: turns, answers and reveals, spreads, limits, pause and plenary. */
class CardsRulesTest {

    private static JsonObject only(String... types) {
        return new JsonObject().put("types", new JsonArray(List.of(types)));
    }

    /** Eight people at two tables of four, the game started. */
    private static SessionDriver twoTables(JsonObject options) {
        SessionDriver g = CardsSessions.start(options, 11);
        g.join(8, "Speler");
        g.facilitator(new Command.ArrangeTables(4));
        g.stepOfKind("play");
        return g;
    }

    private static Play draw(SessionDriver g, String table) {
        g.as(lead(g, table), new Draw(table));
        return current(g, table);
    }

    @Test
    void theTurnGoesRoundTheTableAndOnlyThePlayerWhoseTurnItIsDraws() {
        SessionDriver g = twoTables(only("case"));
        List<String> seats = g.seats("t1");
        assertEquals(seats.get(0), lead(g, "t1"), "the first at the table begins");
        Rejection r = g.rejected(seats.get(1), new Draw("t1"));
        assertEquals(CardsRules.NOT_YOUR_TURN, r.code());
        Set<String> drawn = new HashSet<>();
        for (int turn = 0; turn < 6; turn++) {
            String lead = seats.get(turn % seats.size());
            assertEquals(lead, lead(g, "t1"), "turn " + turn);
            g.as(lead, new Draw("t1"));
            Play play = current(g, "t1");
            assertEquals(lead, play.lead());
            assertTrue(drawn.add(play.card()), "a table never draws the same card twice");
            g.as(lead, new Finish("t1", play.number()));
        }
        assertEquals(6, game(g, "t1").played());
        assertTrue(game(g, "t2").plays().isEmpty(), "the other table plays its own game");
    }

    @Test
    void passingHandsTheTurnOnAndSkippingLaysTheCardAsideForTheSamePlayer() {
        SessionDriver g = twoTables(new JsonObject());
        List<String> seats = g.seats("t1");
        g.as(seats.get(0), new Pass("t1"));
        assertEquals(seats.get(1), lead(g, "t1"), "pass: the next player leads");
        assertEquals(CardsRules.NOT_YOUR_TURN, g.rejected(seats.get(0), new Pass("t1")).code());

        Play first = draw(g, "t1");
        g.as(seats.get(1), new Skip("t1", first.number()));
        assertEquals(Play.SKIPPED, game(g, "t1").play(first.number()).orElseThrow().status());
        assertEquals(seats.get(1), lead(g, "t1"), "after a skip the same player draws again");
        assertEquals(0, game(g, "t1").played(), "a skipped card does not count as played");
        Play second = draw(g, "t1");
        assertNotEquals(first.card(), second.card(), "the skipped card is not drawn again");

        g.as(seats.get(1), new Pass("t1"));
        assertEquals(seats.get(2), current(g, "t1").lead(), "passing with a card on the table hands over leading that card");
        assertEquals(CardsRules.NOT_YOUR_TURN, g.rejected(seats.get(1), new Skip("t1", second.number())).code());
    }

    @Test
    void answersStayHiddenUntilEveryoneHasAnsweredThenTheSpreadIsRevealed() {
        SessionDriver g = twoTables(only("knowledge"));
        Play play = draw(g, "t1");
        Card card = card(g, "t1");
        List<String> seats = g.seats("t1");
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < seats.size(); i++) {
            String option = option(g, "t1", i == 3 ? 1 : 0);
            given.put(seats.get(i), option);
            g.as(seats.get(i), new Answer("t1", play.number(), option));
            if (i < seats.size() - 1) {
                assertEquals("open", current(g, "t1").status(), "no reveal before everyone answered");
                assertTrue(g.events(AnswersRevealed.class).isEmpty());
            }
        }
        AnswersRevealed revealed = g.events(AnswersRevealed.class).get(0);
        assertEquals("all", revealed.reason());
        assertEquals(4, revealed.answered());
        Map<String, Integer> expected = new LinkedHashMap<>();
        card.options().forEach(o -> expected.put(o.id(), 0));
        given.values().forEach(o -> expected.merge(o, 1, Integer::sum));
        assertEquals(expected, revealed.counts(), "the spread counts every answer once, per option in card order");
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(revealed.counts().keySet()));
        assertEquals(Play.REVEALED, current(g, "t1").status());

        Rejection late = g.rejected(seats.get(0), new Answer("t1", play.number(), option(g, "t1", 1)));
        assertEquals("wrong_phase", late.code(), "no answers after the reveal");
    }

    @Test
    void whenTheOnlyOneWhoHadNotAnsweredLeavesTheTableTheAnswersAreShown() {
        SessionDriver g = twoTables(only("knowledge"));
        Play play = draw(g, "t1");
        List<String> seats = g.seats("t1");
        for (int i = 0; i < 3; i++) g.as(seats.get(i), new Answer("t1", play.number(), "a"));
        assertTrue(g.events(AnswersRevealed.class).isEmpty());
        g.facilitator(new Command.RemoveParticipant(seats.get(3)));
        AnswersRevealed r = g.events(AnswersRevealed.class).get(0);
        assertEquals("all", r.reason());
        assertEquals(3, r.counts().get("a"));
    }

    @Test
    void anAnswerCanBeChangedBeforeTheRevealAndCountsOnce() {
        SessionDriver g = twoTables(only("statement"));
        Play play = draw(g, "t1");
        String anna = g.seats("t1").get(1);
        g.as(anna, new Answer("t1", play.number(), "agree"));
        g.as(anna, new Answer("t1", play.number(), "disagree"));
        assertTrue(g.as(anna, new Answer("t1", play.number(), "disagree")).isEmpty(), "the same answer again changes nothing");
        g.as(lead(g, "t1"), new Reveal("t1", play.number()));
        AnswersRevealed r = g.events(AnswersRevealed.class).get(0);
        assertEquals(Map.of("agree", 0, "disagree", 1, "depends", 0), r.counts());
        assertEquals("lead", r.reason());
        assertTrue(g.as(lead(g, "t1"), new Reveal("t1", play.number())).isEmpty(), "a second reveal does nothing");
    }

    @Test
    void onlyTheLeadOrTheFacilitatorRevealsAndNobodyAnswersAtAnotherTable() {
        SessionDriver g = twoTables(only("knowledge"));
        Play play = draw(g, "t1");
        String other = g.seats("t1").get(2);
        assertEquals(CardsRules.NOT_YOUR_TURN, g.rejected(other, new Reveal("t1", play.number())).code());
        String stranger = g.seats("t2").get(0);
        assertEquals("not_your_table", g.rejected(stranger, new Answer("t1", play.number(), "a")).code());
        assertEquals("not_your_table", g.rejected(stranger, new Reveal("t1", play.number())).code());
        assertEquals("forbidden", g.rejected(Principal.PROJECTOR, new Reveal("t1", play.number())).code());
        assertEquals("invalid_field", g.rejected(other, new Answer("t1", play.number(), "agree")).code(),
                "a knowledge card takes its own options only");
        assertEquals("wrong_phase", g.rejected(other, new Answer("t1", play.number() + 1, "a")).code(),
                "an answer to a card that is not on the table");
        assertEquals("wrong_phase", g.rejected(Principal.FACILITATOR, new Finish("t1", play.number())).code(),
                "a knowledge card is finished after its reveal");
        g.facilitator(new Reveal("t1", play.number()));
        assertEquals(0, g.events(AnswersRevealed.class).get(0).answered(), "the facilitator may reveal with no answers");
        g.facilitator(new Finish("t1", play.number()));
        assertEquals(g.seats("t1").get(1), lead(g, "t1"), "after a finish the turn passes on");
    }

    @Test
    void whenTheCardsTimeIsUpTheAnswersAreRevealedWhoeverAnswered() {
        SessionDriver g = twoTables(only("knowledge").put("seconds", new JsonObject().put("knowledge", 30)));
        Play play = draw(g, "t1");
        assertEquals(30_000, play.durationMs());
        assertEquals(play.deadline(), g.state().rules().nextDeadline(g.state()));
        g.as(g.seats("t1").get(1), new Answer("t1", play.number(), "a"));
        g.advance(29_000);
        assertTrue(g.tick().isEmpty(), "not yet");
        g.advance(1_000);
        g.tick();
        AnswersRevealed r = g.events(AnswersRevealed.class).get(0);
        assertEquals("time", r.reason());
        assertEquals(1, r.answered());
        assertEquals(0, g.state().rules().nextDeadline(g.state()), "no countdown left");
    }

    @Test
    void aCaseIsTalkedAboutAndItsInsightGoesOnTheTablesFlipOver() {
        SessionDriver g = twoTables(only("case"));
        Play play = draw(g, "t1");
        Card card = card(g, "t1");
        assertEquals(Card.CASE, card.type());
        assertFalse(play.answering());
        String other = g.seats("t1").get(3);
        assertEquals("wrong_phase", g.rejected(other, new Answer("t1", play.number(), "agree")).code());
        assertEquals(0, g.state().rules().nextDeadline(g.state()), "a case's time runs out without a reveal");
        g.as(other, new Insight("t1", "Vraag de mantelzorger zelf hoe het gaat"));
        SessionEvent.NoteAdded note = g.events(SessionEvent.NoteAdded.class).get(0);
        assertEquals("table/t1", note.board());
        assertEquals("inzichten", note.column());
        assertEquals(other, note.author());
        assertEquals(List.of(note.note()), current(g, "t1").notes());
        g.facilitator(new Insight("t1", "Afspraak: een vaste contactpersoon"));
        assertEquals(Note.FACILITATOR, g.events(SessionEvent.NoteAdded.class).get(1).author());
        assertEquals("not_your_table", g.rejected(g.seats("t2").get(0), new Insight("t1", "x")).code());
        assertEquals("invalid_field", g.rejected(other, new Insight("t1", "   ")).code());
        g.as(lead(g, "t1"), new Finish("t1", play.number()));
        assertEquals("wrong_phase", g.rejected(other, new Insight("t1", "te laat")).code(), "an insight belongs to a card on the table");
    }

    @Test
    void anAssignmentIsTimedItsOutcomeGoesInItsOwnColumnAndATipIsTalkedOver() {
        SessionDriver g = twoTables(only("assignment"));
        Play play = draw(g, "t1");
        Card card = card(g, "t1");
        assertEquals(Card.ASSIGNMENT, card.type());
        assertNotNull(card.prompt(), "an assignment says what goes on the flip-over");
        assertFalse(play.answering());
        assertEquals(300_000, play.durationMs(), "the assignment's countdown: five minutes");
        String other = g.seats("t1").get(1);
        assertEquals("wrong_phase", g.rejected(other, new Answer("t1", play.number(), "a")).code());
        g.as(other, new Insight("t1", "Medicijnen geven blijft bij het team"));
        SessionEvent.NoteAdded note = g.events(SessionEvent.NoteAdded.class).get(0);
        assertEquals("opdrachten", note.column(), "the outcome goes in the assignments' column");

        SessionDriver t = twoTables(only("tip"));
        Play tip = draw(t, "t1");
        assertEquals(Card.TIP, card(t, "t1").type());
        assertFalse(tip.answering());
        assertEquals(120_000, tip.durationMs());
        t.as(t.seats("t1").get(1), new Insight("t1", "Bordje Vol proberen bij mevrouw De Vries"));
        assertEquals("inzichten", t.events(SessionEvent.NoteAdded.class).get(0).column(), "a tip's insight is an insight");
    }

    @Test
    void nobodyDrawsBeforeThePlayingStepOrAfterTheTablesCards() {
        SessionDriver g = CardsSessions.start(only("case").put("cards", 2), 3);
        g.join(4, "Speler");
        g.facilitator(new Command.ArrangeTables(4));
        String first = Players.lead(g.state(), plan(g), game(g, "t1"));
        assertEquals("wrong_phase", g.rejected(first, new Draw("t1")).code(), "the intro comes first");
        g.stepOfKind("play");
        for (int i = 0; i < 2; i++) {
            Play p = draw(g, "t1");
            g.as(lead(g, "t1"), new Finish("t1", p.number()));
        }
        assertEquals("wrong_phase", g.rejected(lead(g, "t1"), new Draw("t1")).code(), "two cards per table");
        g.facilitator(new Draw("t1"));
        assertEquals(3, current(g, "t1").number(), "the facilitator may always add a card");
        assertEquals("wrong_phase", g.rejected(Principal.FACILITATOR, new Draw("t1")).code(), "one card on the table at a time");
    }

    @Test
    void withATimeLimitTheTablesStopDrawingWhenThePlayingTimeIsUp() {
        SessionDriver g = CardsSessions.start(new JsonObject().put("limit", "time"), 5);
        g.join(3, "Speler");
        g.facilitator(new Command.ArrangeTables(5));
        g.stepOfKind("play");
        g.facilitator(new Command.StartTimer(null));
        Play p = draw(g, "t1");
        g.facilitator(new Skip("t1", p.number()));
        g.facilitator(new Command.SkipTimer());
        assertEquals("wrong_phase", g.rejected(lead(g, "t1"), new Draw("t1")).code());
    }

    @Test
    void thePauseHoldsEveryTablesClockAndTheResumeGivesTheTimeBack() {
        SessionDriver g = twoTables(only("knowledge").put("seconds", new JsonObject().put("knowledge", 60)));
        Play p1 = draw(g, "t1");
        g.advance(20_000);
        g.facilitator(new Pause());
        assertTrue(g.format(CardsState.class).paused());
        assertEquals(0, p1.deadline());
        assertEquals(40_000, p1.remainingMs());
        assertEquals("wrong_phase", g.rejected(g.seats("t1").get(1), new Answer("t1", 1, "a")).code());
        assertEquals("wrong_phase", g.rejected(lead(g, "t2"), new Draw("t2")).code());
        g.advance(120_000);
        assertTrue(g.tick().isEmpty(), "a paused card does not run out");
        assertTrue(g.facilitator(new Pause()).isEmpty(), "pausing twice changes nothing");
        g.facilitator(new Resume());
        assertEquals(g.now() + 40_000, current(g, "t1").deadline());
        assertEquals("forbidden", g.rejected(g.seats("t1").get(0), new Pause()).code());
    }

    @Test
    void theFacilitatorBringsACardToThePlenaryWhereEveryoneAnswers() {
        SessionDriver g = twoTables(new JsonObject());
        Play atTable = draw(g, "t1");
        String cardId = plan(g).cards().stream().filter(c -> c.type().equals(Card.STATEMENT)).findFirst().orElseThrow().id();
        assertEquals("forbidden", g.rejected(g.seats("t1").get(0), new ToPlenary(cardId)).code());
        g.facilitator(new ToPlenary(cardId));
        assertTrue(g.format(CardsState.class).paused(), "the tables pause for the plenary");
        Play plenary = current(g, Game.PLENARY);
        assertEquals(cardId, plenary.card());
        assertNull(plenary.lead(), "the facilitator leads a plenary card");
        assertEquals("not_found", g.rejected(Principal.FACILITATOR, new ToPlenary("x99")).code());
        assertEquals("wrong_phase", g.rejected(Principal.FACILITATOR, new ToPlenary(cardId)).code(), "one plenary card at a time");
        String someone = g.seats("t2").get(2);
        assertEquals("forbidden", g.rejected(someone, new Reveal(Game.PLENARY, 1)).code());
        assertEquals("forbidden", g.rejected(someone, new Draw(Game.PLENARY)).code());
        List<String> everyone = g.state().participants().present().stream().map(p -> p.id()).toList();
        for (int i = 0; i < everyone.size(); i++) g.as(everyone.get(i), new Answer(Game.PLENARY, 1, i < 5 ? "agree" : "depends"));
        AnswersRevealed r = g.events(AnswersRevealed.class).get(0);
        assertEquals(Game.PLENARY, r.game());
        assertEquals(Map.of("agree", 5, "disagree", 0, "depends", 3), r.counts());
        g.facilitator(new Resume());
        assertFalse(g.format(CardsState.class).paused());
        assertEquals(Play.DONE, game(g, Game.PLENARY).play(1).orElseThrow().status(), "resuming puts the plenary card away");
        assertEquals(atTable.card(), current(g, "t1").card(), "the tables carry on where they were");
    }

    @Test
    void asOneGroupEveryoneTakesTurnsAtTheRoomsGame() {
        SessionDriver g = CardsSessions.start(new JsonObject().put("grouping", "plenary").put("types", new JsonArray().add("case")), 9);
        List<String> people = g.join(3, "Speler");
        g.stepOfKind("play");
        assertEquals("invalid_field", g.rejected(people.get(0), new Draw("t1")).code());
        for (int turn = 0; turn < 4; turn++) {
            String lead = people.get(turn % 3);
            assertEquals(lead, lead(g, Game.PLENARY));
            g.as(lead, new Draw(Game.PLENARY));
            g.as(lead, new Finish(Game.PLENARY, current(g, Game.PLENARY).number()));
        }
        g.facilitator(new Pause());
        assertEquals("wrong_phase", g.rejected(lead(g, Game.PLENARY), new Draw(Game.PLENARY)).code(), "the pause holds the room's game");
    }

    @Test
    void withAFreeTurnOrderWhoeverDrawsLeadsTheCard() {
        SessionDriver g = twoTables(new JsonObject().put("turnOrder", "free"));
        String third = g.seats("t1").get(2);
        g.as(third, new Draw("t1"));
        assertEquals(third, current(g, "t1").lead());
        assertEquals(third, lead(g, "t1"));
    }

    @Test
    void theTableScoreCountsCorrectAnswersOnlyWhenScoringIsOn() {
        SessionDriver g = twoTables(only("knowledge").put("scoring", true));
        Play p = draw(g, "t1");
        Card card = card(g, "t1");
        String wrong = card.options().stream().map(Card.Option::id).filter(o -> !o.equals(card.answer())).findFirst().orElseThrow();
        List<String> seats = g.seats("t1");
        for (int i = 0; i < seats.size(); i++) g.as(seats.get(i), new Answer("t1", p.number(), i < 3 ? card.answer() : wrong));
        JsonObject score = CardsJson.score(plan(g), game(g, "t1"));
        assertEquals(3, score.getInteger("correct"));
        assertEquals(4, score.getInteger("answers"));
        JsonObject view = CardsJson.game(g.state(), plan(g), game(g, "t1"), null, false);
        assertEquals(score, view.getJsonObject("score"));
        SessionDriver noScore = twoTables(only("knowledge"));
        assertFalse(CardsJson.game(noScore.state(), plan(noScore), game(noScore, "t1"), null, false).containsKey("score"),
                "scoring is off by default: this is a conversation, not a contest");
    }

    @Test
    void someoneWhoMovesToAnotherTableLosesTheirTurnToTheNext() {
        SessionDriver g = twoTables(only("case"));
        List<String> seats = g.seats("t1");
        g.facilitator(new Command.MoveParticipant(seats.get(0), "t2"));
        String lead = lead(g, "t1");
        assertTrue(g.seats("t1").contains(lead), "the turn belongs to someone at the table");
        assertEquals(CardsRules.NOT_YOUR_TURN, g.rejected(seats.get(0), new Pass("t2")).code());
        assertEquals("not_your_table", g.rejected(seats.get(0), new Draw("t1")).code());
    }
}
