package nl.samenspel.format.dilemma;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.samenspel.format.dilemma.DilemmaCommand.AddLeading;
import nl.samenspel.format.dilemma.DilemmaCommand.Choose;
import nl.samenspel.format.dilemma.DilemmaCommand.NameValues;
import nl.samenspel.format.dilemma.DilemmaCommand.Nudge;
import nl.samenspel.format.dilemma.DilemmaCommand.RemoveLeading;
import nl.samenspel.format.dilemma.DilemmaEvent.ChoiceMade;
import nl.samenspel.format.dilemma.DilemmaEvent.LeadingAdded;
import nl.samenspel.format.dilemma.DilemmaEvent.Nudged;
import nl.samenspel.format.dilemma.DilemmaEvent.ValuesNamed;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Decision;
import nl.samenspel.session.domain.FormatRules;
import nl.samenspel.session.domain.FormatState;
import nl.samenspel.session.domain.Participant;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.Texts;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.domain.board.Board;
import nl.samenspel.session.domain.board.BoardId;
import nl.samenspel.session.domain.board.Note;

/**
 * The rules of the dilemma game. Participants name values (in the steps share, choose and
 * lead), choose (choose, lead) and put leading values on their table's flip-over (lead,
 * reveal); the facilitator may also lead for a table at any time, and nudge. The script of
 * rounds is in {@link RoundFlow}.
 */
final class DilemmaRules implements FormatRules {

    static final int MAX_VALUES = 5;
    static final int MAX_OTHER = 3;
    static final int VALUE_TEXT = 40;
    static final int NOTE = 200;
    static final int REASON = 120;

    private static final Set<String> NAMING = Set.of(StepKind.SHARE, StepKind.CHOOSE, StepKind.LEAD);
    private static final Set<String> CHOOSING = Set.of(StepKind.CHOOSE, StepKind.LEAD);
    private static final Set<String> LEADING = Set.of(StepKind.LEAD, StepKind.REVEAL);

    @Override
    public FormatState start(SessionPlan plan) {
        return new DilemmaState(((DilemmaPlan) plan.formatPlan()).roundCount());
    }

    @Override
    public List<SessionEvent> decide(SessionState s, Principal who, Command.FormatCommand command, Decision d) {
        if (command instanceof NameValues c) return nameValues(s, who, c);
        if (command instanceof Choose c) return choose(s, who, c);
        if (command instanceof AddLeading c) return addLeading(s, who, c, d);
        if (command instanceof RemoveLeading c) return removeLeading(s, who, c);
        if (command instanceof Nudge c) return nudge(s, who, c);
        if (command instanceof DilemmaCommand.Pick c) return PerspectivePick.decide(s, who, c);
        throw Rejection.of("unknown_type", "the dilemma game has no command " + command.getClass().getSimpleName());
    }

    @Override
    public void apply(SessionState s, SessionEvent.FormatEvent event) {
        DilemmaState state = s.format();
        state.apply((DilemmaEvent) event);
    }

    /** Where people choose, a latecomer picks a perspective too instead of being dealt one. */
    @Override
    public boolean drawsForLatecomers(SessionState s) {
        return !DilemmaPlan.of(s).choosing();
    }

    @Override
    public List<SessionEvent> react(SessionState s, SessionEvent event, Decision d) {
        return RoundFlow.react(s, event, d);
    }

    // --- participants ----------------------------------------------------------------------

    private List<SessionEvent> nameValues(SessionState s, Principal who, NameValues c) {
        Participant p = s.participant(who, "name values");
        int round = roundIn(s, NAMING, "values are named in the steps ‘share’, ‘choose’ and ‘lead’ of a round");
        String table = tableOf(p);
        DilemmaPlan plan = DilemmaPlan.of(s);
        Set<String> values = new LinkedHashSet<>();
        for (String id : c.values() == null ? List.<String>of() : c.values()) {
            if (plan.value(id).isEmpty()) throw Rejection.invalid("values", "there is no value '" + id + "' in this game's list");
            values.add(id);
        }
        List<String> other = new ArrayList<>();
        for (String raw : c.other() == null ? List.<String>of() : c.other()) {
            String words = Texts.optional("other", raw, VALUE_TEXT);
            if (words == null) continue;
            // "veiligheid" typed by hand is the listed value Veiligheid.
            var listed = plan.valueNamed(words);
            if (listed.isPresent()) values.add(listed.get().id());
            else if (other.stream().noneMatch(o -> o.equalsIgnoreCase(words))) other.add(words);
        }
        if (other.size() > MAX_OTHER) throw Rejection.invalid("other", "name at most " + MAX_OTHER + " values in your own words");
        if (values.size() + other.size() > MAX_VALUES) {
            throw Rejection.invalid("values", "choose at most " + MAX_VALUES + " values");
        }
        String note = Texts.optional("note", c.note(), NOTE);
        Entry before = DilemmaState.of(s).round(round).entry(p.id()).orElse(null);
        if (before != null && table.equals(before.table()) && before.values().equals(List.copyOf(values))
                && before.other().equals(other) && Objects.equals(before.note(), note)) {
            return List.of();
        }
        return List.of(new ValuesNamed(round, p.id(), table, List.copyOf(values), other, note));
    }

