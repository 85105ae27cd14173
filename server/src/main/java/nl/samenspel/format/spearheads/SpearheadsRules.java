package nl.samenspel.format.spearheads;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.format.spearheads.SpearheadsCommand.ActionFields;
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
import nl.samenspel.format.spearheads.SpearheadsPlan.Spearhead;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Decision;
import nl.samenspel.session.domain.FormatRules;
import nl.samenspel.session.domain.FormatState;
import nl.samenspel.session.domain.Limits;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.Texts;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.domain.board.Board;
import nl.samenspel.session.domain.board.BoardId;
import nl.samenspel.session.domain.board.Column;
import nl.samenspel.session.domain.board.Note;

/**
 * The rules of the spearhead session: private thermometer scores, the action list (made by the
 * facilitator or a participant the facilitator allows, changeable until it is locked), the
 * closing table's summaries, and the check of an earlier session's actions. Opens each
 * spearhead's flip-over when its step begins.
 */
public final class SpearheadsRules implements FormatRules {

    public static final int MAX_ACTIONS = 100;
    public static final String DONE = "done";
    public static final String IN_PROGRESS = "in_progress";
    public static final String STOPPED = "stopped";
    public static final String CARRIED_OVER = "carried_over";
    public static final List<String> REVIEW_STATUSES = List.of(DONE, IN_PROGRESS, STOPPED, CARRIED_OVER);
    public static final String KIND_SPEARHEAD = "spearhead";

    @Override
    public FormatState start(SessionPlan plan) {
        return SpearheadsState.start();
    }

    @Override
    public List<SessionEvent> decide(SessionState s, Principal who, Command.FormatCommand command, Decision d) {
        if (command instanceof Rate c) return rate(s, who, c);
        if (command instanceof RevealThermometer) return reveal(s, who);
        if (command instanceof AddAction c) return addAction(s, who, c);
        if (command instanceof EditAction c) return editAction(s, who, c);
        if (command instanceof MoveAction c) return moveAction(s, who, c);
        if (command instanceof RemoveAction c) return removeAction(s, who, c);
        if (command instanceof LockActions c) return lock(s, who, c);
        if (command instanceof SetSummary c) return summary(s, who, c);
        if (command instanceof ReviewAction c) return EarlierReview.decide(s, who, c);
        if (command instanceof AllowActions c) return allow(s, who, c);
        throw Rejection.of("unknown_type", "this session's format has no such command");
    }

    @Override
    public void apply(SessionState s, SessionEvent.FormatEvent event) {
        if (!(event instanceof SpearheadsEvent e)) throw new IllegalStateException("unexpected format event " + event);
        SpearheadsState.of(s).apply(e);
    }

    @Override
    public List<SessionEvent> react(SessionState s, SessionEvent event, Decision decision) {
        if (event instanceof SessionEvent.StepEntered e) {
            Step step = s.agenda().steps().get(e.index());
            return KIND_SPEARHEAD.equals(step.kind()) ? openBoards(s, step.id(), tableIds(s)) : List.of();
        }
        if (event instanceof SessionEvent.TablesArranged e && SpearheadsPlan.of(s).tableBoards()) {
            List<SessionEvent> out = new ArrayList<>();
            List<String> tables = e.tables().stream().map(SessionEvent.Seating::id).toList();
            for (String spearhead : SpearheadsPlan.of(s).order()) {
                if (s.boards().exists(SpearheadsPlan.plenaryBoard(spearhead))) out.addAll(openBoards(s, spearhead, tables));
            }
            return out;
        }
        return List.of();
    }

    private static List<String> tableIds(SessionState s) {
        return s.tables().all().stream().map(t -> t.id()).toList();
    }

