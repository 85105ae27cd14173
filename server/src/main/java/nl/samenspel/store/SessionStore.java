package nl.samenspel.store;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;

/**
 * Where sessions live: an append-only event journal per session plus snapshots. A future
 * completes only when the write is durable. SQLite is the default; the interface is kept
 * small so that PostgreSQL can stand behind it too.
 */
public interface SessionStore {

    /** Reserves a session code with its first event; fails with {@link CodeTakenException} if the code exists. */
    Future<Void> create(String code, StoredEvent first);

    Future<Void> append(String code, List<StoredEvent> events);

    Future<Optional<StoredSession>> load(String code);

    Future<Void> saveSnapshot(String code, long seq, String snapshot);

    /** Codes of sessions without any activity since {@code epochMillis}. */
    Future<List<String>> inactiveSince(long epochMillis);

    Future<Void> delete(String code);

    /** Proves the store can write now (for the health check). */
    Future<Void> probe();

    Future<Void> close();

    final class CodeTakenException extends RuntimeException {
        public CodeTakenException(String code) {
            super("session code taken: " + code, null, false, false);
        }
    }
}
