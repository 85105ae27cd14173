package nl.samenspel.session.domain.board;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;

/** All flip-overs of a session. Note and group ids are unique within the session. */
public final class Boards {

    private final LinkedHashMap<String, Board> byId = new LinkedHashMap<>();
    private int notesMade;
    private int groupsMade;

    public List<Board> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Board> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Board require(String id) {
        Board board = id == null ? null : byId.get(id);
        if (board == null) throw Rejection.notFound("board", id);
        return board;
    }

    public boolean exists(String id) {
        return byId.containsKey(id);
    }

    public String nextNoteId() {
        return "n" + (notesMade + 1);
    }

    public String nextGroupId() {
        return "g" + (groupsMade + 1);
    }

    public void apply(SessionEvent.BoardOpened e) {
        byId.putIfAbsent(e.board(), new Board(e.board(), e.title(), e.columns(), e.dots()));
    }

    public void apply(SessionEvent.NoteAdded e) {
        notesMade++;
        byId.get(e.board()).apply(e);
    }

    public void apply(SessionEvent.NotesGrouped e) {
        groupsMade++;
        byId.get(e.board()).apply(e);
    }
}
