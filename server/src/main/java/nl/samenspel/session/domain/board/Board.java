package nl.samenspel.session.domain.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.content.Text;
import nl.samenspel.session.domain.Limits;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.Texts;

/**
 * One flip-over: named columns of sticky notes, groups of notes, and dot votes. Checks
 * what a command may change and says so as events; applies events.
 */
public final class Board {

    private String id;
    private Text title;
    private List<Column> columns = new ArrayList<>();
    private int dots;
    /** While true only the facilitator sees how many dots a note has (no bandwagon); off by default. */
    private boolean votesHidden;
    private final LinkedHashMap<String, Note> notes = new LinkedHashMap<>();
    private final LinkedHashMap<String, String> groups = new LinkedHashMap<>();
    /** note id → voter id → dots placed. */
    private final Map<String, Map<String, Integer>> votes = new HashMap<>();
    /**
     * Derived from the notes and votes, so never stored (transient): adding a note and placing a
     * dot would otherwise scan the whole board, which grows to thousands of notes in a long
     * brainstorm. Rebuilt on first use after a snapshot is read.
     */
    private transient BoardIndex index;

    private Board() {
    }

    Board(String id, Text title, List<Column> columns, int dots) {
        this.id = id;
        this.title = title;
        this.columns = List.copyOf(columns);
        this.dots = dots;
    }

    public String id() { return id; }

    public Text title() { return title; }

    public List<Column> columns() { return List.copyOf(columns); }

    /** How many dots each person may place on this board. */
    public int dots() { return dots; }

    /** Notes sorted by column, then by their place in the column. */
    public boolean votesHidden() { return votesHidden; }

    public List<Note> notes() {
        List<String> order = columns.stream().map(Column::id).toList();
        return notes.values().stream()
                .sorted(Comparator.comparingInt((Note n) -> order.indexOf(n.column())).thenComparingDouble(Note::order))
                .toList();
    }

    public Optional<Note> note(String noteId) {
        return Optional.ofNullable(notes.get(noteId));
    }

    public Map<String, String> groups() { return Map.copyOf(groups); }

