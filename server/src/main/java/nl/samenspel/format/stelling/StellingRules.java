package nl.samenspel.format.stelling;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.content.Text;
import nl.samenspel.format.stelling.StellingPlan.Statement;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Decision;
import nl.samenspel.session.domain.FormatRules;
import nl.samenspel.session.domain.FormatState;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.domain.board.Column;

/**
 * The rules of a statement round: one sticker per participant per statement, movable while the
 * statement is the current step and its vote is open; only the facilitator closes a vote, which
 * fixes the side the arguments start from and opens the statement's flip-over.
 */
final class StellingRules implements FormatRules {

    static final int LOWEST = 1;
    static final int HIGHEST = 5;
    static final String DISAGREE = "oneens";
    static final String AGREE = "eens";
    static final List<Column> COLUMNS = List.of(
            new Column(DISAGREE, Text.of("Oneens", "Disagree"), "pink"),
            new Column(AGREE, Text.of("Eens", "Agree"), "green"));

    @Override
    public FormatState start(SessionPlan plan) {
        return StellingState.start();
    }

    /** The statement whose step is current, or null (before the first step). */
    static String current(SessionState s) {
        return s.agenda().currentStep().filter(step -> StellingPlan.STEP_KIND.equals(step.kind())).map(Step::id).orElse(null);
    }

    /** The side of the scale a value is on: 1–2 "oneens", 4–5 "eens", 3 (neutral) none. */
    static String side(int value) {
        return value < 3 ? DISAGREE : value > 3 ? AGREE : null;
    }

    /** The side fewer stickers are on; on a tie the "oneens" side starts. */
    static String leastChosen(int[] counts) {
        int disagree = counts[0] + counts[1];
        int agree = counts[3] + counts[4];
        return agree < disagree ? AGREE : DISAGREE;
    }

    @Override
    public List<SessionEvent> decide(SessionState s, Principal who, Command.FormatCommand command, Decision d) {
        if (command instanceof StellingCommand.Place c) return place(s, who, c);
        if (command instanceof StellingCommand.Close c) return close(s, who, c);
        throw Rejection.of("unknown_type", "this session's format has no such command");
    }

    private static List<SessionEvent> place(SessionState s, Principal who, StellingCommand.Place c) {
        String participant = s.participant(who, "place a sticker").id();
        statement(s, c.statement());
        if (c.value() < LOWEST || c.value() > HIGHEST) {
            throw Rejection.invalid("value", "a sticker goes from 1 (helemaal oneens) to 5 (helemaal eens)");
        }
        if (!c.statement().equals(current(s))) throw Rejection.wrongPhase("this statement is not the one on the projector now");
        if (StellingState.of(s).isClosed(c.statement())) throw Rejection.wrongPhase("the vote on this statement is closed");
        if (StellingState.of(s).stickerOf(c.statement(), participant).orElse(0) == c.value()) return List.of();
        return List.of(new StellingEvent.StickerPlaced(participant, c.statement(), c.value()));
    }

    private static List<SessionEvent> close(SessionState s, Principal who, StellingCommand.Close c) {
        who.requireFacilitator("close the vote");
        Statement statement = statement(s, c.statement());
        if (StellingState.of(s).isClosed(c.statement())) return List.of();
        List<SessionEvent> out = new ArrayList<>();
        out.add(new StellingEvent.VotingClosed(c.statement(), leastChosen(StellingState.of(s).counts(c.statement()))));
        String board = StellingPlan.board(c.statement());
        if (!s.boards().exists(board)) out.add(new SessionEvent.BoardOpened(board, statement.text(), COLUMNS, s.plan().dots()));
        return out;
    }

    private static Statement statement(SessionState s, String id) {
        return StellingPlan.of(s).statement(id).orElseThrow(() -> Rejection.invalid("statement", "there is no statement '" + id + "'"));
    }

    @Override
    public void apply(SessionState s, SessionEvent.FormatEvent event) {
        if (!(event instanceof StellingEvent e)) throw new IllegalStateException("unexpected format event " + event);
        StellingState.of(s).apply(e);
    }

    /** Nobody draws a role: a statement round has no envelopes. */
    @Override
    public boolean drawsForLatecomers(SessionState session) {
        return false;
    }
}
