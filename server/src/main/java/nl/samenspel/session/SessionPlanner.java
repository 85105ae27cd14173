package nl.samenspel.session;

import nl.samenspel.session.domain.SessionPlan;

/**
 * Turns a facilitator's set-up into a session's plan (the formats do this). Sessions know
 * formats only through this, so the session package imports none.
 */
@FunctionalInterface
public interface SessionPlanner {

    /** Throws {@link IllegalArgumentException} naming what in the set-up does not fit. */
    SessionPlan plan(SessionSetup setup);
}
