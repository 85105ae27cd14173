package nl.samenspel.session.domain.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.samenspel.content.Text;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;
import org.junit.jupiter.api.Test;

class BoardTest {

    private final Board board = new Board("table/t1", Text.same("Flip-over"), List.of(
            new Column("now", Text.same("Now"), "yellow"),
            new Column("actions", Text.same("Actions"), "green")), 2);
    private int made;

    private String add(String author, String column, String text) {
        SessionEvent.NoteAdded e = board.add("n" + (++made), column, text, null, author, 100);
        board.apply(e);
        return e.note();
    }

    @Test
    void aNoteTakesItsColumnsColourTrimmedTextAndTheNextPlace() {
        String first = add("p1", "now", "  Eerste  ");
        String second = add("p2", "now", "Tweede");
        assertEquals("Eerste", board.require(first).text());
        assertEquals("yellow", board.require(first).color());
        assertTrue(board.require(second).order() > board.require(first).order());
        assertEquals(List.of(first, second), board.notes().stream().map(Note::id).toList());
    }

    @Test
    void textsAreCheckedAtTheirLimits() {
        assertEquals("too_long", assertThrows(Rejection.class, () -> board.add("n9", "now", "x".repeat(501), null, "p1", 0)).code());
        board.add("n9", "now", "x".repeat(500), null, "p1", 0);
        assertEquals("invalid_field", assertThrows(Rejection.class, () -> board.add("n9", "now", " \n ", null, "p1", 0)).code());
        assertEquals("color", assertThrows(Rejection.class, () -> board.add("n9", "now", "x", "red", "p1", 0)).field());
        assertEquals("column", assertThrows(Rejection.class, () -> board.add("n9", "later", "x", null, "p1", 0)).field());
    }

    @Test
    void aParticipantChangesOnlyTheirOwnNotesTheFacilitatorAny() {
        String note = add("p1", "now", "Mijn idee");
        assertEquals("not_yours", assertThrows(Rejection.class, () -> board.edit(note, "Anders", null, "p2", 200)).code());
        assertEquals("not_yours", assertThrows(Rejection.class, () -> board.remove(note, "p2")).code());
        board.apply(board.edit(note, "Beter idee", "pink", "p1", 200));
        assertEquals("Beter idee", board.require(note).text());
        assertEquals("pink", board.require(note).color());
        board.apply(board.edit(note, "Door facilitator", null, Note.FACILITATOR, 300));
        assertEquals("pink", board.require(note).color(), "colour kept when none is given");
        board.apply(board.remove(note, Note.FACILITATOR));
        assertTrue(board.note(note).isEmpty());
    }

    @Test
    void movingPutsANoteBeforeAnotherOrAtTheEndOfAColumn() {
        String a = add("p1", "actions", "A");
        String b = add("p1", "actions", "B");
        String c = add("p1", "now", "C");
        board.apply(board.move(c, "actions", a));
        assertEquals(List.of(c, a, b), board.notes().stream().map(Note::id).toList());
        board.apply(board.move(a, "actions", null));
        assertEquals(List.of(c, b, a), board.notes().stream().map(Note::id).toList());
        board.apply(board.move(b, "actions", a));
        assertEquals(List.of(c, b, a), board.notes().stream().map(Note::id).toList());
        assertEquals("before", assertThrows(Rejection.class, () -> board.move(a, "now", b)).field());
    }

    @Test
    void groupsHoldNotesUntilTheLastLeaves() {
        String a = add("p1", "now", "A");
        String b = add("p2", "now", "B");
        board.apply(board.group("g1", List.of(a, b), "Samen"));
        assertEquals("g1", board.require(a).group());
        assertEquals("Samen", board.groups().get("g1"));
        board.ungroup(a).forEach(e -> board.apply((SessionEvent.NoteUngrouped) e));
        assertNull(board.require(a).group());
        assertEquals("g1", board.require(b).group());
        board.ungroup(b).forEach(e -> board.apply((SessionEvent.NoteUngrouped) e));
        assertTrue(board.groups().isEmpty());
        assertEquals("notes", assertThrows(Rejection.class, () -> board.group("g2", List.of(a, a), null)).field());
    }

    @Test
    void dotVotingHasAPerPersonLimitPerBoard() {
        String a = add("p1", "now", "A");
        String b = add("p1", "now", "B");
        board.apply(board.vote(a, "p1"));
        board.apply(board.vote(a, "p1"));
        assertEquals("no_dots_left", assertThrows(Rejection.class, () -> board.vote(b, "p1")).code());
        board.apply(board.vote(b, "p2"));
        assertEquals(2, board.votesOn(a));
        assertEquals(2, board.votesBy("p1", a));
        board.apply(board.unvote(a, "p1"));
        board.apply(board.vote(b, "p1"));
        assertEquals(1, board.votesOn(a));
        assertEquals(2, board.votesOn(b));
        assertEquals("note", assertThrows(Rejection.class, () -> board.unvote(a, "p2")).field());
        board.apply(new SessionEvent.NoteRemoved(board.id(), b));
        assertEquals(1, board.dotsUsedBy("p1"), "dots on a removed note come back");
    }

    @Test
    void dotCountsAreHiddenUntilTheRevealOnlyWhenTheBoardHasDots() {
        assertTrue(!board.votesHidden(), "off by default");
        List<SessionEvent> hide = board.hideVotes(true);
        assertEquals(List.of(new SessionEvent.VotesHidden("table/t1", true)), hide);
        board.apply((SessionEvent.VotesHidden) hide.get(0));
        assertTrue(board.votesHidden());
        assertEquals(List.of(), board.hideVotes(true), "hiding twice changes nothing");
        String note = add("p1", "now", "Stem hierop");
        board.apply(board.vote(note, "p2"));
        assertEquals(1, board.votesOn(note), "hidden dots still count");
        board.apply((SessionEvent.VotesHidden) board.hideVotes(false).get(0));
        assertTrue(!board.votesHidden());

        Board noDots = new Board("plenary", Text.same("Plenair"), List.of(new Column("now", Text.same("Now"), "yellow")), 0);
        assertEquals("wrong_phase", assertThrows(Rejection.class, () -> noDots.hideVotes(true)).code());
    }
}
