package nl.samenspel.session.domain;

import java.util.ArrayList;
import java.util.List;
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
import nl.samenspel.session.domain.SessionEvent.ParticipantRemoved;
import nl.samenspel.session.domain.SessionEvent.SessionClosed;
import nl.samenspel.session.domain.SessionEvent.SpotlightSet;
import nl.samenspel.session.domain.board.Board;
import nl.samenspel.session.domain.board.Note;

/**
 * Checks one command against the session and says which events it leads to, without changing
 * anything: who may do what (participants on their own table's flip-overs, the rest only the
 * facilitator), and the session-wide commands. Format commands go to the format's rules.
 */
final class CoreCommands {

    private final SessionState s;
    private final Seating seating;

    CoreCommands(SessionState s) {
        this.s = s;
        this.seating = new Seating(s);
    }

    List<SessionEvent> decide(Principal who, Command command, Decision d) {
        long now = d.now();
        if (who instanceof Principal.Projector) throw Rejection.of("forbidden", "the projector view only shows");
        if (command instanceof ExpireTimer) {
            if (!(who instanceof Principal.Server)) throw Rejection.forbidden("end a timer");
            List<SessionEvent> ended = new ArrayList<>(s.agenda().timer().expire(now));
            ended.addAll(s.rules().expire(s, d));
            return ended;
        }
        if (command instanceof FormatCommand c) return s.rules().decide(s, who, c, d);

        // What participants may do.
        if (command instanceof AddNote c) {
            Board board = s.accessible(who, c.board());
            return List.of(board.add(s.boards().nextNoteId(), c.column(), c.text(), c.color(), author(who), now));
        }
        if (command instanceof EditNote c) {
            return List.of(s.accessible(who, c.board()).edit(c.note(), c.text(), c.color(), author(who), now));
        }
        if (command instanceof RemoveNote c) {
            return List.of(s.accessible(who, c.board()).remove(c.note(), author(who)));
        }
        if (command instanceof AddVote c) {
            return List.of(s.accessible(who, c.board()).vote(c.note(), s.participant(who, "vote").id()));
        }
        if (command instanceof RemoveVote c) {
            return List.of(s.accessible(who, c.board()).unvote(c.note(), s.participant(who, "vote").id()));
        }
        if (command instanceof OpenEnvelope) return seating.openEnvelope(s.participant(who, "open an envelope"));
        if (command instanceof RevealRoles c) return seating.reveal(who, c.table());

        // What only the facilitator may do.
        who.requireFacilitator(Commands.describe(command));
        if (command instanceof ArrangeTables c) return seating.arrange(c.maxSize(), d);
        if (command instanceof MoveParticipant c) return seating.move(c.participant(), c.table(), d);
        if (command instanceof RemoveParticipant c) {
            return List.of(new ParticipantRemoved(s.participants().require(c.participant()).id()));
        }
        if (command instanceof DealRoles c) return seating.deal(c.table(), d);
        if (command instanceof GotoStep c) return List.of(s.agenda().enter(c.index()));
        if (command instanceof StartTimer c) return List.of(s.agenda().start(c.seconds(), d));
        if (command instanceof PauseTimer) return List.of(s.agenda().timer().pause(now));
        if (command instanceof ResumeTimer) return List.of(s.agenda().timer().resume(now));
        if (command instanceof ExtendTimer c) return s.agenda().timer().extend(d.millis(c.seconds()), now);
        if (command instanceof SkipTimer) return List.of(s.agenda().timer().skip(now));
        if (command instanceof MoveNote c) return List.of(s.boards().require(c.board()).move(c.note(), c.column(), c.before()));
        if (command instanceof GroupNotes c) {
            return List.of(s.boards().require(c.board()).group(s.boards().nextGroupId(), c.notes(), c.label()));
        }
        if (command instanceof UngroupNote c) return s.boards().require(c.board()).ungroup(c.note());
        if (command instanceof HighlightNote c) return s.boards().require(c.board()).highlight(c.note(), c.on());
        if (command instanceof Command.HideVotes c) return s.boards().require(c.board()).hideVotes(c.hidden());
        if (command instanceof Spotlight c) {
            if (c.board() != null) s.boards().require(c.board());
            return List.of(new SpotlightSet(c.board()));
        }
        if (command instanceof CloseSession) return s.closed() ? List.of() : List.of(new SessionClosed(now));
        throw new IllegalStateException("no rule for " + command.getClass().getSimpleName());
    }

    private static String author(Principal who) {
        return who instanceof Principal.Participant p ? p.id() : Note.FACILITATOR;
    }
}
