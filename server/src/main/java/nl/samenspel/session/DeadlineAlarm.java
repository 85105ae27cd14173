package nl.samenspel.session;

import io.vertx.core.Vertx;
import java.util.function.LongSupplier;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.agenda.StepTimer;

/** One Vert.x timer for a session's next deadline, set again after every change. */
final class DeadlineAlarm {

    private final Vertx vertx;
    private final LongSupplier clock;
    private final Runnable ring;
    private long timerId = -1;

    DeadlineAlarm(Vertx vertx, LongSupplier clock, Runnable ring) {
        this.vertx = vertx;
        this.clock = clock;
        this.ring = ring;
    }

    /** Rings at the session's next deadline, if it has one; forgets any earlier setting. */
    void set(SessionState state) {
        cancel();
        long at = next(state);
        if (at > 0) {
            timerId = vertx.setTimer(Math.max(1, at - clock.getAsLong()), id -> {
                timerId = -1;
                ring.run();
            });
        }
    }

    void cancel() {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
            timerId = -1;
        }
    }

    /** The step's deadline or the format's own (a card's countdown), whichever comes first; 0 for none. */
    static long next(SessionState state) {
        StepTimer timer = state.agenda().timer();
        long step = timer.status() == StepTimer.Status.RUNNING ? timer.deadline() : 0;
        long format = state.rules().nextDeadline(state);
        if (step == 0) return format;
        return format == 0 ? step : Math.min(step, format);
    }
}
