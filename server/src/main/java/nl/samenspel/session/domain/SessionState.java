package nl.samenspel.session.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.samenspel.content.Role;
import nl.samenspel.session.domain.SessionEvent.BoardOpened;
import nl.samenspel.session.domain.SessionEvent.EnvelopeOpened;
import nl.samenspel.session.domain.SessionEvent.FormatEvent;
import nl.samenspel.session.domain.SessionEvent.NoteAdded;
import nl.samenspel.session.domain.SessionEvent.NoteEdited;
import nl.samenspel.session.domain.SessionEvent.NoteHighlighted;
import nl.samenspel.session.domain.SessionEvent.NoteMoved;
import nl.samenspel.session.domain.SessionEvent.NoteRemoved;
import nl.samenspel.session.domain.SessionEvent.NoteUngrouped;
import nl.samenspel.session.domain.SessionEvent.NotesGrouped;
import nl.samenspel.session.domain.SessionEvent.ParticipantJoined;
import nl.samenspel.session.domain.SessionEvent.ParticipantRemoved;
import nl.samenspel.session.domain.SessionEvent.ParticipantSeated;
import nl.samenspel.session.domain.SessionEvent.RoleAssigned;
import nl.samenspel.session.domain.SessionEvent.RolesDealt;
import nl.samenspel.session.domain.SessionEvent.RolesRevealed;
import nl.samenspel.session.domain.SessionEvent.SessionClosed;
import nl.samenspel.session.domain.SessionEvent.SessionCreated;
import nl.samenspel.session.domain.SessionEvent.SpotlightSet;
import nl.samenspel.session.domain.SessionEvent.StepEntered;
import nl.samenspel.session.domain.SessionEvent.TablesArranged;
import nl.samenspel.session.domain.SessionEvent.TimerEnded;
import nl.samenspel.session.domain.SessionEvent.TimerExtended;
import nl.samenspel.session.domain.SessionEvent.TimerPaused;
import nl.samenspel.session.domain.SessionEvent.TimerResumed;
import nl.samenspel.session.domain.SessionEvent.TimerStarted;
import nl.samenspel.session.domain.SessionEvent.VoteAdded;
import nl.samenspel.session.domain.SessionEvent.VoteRemoved;
import nl.samenspel.session.domain.agenda.Agenda;
import nl.samenspel.session.domain.board.Board;
import nl.samenspel.session.domain.board.BoardId;
import nl.samenspel.session.domain.board.Boards;
import nl.samenspel.session.domain.envelopes.Envelopes;
import nl.samenspel.session.domain.tables.Tables;

/**
 * One session: who is in it, the tables, envelopes, agenda and flip-overs, and the format's
 * own state. Commands are checked by {@link CoreCommands}, events applied in {@link #apply}; both
 * dispatch in one place each. Nothing here knows about networks or storage.
 */
public final class SessionState {

    private String code;
    private SessionPlan plan;
    private String facilitatorTokenHash;
    private String projectorTokenHash;
    private long createdAt;
    private long lastActivity;
    private long seq;
    private boolean closed;
    private String spotlight;
    private final Participants participants = new Participants();
    private final Tables tables = new Tables();
    private final Envelopes envelopes = new Envelopes();
    private Agenda agenda;
    private final Boards boards = new Boards();
    private final CommandLog commands = new CommandLog();
    private FormatState format;

    @JsonIgnore
    private Function<String, FormatRules> formats;

    private SessionState() {
    }

    /** An empty session, to be filled by its journal (the first event is {@link SessionCreated}). */
    public SessionState(Function<String, FormatRules> formats) {
        this.formats = formats;
    }

    /** After a snapshot is read back, the format rules are attached again. */
    public SessionState bind(Function<String, FormatRules> formats) {
        this.formats = formats;
        return this;
    }

    // --- reading ---------------------------------------------------------------------------

    public String code() { return code; }

    public SessionPlan plan() { return plan; }

    public long createdAt() { return createdAt; }

    public long lastActivity() { return lastActivity; }

    public long seq() { return seq; }

    public boolean closed() { return closed; }

    public String spotlight() { return spotlight; }

    public Participants participants() { return participants; }

    public Tables tables() { return tables; }

    public Envelopes envelopes() { return envelopes; }

    public Agenda agenda() { return agenda; }

    public Boards boards() { return boards; }

    public CommandLog commands() { return commands; }

    @SuppressWarnings("unchecked")
    public <T extends FormatState> T format() { return (T) format; }

    public FormatRules rules() { return formats.apply(plan.format()); }

    public boolean isFacilitatorToken(String tokenHash) { return facilitatorTokenHash.equals(tokenHash); }

    public boolean isProjectorToken(String tokenHash) { return projectorTokenHash.equals(tokenHash); }

    public Optional<Role> role(String roleId) {
        return plan.roleSet() == null ? Optional.empty() : plan.roleSet().role(roleId);
    }

    /** The board id of a table's main flip-over, or of one of its topics. */
    public static String tableBoard(String table) {
        return BoardId.ofTable(table, null).toString();
    }

    // --- deciding --------------------------------------------------------------------------

    /**
     * Checks a command and carries it out: each resulting event becomes the next journal
     * entry, is applied at once (so the next check sees it), is handed to {@code applied},
     * and may lead the format to follow-up events. Returns the entries in order; throws a
     * {@link Rejection} and changes nothing when the command is not allowed.
     */
    public List<JournalEntry> execute(Principal who, String commandId, Command command, Decision decision,
                                      Consumer<JournalEntry> applied) {
        List<SessionEvent> decided = new CoreCommands(this).decide(who, command, decision);
        return applyAll(who.key(), commandId, decided, decision, applied);
    }

