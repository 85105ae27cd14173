package nl.samenspel.store;

import java.util.List;

/** What the store holds of a session: the newest snapshot (or none) and the events after it. */
public record StoredSession(String code, String snapshot, long snapshotSeq, List<StoredEvent> events) {
}
