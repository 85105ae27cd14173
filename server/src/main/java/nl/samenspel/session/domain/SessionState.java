package nl.samenspel.session.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.samenspel.content.Role;
import nl.samenspel.session.domain.Command.AddNote;
import nl.samenspel.session.domain.Command.AddVote;
import nl.samenspel.session.domain.Command.ArrangeTables;
import nl.samenspel.session.domain.Command.CloseSession;
import nl.samenspel.session.domain.Command.DealRoles;
import nl.samenspel.session.domain.Command.EditNote;
import nl.samenspel.session.domain.Command.ExpireTimer;
import nl.samenspel.session.domain.Command.ExtendTimer;
import nl.samenspel.session.domain.Command.FormatCommand;
import nl.samenspel.session.domain.Command.GotoStep;
import nl.samenspel.session.domain.Command.GroupNotes;
import nl.samenspel.session.domain.Command.HighlightNote;
import nl.samenspel.session.domain.Command.MoveNote;
import nl.samenspel.session.domain.Command.MoveParticipant;
import nl.samenspel.session.domain.Command.OpenEnvelope;
import nl.samenspel.session.domain.Command.PauseTimer;
import nl.samenspel.session.domain.Command.RemoveNote;
import nl.samenspel.session.domain.Command.RemoveParticipant;
import nl.samenspel.session.domain.Command.RemoveVote;
import nl.samenspel.session.domain.Command.ResumeTimer;
import nl.samenspel.session.domain.Command.RevealRoles;
import nl.samenspel.session.domain.Command.SkipTimer;
import nl.samenspel.session.domain.Command.Spotlight;
import nl.samenspel.session.domain.Command.StartTimer;
import nl.samenspel.session.domain.Command.UngroupNote;
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
import nl.samenspel.session.domain.board.Note;
import nl.samenspel.session.domain.envelopes.Envelopes;
import nl.samenspel.session.domain.envelopes.RoleDealer;
import nl.samenspel.session.domain.envelopes.TableEnvelope;
import nl.samenspel.session.domain.tables.Table;
import nl.samenspel.session.domain.tables.TablePlanner;
import nl.samenspel.session.domain.tables.Tables;

