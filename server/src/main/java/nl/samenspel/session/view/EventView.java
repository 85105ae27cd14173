package nl.samenspel.session.view;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspel.session.domain.Participant;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionEvent.BoardOpened;
import nl.samenspel.session.domain.SessionEvent.EnvelopeOpened;
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
import nl.samenspel.session.domain.SessionEvent.SpotlightSet;
import nl.samenspel.session.domain.SessionEvent.StepEntered;
import nl.samenspel.session.domain.SessionEvent.TablesArranged;
import nl.samenspel.session.domain.SessionEvent.VoteAdded;
import nl.samenspel.session.domain.SessionEvent.VoteRemoved;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.board.Board;

/**
 * Turns an applied event into client updates, each with the audience that may see it. A
 * secret role goes to its holder only; everyone else at the table learns that an envelope was
 * dealt or opened, never what was in it.
 */
public final class EventView {

    private final ViewContext context;
    private final SnapshotView snapshots;

    public EventView(ViewContext context) {
        this.context = context;
        this.snapshots = new SnapshotView(context);
    }

    public List<Update> project(SessionState s, SessionEvent event) {
        List<Update> out = new ArrayList<>(core(s, event));
        out.addAll(context.formats().apply(s.plan().format()).project(s, event));
        return out;
    }

    private List<Update> core(SessionState s, SessionEvent event) {
        if (event instanceof ParticipantJoined e) {
            return List.of(participant(s, e.participant()));
        }
        if (event instanceof ParticipantRemoved e) {
            return List.of(
                    new Update(Audience.all(), "participant.removed", new JsonObject().put("participant", e.participant())),
                    tables(s));
        }
        if (event instanceof TablesArranged) {
            // Everyone's view changes at once (table, flip-over, envelope): each participant gets a fresh snapshot.
            List<Update> out = new ArrayList<>();
            out.add(new Update(Audience.facilitatorOnly(), "snapshot", snapshots.of(s, Principal.FACILITATOR)));
            out.add(new Update(Audience.projectorOnly(), "snapshot", snapshots.of(s, Principal.PROJECTOR)));
            for (Participant p : s.participants().present()) out.add(personalSnapshot(s, p.id()));
            return out;
        }
        if (event instanceof ParticipantSeated e) {
            return List.of(
                    new Update(Audience.all().without(e.participant()), "tables.changed",
                            new JsonObject().put("tables", EntityJson.tables(s))),
                    new Update(Audience.all().without(e.participant()), "participant.upserted",
                            new JsonObject().put("participant", EntityJson.participant(s.participants().require(e.participant())))),
                    personalSnapshot(s, e.participant()));
        }
        if (event instanceof RolesDealt e) {
            List<Update> out = new ArrayList<>();
            for (Map.Entry<String, Map<String, String>> table : e.byTable().entrySet()) {
                out.add(envelope(s, table.getKey()));
                table.getValue().forEach((participant, role) -> out.add(role(s, participant, role)));
            }
            return out;
        }
        if (event instanceof RoleAssigned e) {
            return List.of(envelope(s, e.table()), role(s, e.participant(), e.role()));
        }
        if (event instanceof EnvelopeOpened e) {
            String table = s.participants().require(e.participant()).table();
            return List.of(envelope(s, table));
        }
        if (event instanceof RolesRevealed e) {
            return e.tables().stream().map(t -> envelope(s, t)).toList();
        }
        if (event instanceof StepEntered) {
            return List.of(
                    new Update(Audience.all(), "step.changed", new JsonObject().put("agenda", EntityJson.agenda(s.agenda()))),
                    timer(s));
        }
        if (event instanceof SessionEvent.TimerStarted || event instanceof SessionEvent.TimerPaused
                || event instanceof SessionEvent.TimerResumed || event instanceof SessionEvent.TimerExtended
                || event instanceof SessionEvent.TimerEnded) {
            return List.of(timer(s));
        }
        if (event instanceof BoardOpened e) {
            return boardUpdates(s, e.board());
        }
        if (event instanceof NoteAdded e) return note(s, e.board(), e.note());
        if (event instanceof NoteEdited e) return note(s, e.board(), e.note());
        if (event instanceof NoteMoved e) return note(s, e.board(), e.note());
        if (event instanceof NoteHighlighted e) return note(s, e.board(), e.note());
        if (event instanceof NoteRemoved e) {
            return List.of(new Update(Visibility.board(s, e.board()), "note.removed",
                    new JsonObject().put("board", e.board()).put("note", e.note())));
        }
        if (event instanceof NotesGrouped e) return boardUpdates(s, e.board());
        if (event instanceof NoteUngrouped e) return boardUpdates(s, e.board());
        if (event instanceof VoteAdded e) return votes(s, e.board(), e.note(), e.voter());
        if (event instanceof VoteRemoved e) return votes(s, e.board(), e.note(), e.voter());
        if (event instanceof SessionEvent.VotesHidden e) return boardUpdates(s, e.board());
        if (event instanceof SpotlightSet e) {
            // What the projector may show has changed with it: it gets its whole view anew.
            return List.of(new Update(Audience.facilitatorOnly(), "spotlight.changed", new JsonObject().put("board", e.board())),
                    new Update(Audience.projectorOnly(), "snapshot", snapshots.of(s, Principal.PROJECTOR)));
        }
        if (event instanceof SessionClosed) {
            return List.of(new Update(Audience.all(), "session.changed",
                    new JsonObject().put("session", EntityJson.session(s, context.joinUrl(s.code())))));
        }
        return List.of();
    }

