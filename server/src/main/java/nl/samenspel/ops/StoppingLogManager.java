package nl.samenspel.ops;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.LogManager;

/**
 * The JDK's log manager, except that on SIGTERM it keeps its handlers until the graceful stop
 * has finished. The JDK resets (closes and removes) every handler in a shutdown hook of its own,
 * which runs beside ours: without this, the lines a stopping node writes about its hand-over are
 * lost. Named in {@code java.util.logging.manager} before the first logger is made (see {@link #installed()}).
 */
public final class StoppingLogManager extends LogManager {

    /** Longer than the graceful stop may take (Main gives it 60 s), so a hung stop cannot hang the exit. */
    private static final long LONGEST_STOP_SECONDS = 75;
    private static final CountDownLatch STOPPED = new CountDownLatch(1);
    private static volatile boolean holding;

    /**
     * Whether this is the JVM's log manager. Main names it in {@code java.util.logging.manager}
     * first thing, before any logger is made and before this class is touched: initialising
     * this class initialises the JDK's {@link LogManager} first, which reads that setting once.
     *
     * @return false when a log manager was made earlier, so stopping lines may be lost
     */
    public static boolean installed() {
        return LogManager.getLogManager() instanceof StoppingLogManager;
    }

    /** From now on a reset (the JDK's shutdown hook) waits for {@link #stopped()}. */
    public static void holdUntilStopped() {
        holding = true;
    }

    /** The graceful stop has finished (or given up): the JDK may close the handlers now. */
    public static void stopped() {
        STOPPED.countDown();
    }

    @Override
    public void reset() {
        if (holding) {
            try {
                STOPPED.await(LONGEST_STOP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        super.reset();
    }
}
