package nl.samenspel.session.domain;

import java.util.List;

/**
 * The rules a format adds to the shared building blocks: its own commands and events, and
 * what it does when something shared happens (a new step, a new table).
 */
public interface FormatRules {

    /** The format's state for a new session; null when the format keeps none. */
    FormatState start(SessionPlan plan);

    List<SessionEvent> decide(SessionState session, Principal who, Command.FormatCommand command, Decision decision);

    void apply(SessionState session, SessionEvent.FormatEvent event);

    /** Events that follow from an event that was just applied. */
    default List<SessionEvent> react(SessionState session, SessionEvent event, Decision decision) {
        return List.of();
    }

    /**
     * The earliest moment (epoch millis) at which the format has a countdown of its own that
     * ends, e.g. a card's time at one table; 0 for none. The session wakes then and asks
     * {@link #expire}.
     */
    default long nextDeadline(SessionState session) {
        return 0;
    }

    /** Events for the format's countdowns that have ended by {@code decision.now()} (see {@link #nextDeadline}). */
    default List<SessionEvent> expire(SessionState session, Decision decision) {
        return List.of();
    }

    /** Whether a participant may reveal the roles of their own table now. */
    default boolean tableMayReveal(SessionState session) {
        return session.plan().tableMayReveal();
    }

    /**
     * Whether someone who joins a table whose roles are out draws a role from its envelope at
     * once; a format where people pick their own role says no.
     */
    default boolean drawsForLatecomers(SessionState session) {
        return true;
    }

    /** A format with nothing of its own: tables, envelopes, timer and flip-overs only. */
    FormatRules NONE = new FormatRules() {
        public FormatState start(SessionPlan plan) { return null; }

        public List<SessionEvent> decide(SessionState s, Principal w, Command.FormatCommand c, Decision d) {
            throw Rejection.of("unknown_type", "this session's format has no such command");
        }

        public void apply(SessionState s, SessionEvent.FormatEvent e) {
            throw new IllegalStateException("unexpected format event " + e);
        }
    };
}