    /** Like {@link #execute} for a newcomer: a join is nobody's command yet. */
    public List<JournalEntry> join(String name, String tokenHash, String commandId, Decision decision,
                                   Consumer<JournalEntry> applied) {
        if (closed) throw Rejection.of("session_closed", "this session no longer admits new participants");
        ParticipantJoined joined = participants.join(name, tokenHash, decision.now());
        List<SessionEvent> events = new ArrayList<>();
        events.add(joined);
        tables.smallest().ifPresent(table -> events.addAll(new Seating(this).seat(joined.participant(), table, decision)));
        return applyAll(new Principal.Participant(joined.participant()).key(), commandId, events, decision, applied);
    }

    /** The first entry of every journal. */
    public JournalEntry create(SessionCreated created) {
        JournalEntry entry = new JournalEntry(1, created.at(), Principal.FACILITATOR.key(), null, created);
        apply(entry);
        return entry;
    }

    private List<JournalEntry> applyAll(String principal, String commandId, List<SessionEvent> decided,
                                        Decision decision, Consumer<JournalEntry> applied) {
        List<JournalEntry> all = new ArrayList<>();
        List<SessionEvent> queue = new ArrayList<>(decided);
        while (!queue.isEmpty()) {
            SessionEvent event = queue.remove(0);
            JournalEntry entry = new JournalEntry(seq + 1, decision.now(), principal, commandId, event);
            apply(entry);
            applied.accept(entry);
            all.add(entry);
            queue.addAll(0, rules().react(this, event, decision));
        }
        return all;
    }

    /** The participant behind a principal; the facilitator and projector cannot act as one. */
    public Participant participant(Principal who, String what) {
        if (who instanceof Principal.Participant p) return participants.require(p.id());
        throw Rejection.of("forbidden", "only participants " + what);
    }

    /** A board the principal may write on: participants only their own table's and the plenary ones. */
    public Board accessible(Principal who, String boardName) {
        BoardId id = BoardId.parse(boardName);
        if (who instanceof Principal.Participant p && !id.plenary()) {
            String mine = participants.require(p.id()).table();
            if (!id.table().equals(mine)) {
                throw Rejection.of("not_your_table", "you can only write on your own table's flip-over");
            }
        }
        return boards.require(boardName);
    }

    // --- applying --------------------------------------------------------------------------

    /** Applies one journal entry: the event, and what the session remembers about the command. */
    public void apply(JournalEntry entry) {
        apply(entry.event());
        seq = entry.seq();
        lastActivity = entry.at();
        commands.record(entry.principal(), entry.commandId(), entry.seq());
    }

    public void apply(SessionEvent event) {
        if (event instanceof SessionCreated e) {
            code = e.code();
            plan = e.plan();
            facilitatorTokenHash = e.facilitatorTokenHash();
            projectorTokenHash = e.projectorTokenHash();
            createdAt = e.at();
            agenda = new Agenda(plan.steps());
            boards.apply(new BoardOpened(BoardId.PLENARY, plan.plenaryBoardTitle(), plan.plenaryColumns(), plan.dots()));
            format = rules().start(plan);
        } else if (event instanceof ParticipantJoined e) {
            participants.apply(e);
        } else if (event instanceof ParticipantRemoved e) {
            tables.unseat(e.participant());
            envelopes.withdraw(e.participant());
            participants.apply(e);
        } else if (event instanceof TablesArranged e) {
            tables.apply(e);
            envelopes.clearTables();
            participants.present().forEach(p -> participants.seat(p.id(), null));
            e.tables().forEach(t -> t.seats().forEach(p -> participants.seat(p, t.id())));
        } else if (event instanceof ParticipantSeated e) {
            envelopes.withdraw(e.participant());
            tables.seat(e.participant(), e.table());
            participants.seat(e.participant(), e.table());
        } else if (event instanceof RolesDealt e) {
            envelopes.apply(e);
        } else if (event instanceof RoleAssigned e) {
            envelopes.apply(e);
        } else if (event instanceof EnvelopeOpened e) {
            envelopes.apply(e);
        } else if (event instanceof RolesRevealed e) {
            envelopes.apply(e);
        } else if (event instanceof StepEntered e) {
            agenda.apply(e);
        } else if (event instanceof TimerStarted e) {
            agenda.apply(e);
        } else if (event instanceof TimerPaused e) {
            agenda.apply(e);
        } else if (event instanceof TimerResumed e) {
            agenda.apply(e);
        } else if (event instanceof TimerExtended e) {
            agenda.apply(e);
        } else if (event instanceof TimerEnded e) {
            agenda.apply(e);
        } else if (event instanceof BoardOpened e) {
            boards.apply(e);
        } else if (event instanceof NoteAdded e) {
            boards.apply(e);
        } else if (event instanceof NoteEdited e) {
            boards.require(e.board()).apply(e);
        } else if (event instanceof NoteRemoved e) {
            boards.require(e.board()).apply(e);
        } else if (event instanceof NoteMoved e) {
            boards.require(e.board()).apply(e);
        } else if (event instanceof NotesGrouped e) {
            boards.apply(e);
        } else if (event instanceof NoteUngrouped e) {
            boards.require(e.board()).apply(e);
        } else if (event instanceof NoteHighlighted e) {
            boards.require(e.board()).apply(e);
        } else if (event instanceof VoteAdded e) {
            boards.require(e.board()).apply(e);
        } else if (event instanceof VoteRemoved e) {
            boards.require(e.board()).apply(e);
        } else if (event instanceof SessionEvent.VotesHidden e) {
            boards.require(e.board()).apply(e);
        } else if (event instanceof SpotlightSet e) {
            spotlight = e.board();
        } else if (event instanceof SessionClosed) {
            closed = true;
        } else if (event instanceof FormatEvent e) {
            rules().apply(this, e);
        }
    }
}
