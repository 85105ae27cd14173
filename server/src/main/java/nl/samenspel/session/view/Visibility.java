package nl.samenspel.session.view;

import java.util.HashSet;
import java.util.Set;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.board.BoardId;

/** Who may see which part of a session. */
public final class Visibility {

    private Visibility() {}

    public static boolean canSeeBoard(SessionState s, Principal viewer, String board) {
        if (!(viewer instanceof Principal.Participant p)) return true;
        BoardId id = BoardId.parse(board);
        return id.plenary() || id.table().equals(s.participants().find(p.id()).map(x -> x.table()).orElse(null));
    }

    public static boolean canSeeTable(SessionState s, Principal viewer, String table) {
        if (!(viewer instanceof Principal.Participant p)) return true;
        return table.equals(s.participants().find(p.id()).map(x -> x.table()).orElse(null));
    }

    public static Audience board(SessionState s, String board) {
        BoardId id = BoardId.parse(board);
        return id.plenary() ? Audience.all() : table(s, id.table());
    }

    /** The people at a table now, and the staff. */
    public static Audience table(SessionState s, String table) {
        Set<String> seated = new HashSet<>(s.tables().find(table).map(t -> t.seats()).orElse(java.util.List.of()));
        return Audience.participantsAndStaff(seated);
    }
}
