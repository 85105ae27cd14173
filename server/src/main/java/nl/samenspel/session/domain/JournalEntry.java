package nl.samenspel.session.domain;

/**
 * One event as the journal keeps it: its place in the session, when, who caused it and with
 * which client message id (so a command re-sent after a lost connection is not applied twice).
 */
public record JournalEntry(long seq, long at, String principal, String commandId, SessionEvent event) {
}
