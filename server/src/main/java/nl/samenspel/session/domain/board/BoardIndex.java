package nl.samenspel.session.domain.board;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a board answers on every command without scanning its notes: the last place in each
 * column (a new note goes after it) and the dots each voter has placed. It counts exactly what
 * the notes and votes hold, so a board read from a snapshot answers as the live one did.
 */
final class BoardIndex {

    /** column id → note order → how many notes have that order (moves can make two equal). */
    private final Map<String, TreeMap<Double, Integer>> orders = new HashMap<>();
    private final Map<String, Integer> dotsByVoter = new HashMap<>();

    static BoardIndex of(Collection<Note> notes, Map<String, Map<String, Integer>> votes) {
        BoardIndex index = new BoardIndex();
        notes.forEach(index::added);
        votes.values().forEach(onNote -> onNote.forEach(index::dots));
        return index;
    }

    double lastOrderIn(String column) {
        TreeMap<Double, Integer> inColumn = orders.get(column);
        return inColumn == null || inColumn.isEmpty() ? 0 : inColumn.lastKey();
    }

    int dotsUsedBy(String voter) {
        return dotsByVoter.getOrDefault(voter, 0);
    }

    void added(Note note) {
        orders.computeIfAbsent(note.column(), c -> new TreeMap<>()).merge(note.order(), 1, Integer::sum);
    }

    /** Called before the note changes column or place. */
    void moving(Note note) {
        TreeMap<Double, Integer> inColumn = orders.get(note.column());
        inColumn.computeIfPresent(note.order(), (order, count) -> count > 1 ? count - 1 : null);
    }

    void removed(Note note, Map<String, Integer> dotsOnIt) {
        moving(note);
        if (dotsOnIt != null) dotsOnIt.forEach((voter, count) -> dots(voter, -count));
    }

    void dots(String voter, int change) {
        dotsByVoter.merge(voter, change, (a, b) -> a + b == 0 ? null : a + b);
    }
}