    public Update personalSnapshot(SessionState s, String participant) {
        return new Update(Audience.participant(participant), "snapshot",
                snapshots.of(s, new Principal.Participant(participant)));
    }

    private Update participant(SessionState s, String id) {
        return new Update(Audience.all(), "participant.upserted",
                new JsonObject().put("participant", EntityJson.participant(s.participants().require(id))));
    }

    private Update tables(SessionState s) {
        return new Update(Audience.all(), "tables.changed", new JsonObject().put("tables", EntityJson.tables(s)));
    }

    private Update envelope(SessionState s, String table) {
        return new Update(Visibility.envelope(s, table), "envelope.changed",
                new JsonObject().put("table", table).put("envelope", EntityJson.envelope(s.envelopes().of(table).orElseThrow())));
    }

    private Update role(SessionState s, String participant, String roleId) {
        JsonObject role = s.role(roleId).map(EntityJson::role).orElse(new JsonObject().put("id", roleId));
        return new Update(Audience.participant(participant), "role.assigned", new JsonObject().put("role", role));
    }

    private Update timer(SessionState s) {
        return new Update(Audience.all(), "timer.changed", new JsonObject().put("timer", EntityJson.timer(s.agenda().timer())));
    }

    private List<Update> note(SessionState s, String boardId, String noteId) {
        Board board = s.boards().require(boardId);
        Audience audience = Visibility.board(s, boardId);
        JsonObject data = new JsonObject().put("board", boardId).put("note", EntityJson.note(board.require(noteId), board, s));
        if (!board.votesHidden()) return List.of(new Update(audience, "note.upserted", data));
        JsonObject room = data.copy();
        room.getJsonObject("note").remove("votes");
        return List.of(new Update(Audience.facilitatorOnly(), "note.upserted", data),
                new Update(audience.withoutFacilitator(), "note.upserted", room));
    }

    /** A whole board changes shape (opened, grouped): staff get it once, each participant with their own dots. */
    private List<Update> boardUpdates(SessionState s, String boardId) {
        Board board = s.boards().require(boardId);
        Audience audience = Visibility.board(s, boardId);
        List<Update> out = new ArrayList<>();
        boolean projector = Visibility.canSeeBoard(s, Principal.PROJECTOR, boardId);
        if (board.votesHidden()) {
            out.add(new Update(Audience.facilitatorOnly(), "board.upserted",
                    new JsonObject().put("board", EntityJson.board(board, s, Principal.FACILITATOR))));
            if (projector) out.add(new Update(Audience.projectorOnly(), "board.upserted",
                    new JsonObject().put("board", EntityJson.board(board, s, Principal.PROJECTOR))));
        } else {
            out.add(new Update(new Audience(true, projector, false, null, null), "board.upserted",
                    new JsonObject().put("board", EntityJson.board(board, s, Principal.FACILITATOR))));
        }
        for (Participant p : s.participants().present()) {
            Principal viewer = new Principal.Participant(p.id());
            if (audience.includes(viewer)) {
                out.add(new Update(Audience.participant(p.id()), "board.upserted",
                        new JsonObject().put("board", EntityJson.board(board, s, viewer))));
            }
        }
        return out;
    }

    private List<Update> votes(SessionState s, String boardId, String noteId, String voter) {
        Board board = s.boards().require(boardId);
        JsonObject shared = new JsonObject().put("board", boardId).put("note", noteId).put("votes", board.votesOn(noteId));
        if (board.votesHidden()) {
            // Nobody in the room learns that a dot was placed, not even on which note: only the voter's own.
            return List.of(new Update(Audience.facilitatorOnly(), "votes.changed", shared),
                    new Update(Audience.participant(voter), "votes.changed", new JsonObject().put("board", boardId)
                            .put("note", noteId).put("mine", board.votesBy(voter, noteId)).put("dotsUsed", board.dotsUsedBy(voter))));
        }
        return List.of(
                new Update(Visibility.board(s, boardId).without(voter), "votes.changed", shared),
                new Update(Audience.participant(voter), "votes.changed", shared.copy()
                        .put("mine", board.votesBy(voter, noteId)).put("dotsUsed", board.dotsUsedBy(voter))));
    }
}
