package nl.samenspel.session.domain.agenda;

import java.util.List;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;

/**
 * The countdown of the current step. The server's clock is the only clock: a running timer
 * is an absolute deadline, a paused one the time that was left.
 */
public final class StepTimer {

    public enum Status { IDLE, RUNNING, PAUSED, ENDED }

    private Status status = Status.IDLE;
    private int step = -1;
    private long durationMs;
    private long deadline;
    private long remainingMs;

    public Status status() { return status; }

    public int step() { return step; }

    public long durationMs() { return durationMs; }

    /** Epoch millis when a running timer ends. */
    public long deadline() { return deadline; }

    /** Time left when idle, paused or ended. */
    public long remainingMs() { return remainingMs; }

    public long remainingAt(long now) {
        return status == Status.RUNNING ? Math.max(0, deadline - now) : remainingMs;
    }

    public SessionEvent.TimerStarted start(int step, long durationMs, long now) {
        return new SessionEvent.TimerStarted(step, durationMs, now + durationMs);
    }

    public SessionEvent.TimerPaused pause(long now) {
        if (status != Status.RUNNING) throw Rejection.wrongPhase("the timer is not running");
        return new SessionEvent.TimerPaused(remainingAt(now));
    }

    public SessionEvent.TimerResumed resume(long now) {
        if (status != Status.PAUSED) throw Rejection.wrongPhase("the timer is not paused");
        return new SessionEvent.TimerResumed(now + remainingMs);
    }

    /** Adds time; an ended step starts again with just the added time. */
    public List<SessionEvent> extend(long addMs, long now) {
        return switch (status) {
            case RUNNING, PAUSED -> List.of(new SessionEvent.TimerExtended(addMs));
            case ENDED -> List.of(start(step, addMs, now));
            case IDLE -> throw Rejection.wrongPhase("the timer has not started");
        };
    }

    public SessionEvent.TimerEnded skip(long now) {
        if (status != Status.RUNNING && status != Status.PAUSED) throw Rejection.wrongPhase("the timer is not running");
        return new SessionEvent.TimerEnded("skipped", now);
    }

    /** Nothing when the deadline moved on since the expiry was scheduled (paused, extended). */
    public List<SessionEvent> expire(long now) {
        if (status == Status.RUNNING && now >= deadline) return List.of(new SessionEvent.TimerEnded("elapsed", now));
        return List.of();
    }

    void ready(int step, long durationMs) {
        this.status = Status.IDLE;
        this.step = step;
        this.durationMs = durationMs;
        this.remainingMs = durationMs;
        this.deadline = 0;
    }

    void apply(SessionEvent.TimerStarted e) {
        status = Status.RUNNING;
        step = e.step();
        durationMs = e.durationMs();
        deadline = e.deadline();
        remainingMs = e.durationMs();
    }

    void apply(SessionEvent.TimerPaused e) {
        status = Status.PAUSED;
        remainingMs = e.remainingMs();
    }

    void apply(SessionEvent.TimerResumed e) {
        status = Status.RUNNING;
        deadline = e.deadline();
    }

    void apply(SessionEvent.TimerExtended e) {
        durationMs += e.addedMs();
        if (status == Status.RUNNING) deadline += e.addedMs();
        else remainingMs += e.addedMs();
    }

    void apply(SessionEvent.TimerEnded e) {
        status = Status.ENDED;
        remainingMs = 0;
    }
}
