package nl.samenspel.session;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import nl.samenspel.store.SessionStore;

/**
 * Deletes sessions after the retention period (counted from their last activity), names and
 * notes included, as privacy rules (AVG/GDPR) ask. Runs at start and then every hour.
 */
public final class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    private final SessionStore store;
    private final java.util.function.Predicate<String> inUse;
    private final LongSupplier clock;
    private final long retentionMs;

    /** @param inUse whether a session is loaded now (it is then left alone until it is idle) */
    public Retention(SessionStore store, java.util.function.Predicate<String> inUse, LongSupplier clock, int retentionDays) {
        this.store = store;
        this.inUse = inUse;
        this.clock = clock;
        this.retentionMs = TimeUnit.DAYS.toMillis(retentionDays);
    }

    public long schedule(Vertx vertx) {
        sweep();
        return vertx.setPeriodic(TimeUnit.HOURS.toMillis(1), id -> sweep());
    }

    /** Deletes what is past retention and not in use; completes with the number deleted. */
    public Future<Integer> sweep() {
        return store.inactiveSince(clock.getAsLong() - retentionMs).compose(codes -> {
            List<String> idle = codes.stream().filter(c -> !inUse.test(c)).toList();
            Future<Void> all = Future.succeededFuture();
            for (String code : idle) all = all.compose(v -> store.delete(code));
            return all.map(v -> {
                if (!idle.isEmpty()) LOG.info(idle.size() + " session(s) deleted after the retention period");
                return idle.size();
            });
        });
    }
}
