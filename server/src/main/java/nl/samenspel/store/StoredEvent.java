package nl.samenspel.store;

/** A journal row: one event as text. */
public record StoredEvent(long seq, long at, String principal, String commandId, String type, String body) {
}