/**
 * One session: who is in it, the tables, envelopes, agenda and flip-overs, and the format's
 * own state. Commands are checked in {@link #decide}, events applied in {@link #apply}; both
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
        List<SessionEvent> decided = decide(who, command, decision);
        return applyAll(who.key(), commandId, decided, decision, applied);
    }

    /** Like {@link #execute} for a newcomer: a join is nobody's command yet. */
    public List<JournalEntry> join(String name, String tokenHash, String commandId, Decision decision,
                                   Consumer<JournalEntry> applied) {
        if (closed) throw Rejection.of("session_closed", "this session no longer admits new participants");
        ParticipantJoined joined = participants.join(name, tokenHash, decision.now());
        List<SessionEvent> events = new ArrayList<>();
        events.add(joined);
        tables.smallest().ifPresent(table -> events.addAll(seat(joined.participant(), table, decision)));
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

    List<SessionEvent> decide(Principal who, Command command, Decision d) {
        long now = d.now();
        if (who instanceof Principal.Projector) throw Rejection.of("forbidden", "the projector view only shows");
        if (command instanceof ExpireTimer) {
            if (!(who instanceof Principal.Server)) throw Rejection.forbidden("end a timer");
            List<SessionEvent> ended = new ArrayList<>(agenda.timer().expire(now));
            ended.addAll(rules().expire(this, d));
            return ended;
        }
        if (command instanceof FormatCommand c) return rules().decide(this, who, c, d);

        // What participants may do.
        if (command instanceof AddNote c) {
            Board board = accessible(who, c.board());
            return List.of(board.add(boards.nextNoteId(), c.column(), c.text(), c.color(), author(who), now));
        }
        if (command instanceof EditNote c) {
            return List.of(accessible(who, c.board()).edit(c.note(), c.text(), c.color(), author(who), now));
        }
        if (command instanceof RemoveNote c) {
            return List.of(accessible(who, c.board()).remove(c.note(), author(who)));
        }
        if (command instanceof AddVote c) {
            return List.of(accessible(who, c.board()).vote(c.note(), participant(who, "vote").id()));
        }
        if (command instanceof RemoveVote c) {
            return List.of(accessible(who, c.board()).unvote(c.note(), participant(who, "vote").id()));
        }
        if (command instanceof OpenEnvelope) return openEnvelope(participant(who, "open an envelope"));
        if (command instanceof RevealRoles c) return reveal(who, c.table());

        // What only the facilitator may do.
        requireFacilitator(who, command);
        if (command instanceof ArrangeTables c) return arrange(c.maxSize(), d);
        if (command instanceof MoveParticipant c) return move(c.participant(), c.table(), d);
        if (command instanceof RemoveParticipant c) {
            return List.of(new ParticipantRemoved(participants.require(c.participant()).id()));
        }
        if (command instanceof DealRoles c) return deal(c.table(), d);
        if (command instanceof GotoStep c) return List.of(agenda.enter(c.index()));
        if (command instanceof StartTimer c) return List.of(agenda.start(c.seconds(), d));
        if (command instanceof PauseTimer) return List.of(agenda.timer().pause(now));
        if (command instanceof ResumeTimer) return List.of(agenda.timer().resume(now));
        if (command instanceof ExtendTimer c) return agenda.timer().extend(d.millis(c.seconds()), now);
        if (command instanceof SkipTimer) return List.of(agenda.timer().skip(now));
        if (command instanceof MoveNote c) return List.of(boards.require(c.board()).move(c.note(), c.column(), c.before()));
        if (command instanceof GroupNotes c) {
            return List.of(boards.require(c.board()).group(boards.nextGroupId(), c.notes(), c.label()));
        }
        if (command instanceof UngroupNote c) return boards.require(c.board()).ungroup(c.note());
        if (command instanceof HighlightNote c) return boards.require(c.board()).highlight(c.note(), c.on());
        if (command instanceof Command.HideVotes c) return boards.require(c.board()).hideVotes(c.hidden());
        if (command instanceof Spotlight c) {
            if (c.board() != null) boards.require(c.board());
            return List.of(new SpotlightSet(c.board()));
        }
        if (command instanceof CloseSession) return closed ? List.of() : List.of(new SessionClosed(now));
        throw new IllegalStateException("no rule for " + command.getClass().getSimpleName());
    }

    private static void requireFacilitator(Principal who, Command command) {
        if (!(who instanceof Principal.Facilitator)) {
            throw Rejection.forbidden(Commands.describe(command));
        }
    }

    /** The participant behind a principal; the facilitator and projector cannot act as one. */
    public Participant participant(Principal who, String what) {
        if (who instanceof Principal.Participant p) return participants.require(p.id());
        throw Rejection.of("forbidden", "only participants " + what);
    }

    private static String author(Principal who) {
        return who instanceof Principal.Participant p ? p.id() : Note.FACILITATOR;
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

    private List<SessionEvent> arrange(int maxSize, Decision d) {
        if (maxSize < Limits.MIN_TABLE_SIZE || maxSize > Limits.MAX_TABLE_SIZE) {
            throw Rejection.invalid("maxSize", "a table seats " + Limits.MIN_TABLE_SIZE + " to " + Limits.MAX_TABLE_SIZE);
        }
        List<String> people = participants.present().stream().map(Participant::id).toList();
        if (people.isEmpty()) throw Rejection.wrongPhase("nobody has joined yet");
        List<SessionEvent> events = new ArrayList<>();
        TablesArranged arranged = new TablesArranged(TablePlanner.balanced(people, maxSize, d.random()));
        events.add(arranged);
        for (SessionEvent.Seating s : arranged.tables()) {
            String board = tableBoard(s.id());
            if (!boards.exists(board)) {
                events.add(new BoardOpened(board, plan.tableBoardTitle(), plan.tableColumns(), plan.dots()));
            }
        }
        return events;
    }

    private List<SessionEvent> move(String participantId, String tableId, Decision d) {
        Participant p = participants.require(participantId);
        Table table = tables.require(tableId);
        if (table.id().equals(p.table())) return List.of();
        return seat(p.id(), table, d);
    }

    /** Seats someone at a table; where the table's roles are dealt, they draw one too. */
    private List<SessionEvent> seat(String participant, Table table, Decision d) {
        List<SessionEvent> events = new ArrayList<>();
        events.add(new ParticipantSeated(participant, table.id()));
        envelopes.of(table.id()).filter(env -> !env.roles().isEmpty()).filter(env -> rules().drawsForLatecomers(this)).ifPresent(env -> {
            String role = RoleDealer.draw(roleIds(), plan.roleSet().core(), new java.util.HashSet<>(env.roles().values()),
                    envelopes.held(participant), d.random());
            events.add(new RoleAssigned(participant, table.id(), role));
        });
        return events;
    }

    private List<SessionEvent> deal(String tableId, Decision d) {
        if (!tables.arranged()) throw Rejection.wrongPhase("make the tables first");
        if (roleIds().isEmpty()) throw Rejection.wrongPhase("this session has no roles to deal");
        List<Table> which = tableId == null ? tables.all() : List.of(tables.require(tableId));
        Map<String, Map<String, String>> byTable = new LinkedHashMap<>();
        Map<String, List<String>> history = envelopes.history();
        for (Table t : which) {
            if (t.size() > 0) byTable.put(t.id(), RoleDealer.deal(t.seats(), roleIds(), plan.roleSet().core(), history, d.random()));
        }
        if (byTable.isEmpty()) throw Rejection.wrongPhase("nobody stands at these tables");
        return List.of(new RolesDealt(envelopes.round() + 1, byTable));
    }

    private List<String> roleIds() {
        return plan.roleSet() == null ? List.of() : plan.roleSet().roles().stream().map(Role::id).toList();
    }

    private List<SessionEvent> openEnvelope(Participant p) {
        TableEnvelope env = p.table() == null ? null : envelopes.of(p.table()).orElse(null);
        if (env == null || env.roleOf(p.id()) == null) throw Rejection.wrongPhase("no role has been dealt to you yet");
        return env.hasOpened(p.id()) ? List.of() : List.of(new EnvelopeOpened(p.id()));
    }

    private List<SessionEvent> reveal(Principal who, String tableId) {
        List<String> which;
        if (who instanceof Principal.Facilitator) {
            which = tableId == null
                    ? tables.all().stream().map(Table::id).filter(this::dealtAndHidden).toList()
                    : List.of(tables.require(tableId).id());
        } else {
            Participant p = participant(who, "reveal roles");
            if (!rules().tableMayReveal(this)) throw Rejection.forbidden("reveal the roles now");
            if (tableId != null && !tableId.equals(p.table())) {
                throw Rejection.of("not_your_table", "you can only reveal the roles of your own table");
            }
            if (p.table() == null) throw Rejection.wrongPhase("you are not at a table yet");
            which = List.of(p.table());
        }
        for (String t : which) {
            if (envelopes.of(t).map(env -> env.roles().isEmpty()).orElse(true)) {
                throw Rejection.wrongPhase("no roles have been dealt at table " + t);
            }
        }
        List<String> hidden = which.stream().filter(this::dealtAndHidden).toList();
        return hidden.isEmpty() ? List.of() : List.of(new RolesRevealed(hidden));
    }

    private boolean dealtAndHidden(String table) {
        return envelopes.of(table).map(env -> !env.roles().isEmpty() && !env.revealed()).orElse(false);
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