    public int votesOn(String noteId) {
        return votes.getOrDefault(noteId, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    public int votesBy(String voter, String noteId) {
        return votes.getOrDefault(noteId, Map.of()).getOrDefault(voter, 0);
    }

    public int dotsUsedBy(String voter) {
        return index().dotsUsedBy(voter);
    }

    public Map<String, Integer> votersOn(String noteId) {
        return Map.copyOf(votes.getOrDefault(noteId, Map.of()));
    }

    public SessionEvent.NoteAdded add(String noteId, String columnId, String rawText, String color,
                                      String author, long now) {
        Column column = column(columnId);
        String text = Texts.required("text", rawText, Limits.NOTE, true);
        return new SessionEvent.NoteAdded(id, noteId, column.id(), text, Colors.check(color, column.color()),
                author, lastOrderIn(column.id()) + 1, now);
    }

    public SessionEvent.NoteEdited edit(String noteId, String rawText, String color, String actor, long now) {
        Note note = owned(noteId, actor);
        String text = Texts.required("text", rawText, Limits.NOTE, true);
        return new SessionEvent.NoteEdited(id, noteId, text, Colors.check(color, note.color()), now);
    }

    public SessionEvent.NoteRemoved remove(String noteId, String actor) {
        owned(noteId, actor);
        return new SessionEvent.NoteRemoved(id, noteId);
    }

    /** Moves a note to a column, before another note there or at the end. */
    public SessionEvent.NoteMoved move(String noteId, String columnId, String before) {
        require(noteId);
        Column column = column(columnId);
        List<Note> inColumn = notes().stream()
                .filter(n -> n.column().equals(column.id()) && !n.id().equals(noteId)).toList();
        if (before == null) return new SessionEvent.NoteMoved(id, noteId, column.id(), lastOrderIn(column.id()) + 1);
        int at = -1;
        for (int i = 0; i < inColumn.size(); i++) if (inColumn.get(i).id().equals(before)) at = i;
        if (at < 0) throw Rejection.invalid("before", "note '" + before + "' is not in column '" + column.id() + "'");
        double next = inColumn.get(at).order();
        double previous = at == 0 ? next - 2 : inColumn.get(at - 1).order();
        return new SessionEvent.NoteMoved(id, noteId, column.id(), (previous + next) / 2);
    }

    public SessionEvent.NotesGrouped group(String groupId, List<String> noteIds, String rawLabel) {
        if (noteIds == null || noteIds.stream().distinct().count() < 2) {
            throw Rejection.invalid("notes", "a group needs at least two notes");
        }
        noteIds.forEach(this::require);
        String label = Texts.optional("label", rawLabel, Limits.LABEL);
        return new SessionEvent.NotesGrouped(id, groupId, noteIds.stream().distinct().toList(), label);
    }

    public List<SessionEvent> ungroup(String noteId) {
        Note note = require(noteId);
        return note.group() == null ? List.of() : List.of(new SessionEvent.NoteUngrouped(id, noteId));
    }

    public List<SessionEvent> highlight(String noteId, boolean on) {
        Note note = require(noteId);
        return note.highlighted() == on ? List.of() : List.of(new SessionEvent.NoteHighlighted(id, noteId, on));
    }

    public SessionEvent.VoteAdded vote(String noteId, String voter) {
        require(noteId);
        if (dotsUsedBy(voter) >= dots) {
            throw Rejection.of("no_dots_left", "all " + dots + " of your dots on this board are placed");
        }
        return new SessionEvent.VoteAdded(id, noteId, voter);
    }

    public SessionEvent.VoteRemoved unvote(String noteId, String voter) {
        require(noteId);
        if (votesBy(voter, noteId) == 0) throw Rejection.invalid("note", "you have no dot on this note");
        return new SessionEvent.VoteRemoved(id, noteId, voter);
    }

    /** Hides the dot counts until the reveal, or reveals them all at once; nothing when already so. */
    public List<SessionEvent> hideVotes(boolean hidden) {
        if (dots == 0) throw Rejection.wrongPhase("board '" + id + "' has no dot voting");
        return votesHidden == hidden ? List.of() : List.of(new SessionEvent.VotesHidden(id, hidden));
    }

    public void apply(SessionEvent.NoteAdded e) {
        BoardIndex index = index();
        Note note = new Note(e.note(), e.column(), e.text(), e.color(), e.author(), e.at(), e.order());
        notes.put(e.note(), note);
        index.added(note);
    }

    public void apply(SessionEvent.NoteEdited e) {
        notes.get(e.note()).edit(e.text(), e.color(), e.at());
    }

    public void apply(SessionEvent.NoteRemoved e) {
        BoardIndex index = index();
        Note removed = notes.remove(e.note());
        Map<String, Integer> dotsOnIt = votes.remove(e.note());
        if (removed != null) {
            index.removed(removed, dotsOnIt);
            dropGroupIfEmpty(removed.group());
        }
    }

    public void apply(SessionEvent.NoteMoved e) {
        BoardIndex index = index();
        Note note = notes.get(e.note());
        index.moving(note);
        note.move(e.column(), e.order());
        index.added(note);
    }

    public void apply(SessionEvent.NotesGrouped e) {
        groups.put(e.group(), e.label() == null ? "" : e.label());
        for (String noteId : e.notes()) {
            Note note = notes.get(noteId);
            String old = note.group();
            note.group(e.group());
            dropGroupIfEmpty(old);
        }
    }

    public void apply(SessionEvent.NoteUngrouped e) {
        Note note = notes.get(e.note());
        String old = note.group();
        note.group(null);
        dropGroupIfEmpty(old);
    }

    public void apply(SessionEvent.NoteHighlighted e) {
        notes.get(e.note()).highlight(e.on());
    }

    public void apply(SessionEvent.VoteAdded e) {
        BoardIndex index = index();
        votes.computeIfAbsent(e.note(), n -> new HashMap<>()).merge(e.voter(), 1, Integer::sum);
        index.dots(e.voter(), 1);
    }

    public void apply(SessionEvent.VoteRemoved e) {
        BoardIndex index = index();
        Map<String, Integer> onNote = votes.get(e.note());
        onNote.computeIfPresent(e.voter(), (k, v) -> v > 1 ? v - 1 : null);
        if (onNote.isEmpty()) votes.remove(e.note());
        index.dots(e.voter(), -1);
    }

    public void apply(SessionEvent.VotesHidden e) {
        votesHidden = e.hidden();
    }

    private void dropGroupIfEmpty(String group) {
        if (group != null && notes.values().stream().noneMatch(n -> group.equals(n.group()))) groups.remove(group);
    }

    private Column column(String columnId) {
        return columns.stream().filter(c -> c.id().equals(columnId)).findFirst()
                .orElseThrow(() -> Rejection.invalid("column", "board '" + id + "' has no column '" + columnId + "'"));
    }

    public Note require(String noteId) {
        Note note = noteId == null ? null : notes.get(noteId);
        if (note == null) throw Rejection.notFound("note", noteId);
        return note;
    }

    /** The facilitator may change any note; a participant only their own. */
    private Note owned(String noteId, String actor) {
        Note note = require(noteId);
        if (!Note.FACILITATOR.equals(actor) && !note.author().equals(actor)) {
            throw Rejection.of("not_yours", "only the author or the facilitator may change this note");
        }
        return note;
    }

    private double lastOrderIn(String columnId) {
        return index().lastOrderIn(columnId);
    }

    /** Taken before an event changes the notes or votes, so a fresh index counts the board as it was. */
    private BoardIndex index() {
        if (index == null) index = BoardIndex.of(notes.values(), votes);
        return index;
    }
}
