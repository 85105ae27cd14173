package nl.samenspel.session.domain.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;
import org.junit.jupiter.api.Test;

class StepTimerTest {

    private final StepTimer timer = new StepTimer();

    @Test
    void aRunningTimerIsADeadlineOnTheServersClock() {
        timer.apply(timer.start(1, 60_000, 1_000));
        assertEquals(StepTimer.Status.RUNNING, timer.status());
        assertEquals(61_000, timer.deadline());
        assertEquals(20_000, timer.remainingAt(41_000));
    }

    @Test
    void pauseKeepsWhatWasLeftAndResumeSetsANewDeadline() {
        timer.apply(timer.start(1, 60_000, 0));
        timer.apply(timer.pause(45_000));
        assertEquals(15_000, timer.remainingMs());
        timer.apply(timer.resume(100_000));
        assertEquals(115_000, timer.deadline());
    }

    @Test
    void aMinuteMoreMovesTheDeadlineOrTheRestAndRestartsAnEndedStep() {
        timer.apply(timer.start(1, 60_000, 0));
        timer.extend(60_000, 10_000).forEach(e -> timer.apply((SessionEvent.TimerExtended) e));
        assertEquals(120_000, timer.deadline());
        timer.apply(timer.pause(20_000));
        timer.extend(60_000, 20_000).forEach(e -> timer.apply((SessionEvent.TimerExtended) e));
        assertEquals(160_000, timer.remainingMs());
        timer.apply(timer.skip(30_000));
        List<SessionEvent> again = timer.extend(60_000, 40_000);
        SessionEvent.TimerStarted restart = assertInstanceOf(SessionEvent.TimerStarted.class, again.get(0));
        assertEquals(100_000, restart.deadline());
    }

    @Test
    void expiryOnlyEndsATimerWhoseDeadlinePassed() {
        timer.apply(timer.start(1, 60_000, 0));
        assertTrue(timer.expire(59_999).isEmpty(), "not yet");
        timer.apply(timer.pause(30_000));
        assertTrue(timer.expire(70_000).isEmpty(), "a paused timer does not run out");
        timer.apply(timer.resume(70_000));
        SessionEvent.TimerEnded ended = assertInstanceOf(SessionEvent.TimerEnded.class, timer.expire(100_000).get(0));
        assertEquals("elapsed", ended.reason());
    }

    @Test
    void controlsThatDoNotFitTheStateAreRefused() {
        assertEquals("wrong_phase", assertThrows(Rejection.class, () -> timer.pause(0)).code());
        assertEquals("wrong_phase", assertThrows(Rejection.class, () -> timer.resume(0)).code());
        assertEquals("wrong_phase", assertThrows(Rejection.class, () -> timer.skip(0)).code());
        assertEquals("wrong_phase", assertThrows(Rejection.class, () -> timer.extend(1, 0)).code());
    }
}