    private List<SessionEvent> choose(SessionState s, Principal who, Choose c) {
        Participant p = s.participant(who, "make a choice");
        int round = roundIn(s, CHOOSING, "choices are made in the steps ‘choose’ and ‘lead’ of a round");
        String table = tableOf(p);
        if (!Choices.ALL.contains(c.choice())) throw Rejection.invalid("choice", "choice must be one of " + Choices.ALL);
        String reason = Texts.optional("reason", c.reason(), REASON);
        Entry before = DilemmaState.of(s).round(round).entry(p.id()).orElse(null);
        if (before != null && table.equals(before.table()) && c.choice().equals(before.choice())
                && Objects.equals(before.reason(), reason)) {
            return List.of();
        }
        return List.of(new ChoiceMade(round, p.id(), table, c.choice(), reason));
    }

    private List<SessionEvent> addLeading(SessionState s, Principal who, AddLeading c, Decision d) {
        String table;
        int round;
        if (who instanceof Principal.Facilitator) {
            if (c.table() == null) throw Rejection.invalid("table", "table is missing");
            table = s.tables().require(c.table()).id();
            round = s.agenda().currentStep().map(Step::round).filter(r -> r > 0).orElse(DilemmaState.of(s).current());
            if (round == 0) throw Rejection.wrongPhase("no round has started yet");
        } else {
            Participant p = s.participant(who, "put a leading value on the flip-over");
            table = tableOf(p);
            if (c.table() != null && !c.table().equals(table)) {
                throw Rejection.of("not_your_table", "you can only write on your own table's flip-over");
            }
            round = roundIn(s, LEADING, "leading values are noted in the steps ‘lead’ and ‘reveal’ of a round");
        }
        DilemmaPlan plan = DilemmaPlan.of(s);
        if (c.value() == null && c.text() == null) throw Rejection.invalid("value", "value or text is missing");
        if (c.value() != null && c.text() != null) throw Rejection.invalid("text", "give a value or a text, not both");
        String value = c.value();
        String words;
        if (value != null) {
            words = plan.value(value).orElseThrow(() -> Rejection.invalid("value", "there is no value '" + c.value() + "' in this game's list"))
                    .title().nl();
        } else {
            words = Texts.required("text", c.text(), VALUE_TEXT, false);
            value = plan.valueNamed(words).map(ValueCard::id).orElse(null);
            if (value != null) words = plan.value(value).orElseThrow().title().nl();
        }
        String key = LeadingValues.keyOf(value, words);
        if (LeadingValues.of(s, round, table).stream().anyMatch(l -> l.key().equals(key))) return List.of();
        Board board = s.boards().require(SessionState.tableBoard(table));
        String author = who instanceof Principal.Participant p ? p.id() : Note.FACILITATOR;
        SessionEvent.NoteAdded note = board.add(s.boards().nextNoteId(), LeadingValues.column(round), words, null, author, d.now());
        return List.of(note, new LeadingAdded(round, table, note.note(), value));
    }

    private List<SessionEvent> removeLeading(SessionState s, Principal who, RemoveLeading c) {
        String boardId;
        if (who instanceof Principal.Facilitator) {
            boardId = s.boards().all().stream().map(Board::id)
                    .filter(b -> !BoardId.parse(b).plenary() && BoardId.parse(b).topic() == null)
                    .filter(b -> s.boards().require(b).note(c.note()).isPresent())
                    .findFirst().orElseThrow(() -> Rejection.notFound("note", c.note()));
        } else {
            Participant p = s.participant(who, "take a leading value off the flip-over");
            roundIn(s, LEADING, "leading values are changed in the steps ‘lead’ and ‘reveal’ of a round");
            boardId = SessionState.tableBoard(tableOf(p));
            if (s.boards().find(boardId).flatMap(b -> b.note(c.note())).isEmpty()) {
                boolean elsewhere = s.boards().all().stream().anyMatch(b -> b.note(c.note()).isPresent());
                if (elsewhere) throw Rejection.of("not_your_table", "you can only change your own table's flip-over");
                throw Rejection.notFound("note", c.note());
            }
        }
        Note note = s.boards().require(boardId).require(c.note());
        if (LeadingValues.roundOf(note.column()) == 0) throw Rejection.invalid("note", "this note is not a leading value");
        return List.of(new SessionEvent.NoteRemoved(boardId, note.id()));
    }

    // --- facilitator ----------------------------------------------------------------------

    private List<SessionEvent> nudge(SessionState s, Principal who, Nudge c) {
        who.requireFacilitator("nudge");
        if (c.table() == null && c.participant() == null) throw Rejection.invalid("table", "name a table or a participant");
        String table = c.table() == null ? null : s.tables().require(c.table()).id();
        String participant = c.participant() == null ? null : s.participants().require(c.participant()).id();
        String step = s.agenda().currentStep().map(Step::kind).orElse(null);
        return List.of(new Nudged(table, participant, step));
    }

    // --- helpers ---------------------------------------------------------------------------

    /** The round being played when the current step is one of {@code kinds}; otherwise a rejection. */
    private static int roundIn(SessionState s, Set<String> kinds, String message) {
        Step step = s.agenda().currentStep().orElse(null);
        if (step == null || step.round() < 1 || !kinds.contains(step.kind())) throw Rejection.wrongPhase(message);
        return step.round();
    }

    private static String tableOf(Participant p) {
        if (p.table() == null) throw Rejection.wrongPhase("you are not at a table yet");
        return p.table();
    }
}