    /** The plenary flip-over of a spearhead, and with table boards one per table, where not yet open. */
    private static List<SessionEvent> openBoards(SessionState s, String spearhead, List<String> tables) {
        SpearheadsPlan plan = SpearheadsPlan.of(s);
        Spearhead sp = plan.spearhead(spearhead).orElseThrow();
        List<Column> columns = plan.columns().stream().map(c -> new Column(c.id(), c.title(), c.color())).toList();
        List<String> boards = new ArrayList<>();
        boards.add(SpearheadsPlan.plenaryBoard(spearhead));
        if (plan.tableBoards()) tables.forEach(t -> boards.add(SpearheadsPlan.tableBoard(t, spearhead)));
        List<SessionEvent> out = new ArrayList<>();
        for (String board : boards) {
            if (!s.boards().exists(board)) out.add(new SessionEvent.BoardOpened(board, sp.title(), columns, s.plan().dots()));
        }
        return out;
    }

    // --- thermometer ---------------------------------------------------------------------------

    private List<SessionEvent> rate(SessionState s, Principal who, Rate c) {
        String participant = s.participant(who, "rate the thermometer").id();
        SpearheadsPlan.ThermometerPlan thermometer = SpearheadsPlan.of(s).thermometer();
        if (thermometer == null) throw Rejection.wrongPhase("this session has no thermometer");
        if (SpearheadsState.of(s).revealed()) throw Rejection.wrongPhase("the thermometer has been shown; rating is closed");
        if (thermometer.factor(c.factor()).isEmpty()) throw Rejection.invalid("factor", "there is no factor '" + c.factor() + "'");
        if (c.score() < 1 || c.score() > 5) throw Rejection.invalid("score", "a score is from 1 to 5");
        Integer before = SpearheadsState.of(s).ratingsOf(c.factor()).get(participant);
        if (before != null && before == c.score()) return List.of();
        return List.of(new SpearheadsEvent.Rated(participant, c.factor(), c.score()));
    }

    private List<SessionEvent> reveal(SessionState s, Principal who) {
        who.requireFacilitator("show the thermometer");
        if (SpearheadsPlan.of(s).thermometer() == null) throw Rejection.wrongPhase("this session has no thermometer");
        return SpearheadsState.of(s).revealed() ? List.of() : List.of(new SpearheadsEvent.ThermometerRevealed());
    }

    // --- actions -------------------------------------------------------------------------------

    private List<SessionEvent> addAction(SessionState s, Principal who, AddAction c) {
        requireMaker(s, who);
        requireOpen(s);
        SpearheadsState state = SpearheadsState.of(s);
        if (state.actions().size() >= MAX_ACTIONS) {
            throw Rejection.of("limit_reached", "the action list holds at most " + MAX_ACTIONS + " actions");
        }
        ActionFields f = c.fields();
        String what = f.what();
        String spearhead = f.spearhead();
        if (c.board() != null || c.note() != null) {
            if (c.board() == null) throw Rejection.invalid("board", "board is missing");
            Board board = s.accessible(who, c.board());
            Note note = board.require(c.note());
            if (what == null || what.isBlank()) what = note.text();
            String topic = BoardId.parse(c.board()).topic();
            if (spearhead == null && topic != null && SpearheadsPlan.of(s).spearhead(topic).isPresent()) spearhead = topic;
        }
        Action action = fill(s, new Action(state.nextActionId(), null, null, null, null, null, null, Action.OPEN,
                c.board(), c.note(), null), new ActionFields(spearhead, what, f.who(), f.whoText(), f.when(),
                f.firstStep(), f.status()));
        return List.of(new SpearheadsEvent.ActionAdded(action, state.actions().size()));
    }

    private List<SessionEvent> editAction(SessionState s, Principal who, EditAction c) {
        requireMaker(s, who);
        requireOpen(s);
        Action before = existing(s, c.action());
        Action after = fill(s, before, c.fields());
        return after.equals(before) ? List.of() : List.of(new SpearheadsEvent.ActionEdited(after));
    }

