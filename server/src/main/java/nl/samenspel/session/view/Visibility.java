package nl.samenspel.session.view;

import java.util.HashSet;
import java.util.Set;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.board.BoardId;

/**
 * Who may see which part of a session. The projector hangs in the room, so it gets what the
 * whole room may see: the plenary boards and the one board the facilitator spotlights, never
 * another table's flip-over or any envelope.
 */
public final class Visibility {

    private Visibility() {}

    public static boolean canSeeBoard(SessionState s, Principal viewer, String board) {
        if (viewer instanceof Principal.Facilitator) return true;
        BoardId id = BoardId.parse(board);
        if (id.plenary()) return true;
        if (viewer instanceof Principal.Projector) return board.equals(s.spotlight());
        return viewer instanceof Principal.Participant p
                && id.table().equals(s.participants().find(p.id()).map(x -> x.table()).orElse(null));
    }

    public static boolean canSeeTable(SessionState s, Principal viewer, String table) {
        if (!(viewer instanceof Principal.Participant p)) return true;
        return table.equals(s.participants().find(p.id()).map(x -> x.table()).orElse(null));
    }

    /** A table's envelope (and so its roles once revealed): its own people and the facilitator. */
    public static boolean canSeeEnvelope(SessionState s, Principal viewer, String table) {
        if (viewer instanceof Principal.Projector) return false;
        return canSeeTable(s, viewer, table);
    }

    public static Audience board(SessionState s, String board) {
        BoardId id = BoardId.parse(board);
        if (id.plenary()) return Audience.all();
        return new Audience(true, board.equals(s.spotlight()), false, seated(s, id.table()), null);
    }

    /** The people at a table now, and the staff (formats use this for a table's own game). */
    public static Audience table(SessionState s, String table) {
        return Audience.participantsAndStaff(seated(s, table));
    }

    /** Who receives a table's envelope: its people and the facilitator, not the projector. */
    public static Audience envelope(SessionState s, String table) {
        return new Audience(true, false, false, seated(s, table), null);
    }

    private static Set<String> seated(SessionState s, String table) {
        return new HashSet<>(s.tables().find(table).map(t -> t.seats()).orElse(java.util.List.of()));
    }
}
