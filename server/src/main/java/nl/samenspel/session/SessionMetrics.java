package nl.samenspel.session;

/** What the session actors tell the operator's metrics; kept as an interface so the session package names no metrics library. */
public interface SessionMetrics {

    SessionMetrics NONE = new SessionMetrics() {
        @Override public void accepted() {}
        @Override public void rejected(String code) {}
        @Override public void journalled(long nanos) {}
        @Override public void fannedOut(long nanos) {}
    };

    /** A command was acknowledged. */
    void accepted();

    /** A command or join was answered with this error code. */
    void rejected(String code);

    /** How long a journal append took, from the actor's call to its durable completion. */
    void journalled(long nanos);

    /** How long from a command reaching its actor to its frames being published to the gateways. */
    void fannedOut(long nanos);

    /** A gateway's message answered by the session's actor on another node: the round trip over the clustered bus. */
    default void askedAcrossNodes(long nanos) {}
}
