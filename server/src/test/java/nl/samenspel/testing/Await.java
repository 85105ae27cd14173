package nl.samenspel.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition that has no event to wait on, with a deadline; fails the test when it passes. */
public final class Await {

    private Await() {}

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Object monitor = new Object();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
            synchronized (monitor) {
                try {
                    monitor.wait(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }
}
