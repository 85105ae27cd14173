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

    /**
     * Makes this caller the session's one writer: raises the session's ownership epoch and
     * returns it. A store that only one process ever opens (SQLite) has no rivals and answers 0.
     */
    default Future<Long> claim(String code) {
        return Future.succeededFuture(0L);
    }

    /**
     * Appends as the owner of {@code epoch} (from {@link #claim}); fails with {@link FencedException}
     * once someone has claimed the session after it, so a writer that slept past its lease
     * cannot write over its successor. Epoch 0 is the single-node writer, which never claims.
     */
    default Future<Void> append(String code, long epoch, List<StoredEvent> events) {
        return append(code, events);
    }

    Future<Optional<StoredSession>> load(String code);

    Future<Void> saveSnapshot(String code, long seq, String snapshot);

    /** Codes of sessions without any activity since {@code epochMillis}. */
    Future<List<String>> inactiveSince(long epochMillis);

    Future<Void> delete(String code);

    /** Proves the store can write now (for the health check). */
    Future<Void> probe();

    Future<Void> close();

    final class FencedException extends RuntimeException {
        public FencedException(String code, long epoch) {
            super("session " + code + " was claimed by another node after epoch " + epoch + "; this write is refused",
                    null, false, false);
        }
    }

    final class CodeTakenException extends RuntimeException {
        public CodeTakenException(String code) {
            super("session code taken: " + code, null, false, false);
        }
    }
}
