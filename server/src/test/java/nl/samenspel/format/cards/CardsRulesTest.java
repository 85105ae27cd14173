package nl.samenspel.format.cards;

import static nl.samenspel.format.cards.CardsSessions.draw;
import static nl.samenspel.format.cards.CardsSessions.only;
import static nl.samenspel.format.cards.CardsSessions.twoTables;
import static nl.samenspel.format.cards.CardsSessions.game;
import static nl.samenspel.format.cards.CardsSessions.current;
import static nl.samenspel.format.cards.CardsSessions.card;
import static nl.samenspel.format.cards.CardsSessions.lead;
import static nl.samenspel.format.cards.CardsSessions.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.format.cards.CardsCommand.Answer;
import nl.samenspel.format.cards.CardsCommand.Draw;
import nl.samenspel.format.cards.CardsCommand.Finish;
import nl.samenspel.format.cards.CardsCommand.Pass;
import nl.samenspel.format.cards.CardsCommand.Reveal;
import nl.samenspel.format.cards.CardsCommand.Skip;
import nl.samenspel.format.cards.CardsEvent.AnswersRevealed;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.testing.SessionDriver;
import org.junit.jupiter.api.Test;

/** The card game's rules without a network: turns, answers, reveals and spreads. */
class CardsRulesTest {


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
}
