package nl.samenspel.format.cards;

import static nl.samenspel.format.cards.CardsSessions.plan;
import static nl.samenspel.format.cards.CardsSessions.draw;
import static nl.samenspel.format.cards.CardsSessions.only;
import static nl.samenspel.format.cards.CardsSessions.twoTables;
import static nl.samenspel.format.cards.CardsSessions.game;
import static nl.samenspel.format.cards.CardsSessions.current;
import static nl.samenspel.format.cards.CardsSessions.card;
import static nl.samenspel.format.cards.CardsSessions.lead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
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
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.board.Note;
import nl.samenspel.testing.SessionDriver;
import org.junit.jupiter.api.Test;

/** The card game's rules without a network: cases, assignments and tips, limits, pause, plenary and grouping. */
class CardsGameFlowTest {


    @Test
    void aCaseIsTalkedAboutAndItsInsightGoesOnTheTablesFlipOver() {
        SessionDriver g = twoTables(only("case"));
        Play play = draw(g, "t1");
        Card card = card(g, "t1", Card.CASE);
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
        Card card = card(g, "t1", Card.ASSIGNMENT);
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