    /** Checks the typed fields and gives the action its new value; a field left out keeps spearhead and status. */
    private static Action fill(SessionState s, Action base, ActionFields f) {
        SpearheadsPlan plan = SpearheadsPlan.of(s);
        String spearhead = f.spearhead() == null ? base.spearhead() : f.spearhead();
        if (spearhead == null) throw Rejection.invalid("spearhead", "spearhead is missing");
        if (plan.spearhead(spearhead).isEmpty() && !spearhead.equals(base.spearhead())) {
            throw Rejection.invalid("spearhead", "there is no spearhead '" + spearhead + "'");
        }
        String what = Texts.required("what", f.what(), Limits.NOTE, false);
        String participant = null;
        if (f.who() != null) participant = s.participants().require(f.who()).id();
        String whoText = Texts.optional("whoText", f.whoText(), Limits.LABEL);
        if (participant != null && whoText != null) {
            throw Rejection.invalid("whoText", "give who (a participant) or whoText (a name), not both");
        }
        String when = f.when() == null || f.when().isBlank() ? null : f.when().trim();
        if (when != null && !When.valid(when)) {
            throw Rejection.invalid("when", "when is a day (2026-12-01) or a week (2026-W49)");
        }
        String firstStep = Texts.optional("firstStep", f.firstStep(), Limits.SHORT_TEXT);
        String status = f.status() == null ? base.status() : f.status();
        if (!Action.STATUSES.contains(status)) throw Rejection.invalid("status", "status is one of " + Action.STATUSES);
        return base.edited(spearhead, what, participant, whoText, when, firstStep, status);
    }

    private List<SessionEvent> moveAction(SessionState s, Principal who, MoveAction c) {
        requireMaker(s, who);
        requireOpen(s);
        existing(s, c.action());
        List<String> others = SpearheadsState.of(s).actions().stream().map(Action::id).filter(id -> !id.equals(c.action())).toList();
        int index;
        if (c.before() == null) {
            index = others.size();
        } else {
            if (c.before().equals(c.action())) return List.of();
            index = others.indexOf(c.before());
            if (index < 0) throw Rejection.invalid("before", "there is no action '" + c.before() + "'");
        }
        if (index == SpearheadsState.of(s).indexOf(c.action())) return List.of();
        return List.of(new SpearheadsEvent.ActionMoved(c.action(), index));
    }

    private List<SessionEvent> removeAction(SessionState s, Principal who, RemoveAction c) {
        requireMaker(s, who);
        requireOpen(s);
        existing(s, c.action());
        return List.of(new SpearheadsEvent.ActionRemoved(c.action()));
    }

    private List<SessionEvent> lock(SessionState s, Principal who, LockActions c) {
        who.requireFacilitator("lock the action list");
        return SpearheadsState.of(s).locked() == c.locked() ? List.of() : List.of(new SpearheadsEvent.ActionsLocked(c.locked()));
    }

    private List<SessionEvent> summary(SessionState s, Principal who, SetSummary c) {
        requireMaker(s, who);
        requireOpen(s);
        if (SpearheadsPlan.of(s).spearhead(c.spearhead()).isEmpty()) {
            throw Rejection.invalid("spearhead", "there is no spearhead '" + c.spearhead() + "'");
        }
        String text = Texts.optional("text", c.text(), Limits.NOTE);
        String before = SpearheadsState.of(s).summary(c.spearhead()).orElse(null);
        if (java.util.Objects.equals(before, text)) return List.of();
        return List.of(new SpearheadsEvent.SummarySet(c.spearhead(), text));
    }

    private List<SessionEvent> allow(SessionState s, Principal who, AllowActions c) {
        who.requireFacilitator("allow someone to make actions");
        String participant = s.participants().require(c.participant()).id();
        if (SpearheadsState.of(s).mayMakeActions(participant) == c.allowed()) return List.of();
        return List.of(new SpearheadsEvent.MakerSet(participant, c.allowed()));
    }

    // --- permissions -----------------------------------------------------------------------------

    /** The facilitator, or a participant the facilitator allowed. */
    static void requireMaker(SessionState s, Principal who) {
        if (who instanceof Principal.Facilitator) return;
        if (who instanceof Principal.Participant p && SpearheadsState.of(s).mayMakeActions(p.id())) return;
        throw Rejection.of("forbidden", "only the facilitator, or someone the facilitator allows, may change the action list");
    }

    static void requireOpen(SessionState s) {
        if (SpearheadsState.of(s).locked()) throw Rejection.wrongPhase("the action list is final; the facilitator can open it again");
    }

    private static Action existing(SessionState s, String id) {
        return SpearheadsState.of(s).action(id).orElseThrow(() -> Rejection.notFound("action", id));
    }
}
