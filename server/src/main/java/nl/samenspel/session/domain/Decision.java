package nl.samenspel.session.domain;

import java.util.Random;

/**
 * What a decision may depend on besides the state: the time, chance, and how fast the clock
 * runs ({@code timeScale} below 1 shortens every step, for rehearsals and tests). Events carry
 * the outcome, so replay never calls on any of these.
 */
public record Decision(long now, Random random, double timeScale) {

    public Decision(long now, Random random) {
        this(now, random, 1.0);
    }

    public long millis(int seconds) {
        return Math.max(1, Math.round(seconds * 1000L * timeScale));
    }
}
