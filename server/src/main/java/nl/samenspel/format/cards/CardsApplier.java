package nl.samenspel.format.cards;

import nl.samenspel.format.cards.CardsEvent.AnswerGiven;
import nl.samenspel.format.cards.CardsEvent.AnswersRevealed;
import nl.samenspel.format.cards.CardsEvent.CardDrawn;
import nl.samenspel.format.cards.CardsEvent.CardFinished;
import nl.samenspel.format.cards.CardsEvent.CardSkipped;
import nl.samenspel.format.cards.CardsEvent.InsightNoted;
import nl.samenspel.format.cards.CardsEvent.TablesPaused;
import nl.samenspel.format.cards.CardsEvent.TablesResumed;
import nl.samenspel.format.cards.CardsEvent.TurnPassed;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionState;

/** Applies the card game's events to its state; nothing here checks, it follows the journal. */
final class CardsApplier {

    private CardsApplier() {
    }

    static void apply(SessionState s, SessionEvent.FormatEvent event) {
        CardsState state = s.format();
        if (event instanceof CardDrawn e) {
            Game g = state.open(e.game());
            if (e.play() != g.plays().size() + 1) throw new IllegalStateException("card " + e.play() + " out of order at " + e.game());
            g.add(new Play(e.play(), e.card(), e.type(), e.lead(), e.at(), e.durationMs()));
            if (e.lead() != null) g.lead(e.lead());
        } else if (event instanceof AnswerGiven e) {
            play(state, e.game(), e.play()).answer(e.participant(), e.option());
        } else if (event instanceof AnswersRevealed e) {
            play(state, e.game(), e.play()).reveal(e.counts(), e.answered(), e.reason());
        } else if (event instanceof CardFinished e) {
            play(state, e.game(), e.play()).end(Play.DONE);
        } else if (event instanceof CardSkipped e) {
            play(state, e.game(), e.play()).end(Play.SKIPPED);
        } else if (event instanceof TurnPassed e) {
            Game g = state.open(e.game());
            g.turn(e.turn(), e.lead());
            g.current().ifPresent(p -> p.lead(e.lead()));
        } else if (event instanceof InsightNoted e) {
            play(state, e.game(), e.play()).note(e.note());
        } else if (event instanceof TablesPaused e) {
            state.paused(true, e.at());
            for (Game g : state.games()) if (CardsRules.frozen(s, g)) g.current().ifPresent(p -> p.pause(e.at()));
        } else if (event instanceof TablesResumed e) {
            for (Game g : state.games()) if (CardsRules.frozen(s, g)) g.current().ifPresent(p -> p.resume(e.at()));
            state.paused(false, e.at());
        } else {
            throw new IllegalStateException("unexpected event " + event);
        }
    }

    private static Play play(CardsState state, String game, int number) {
        return state.game(game).flatMap(g -> g.play(number))
                .orElseThrow(() -> new IllegalStateException("no card " + number + " at " + game));
    }
}
