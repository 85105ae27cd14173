package nl.samenspel.session.domain.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samenspel.session.domain.Decision;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;

/** The steps of a session, which one is current, and its timer. */
public final class Agenda {

    public static final int MIN_SECONDS = 10;
    public static final int MAX_SECONDS = 7200;

    private final List<Step> steps = new ArrayList<>();
    private int current = -1;
    private final StepTimer timer = new StepTimer();

    private Agenda() {
    }

    public Agenda(List<Step> steps) {
        this.steps.addAll(steps);
    }

    public List<Step> steps() { return List.copyOf(steps); }

    public int current() { return current; }

    public Optional<Step> currentStep() {
        return current >= 0 && current < steps.size() ? Optional.of(steps.get(current)) : Optional.empty();
    }

    public StepTimer timer() { return timer; }

    public SessionEvent.StepEntered enter(int index) {
        if (index < 0 || index >= steps.size()) throw Rejection.invalid("index", "there is no step " + index);
        return new SessionEvent.StepEntered(index);
    }

    /** Starts the current step's countdown, or one of the given length. */
    public SessionEvent.TimerStarted start(Integer seconds, Decision decision) {
        if (seconds == null && currentStep().isEmpty()) {
            throw Rejection.wrongPhase("choose a step first, or give the number of seconds");
        }
        int s = seconds != null ? seconds : currentStep().get().seconds();
        if (s < MIN_SECONDS || s > MAX_SECONDS) {
            throw Rejection.invalid("seconds", "a step lasts " + MIN_SECONDS + " to " + MAX_SECONDS + " seconds");
        }
        return timer.start(current, decision.millis(s), decision.now());
    }

    public void apply(SessionEvent.StepEntered e) {
        current = e.index();
        timer.ready(current, steps.get(current).seconds() * 1000L);
    }

    public void apply(SessionEvent.TimerStarted e) { timer.apply(e); }

    public void apply(SessionEvent.TimerPaused e) { timer.apply(e); }

    public void apply(SessionEvent.TimerResumed e) { timer.apply(e); }

    public void apply(SessionEvent.TimerExtended e) { timer.apply(e); }

    public void apply(SessionEvent.TimerEnded e) { timer.apply(e); }
}
