package nl.samenspel.format.cards;

import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.agenda.StepTimer;

/** The card game's shared checks: which game a command means, whose turn it is, whether the game is paused or in its playing step. */
final class CardsChecks {

    private CardsChecks() {
    }

    /** A game by id: a table of this session (when playing at tables) or {@code plenary}. */
    static Game game(SessionState s, String id) {
        CardsState state = s.format();
        if (!Game.PLENARY.equals(id)) {
            if (CardsPlan.of(s).rules().wholeGroup()) throw Rejection.invalid("game", "this session plays as one group: the game is 'plenary'");
            s.tables().require(id);
        }
        return state.gameOrEmpty(id);
    }

    static Rejection paused() {
        return Rejection.wrongPhase("the facilitator has paused the game");
    }

    static Play current(Game g, int number) {
        return g.current().filter(p -> p.number() == number)
                .orElseThrow(() -> Rejection.wrongPhase("that card is no longer on the table"));
    }

    static void requirePlayer(SessionState s, Game g, String participant, String what) {
        if (!Players.plays(s, g.id(), participant)) {
            throw Rejection.of("not_your_table", "you can only " + what + " at your own table");
        }
    }

    static void requireLead(SessionState s, Principal who, Game g, String what) {
        if (who instanceof Principal.Facilitator) return;
        String me = s.participant(who, what).id();
        requirePlayer(s, g, me, what);
        CardsPlan plan = CardsPlan.of(s);
        if (Players.facilitatorLeads(plan, g)) throw Rejection.forbidden(what + " of a plenary card");
        if (!me.equals(Players.lead(s, plan, g))) {
            throw Rejection.of(CardsRules.NOT_YOUR_TURN, "only the player whose turn it is may " + what);
        }
    }

    static boolean inPlayStep(SessionState s) {
        return s.agenda().currentStep().map(step -> "play".equals(step.kind())).orElse(false);
    }

    /** The playing step's countdown has run out (or was skipped). */
    static boolean playTimeUp(SessionState s) {
        StepTimer t = s.agenda().timer();
        return inPlayStep(s) && t.status() == StepTimer.Status.ENDED && t.step() == s.agenda().current();
    }
}
