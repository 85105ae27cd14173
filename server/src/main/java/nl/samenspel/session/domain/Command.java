package nl.samenspel.session.domain;

import java.util.List;

/**
 * What a client asks a session to do. The closed set of the building blocks every format
 * shares; a format adds its own through {@link FormatCommand}.
 */
public sealed interface Command {

    record ArrangeTables(int maxSize) implements Command {}
    record MoveParticipant(String participant, String table) implements Command {}
    record RemoveParticipant(String participant) implements Command {}

    record DealRoles(String table) implements Command {}
    record OpenEnvelope() implements Command {}
    record RevealRoles(String table) implements Command {}

    record GotoStep(int index) implements Command {}
    record StartTimer(Integer seconds) implements Command {}
    record PauseTimer() implements Command {}
    record ResumeTimer() implements Command {}
    record ExtendTimer(int seconds) implements Command {}
    record SkipTimer() implements Command {}
    /** Sent by the session to itself when a deadline passes. */
    record ExpireTimer() implements Command {}

    record AddNote(String board, String column, String text, String color) implements Command {}
    record EditNote(String board, String note, String text, String color) implements Command {}
    record RemoveNote(String board, String note) implements Command {}
    record MoveNote(String board, String note, String column, String before) implements Command {}
    record GroupNotes(String board, List<String> notes, String label) implements Command {}
    record UngroupNote(String board, String note) implements Command {}
    record HighlightNote(String board, String note, boolean on) implements Command {}
    record AddVote(String board, String note) implements Command {}
    record RemoveVote(String board, String note) implements Command {}
    record HideVotes(String board, boolean hidden) implements Command {}
    record Spotlight(String board) implements Command {}

    record CloseSession() implements Command {}

    /** A command of one format; the format decides it. */
    non-sealed interface FormatCommand extends Command {}
}
