package nl.samenspel.session.domain;

import java.util.List;
import java.util.Map;
import nl.samenspel.content.Text;
import nl.samenspel.session.domain.board.Column;

/**
 * What happened in a session. Events carry outcomes, never inputs to be recomputed: a deal
 * carries who got which role, an arrangement who sits where, so replaying the journal gives
 * the same session every time.
 */
public sealed interface SessionEvent {

    record SessionCreated(String code, SessionPlan plan, String facilitatorTokenHash,
                          String projectorTokenHash, long at) implements SessionEvent {}

    record ParticipantJoined(String participant, String name, String label, String tokenHash,
                             long at) implements SessionEvent {}
    record ParticipantRemoved(String participant) implements SessionEvent {}

    record Seating(String id, int number, List<String> seats) {
        public Seating {
            seats = List.copyOf(seats);
        }
    }
    record TablesArranged(List<Seating> tables) implements SessionEvent {}
    /** A latecomer placed at a table, or a person moved by the facilitator. */
    record ParticipantSeated(String participant, String table) implements SessionEvent {}

    /** Per table, who got which role: table id → participant id → role id. */
    record RolesDealt(int round, Map<String, Map<String, String>> byTable) implements SessionEvent {}
    /** One role from a table's envelope, for someone who arrived at a table after the deal. */
    record RoleAssigned(String participant, String table, String role) implements SessionEvent {}
    record EnvelopeOpened(String participant) implements SessionEvent {}
    record RolesRevealed(List<String> tables) implements SessionEvent {}

    record StepEntered(int index) implements SessionEvent {}
    record TimerStarted(int step, long durationMs, long deadline) implements SessionEvent {}
    record TimerPaused(long remainingMs) implements SessionEvent {}
    record TimerResumed(long deadline) implements SessionEvent {}
    record TimerExtended(long addedMs) implements SessionEvent {}
    /** {@code reason}: {@code elapsed} or {@code skipped}. */
    record TimerEnded(String reason, long at) implements SessionEvent {}

    record BoardOpened(String board, Text title, List<Column> columns, int dots) implements SessionEvent {}
    record NoteAdded(String board, String note, String column, String text, String color,
                     String author, double order, long at) implements SessionEvent {}
    record NoteEdited(String board, String note, String text, String color, long at) implements SessionEvent {}
    record NoteRemoved(String board, String note) implements SessionEvent {}
    record NoteMoved(String board, String note, String column, double order) implements SessionEvent {}
    record NotesGrouped(String board, String group, List<String> notes, String label) implements SessionEvent {}
    record NoteUngrouped(String board, String note) implements SessionEvent {}
    record NoteHighlighted(String board, String note, boolean on) implements SessionEvent {}
    record VoteAdded(String board, String note, String voter) implements SessionEvent {}
    record VoteRemoved(String board, String note, String voter) implements SessionEvent {}
    /** The dot counts of a board hidden from the room until the reveal ({@code hidden=false}). */
    record VotesHidden(String board, boolean hidden) implements SessionEvent {}
    record SpotlightSet(String board) implements SessionEvent {}

    record SessionClosed(long at) implements SessionEvent {}

    /** An event of one format; the format applies it. */
    non-sealed interface FormatEvent extends SessionEvent {}
}
