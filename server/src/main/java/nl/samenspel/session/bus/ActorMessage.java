package nl.samenspel.session.bus;

import nl.samenspel.session.domain.Command;

/** What the gateway and the HTTP API ask of a session actor, over the event bus. */
public sealed interface ActorMessage {

    /** Come back as someone (participant, facilitator or projector) and catch up from {@code lastSeq}. */
    record Attach(String messageId, String token, long lastSeq) implements ActorMessage {}

    /** A newcomer joins; {@code token} is their resume token (made by the client or the gateway). */
    record Join(String messageId, String name, String token) implements ActorMessage {}

    record Submit(String principal, String messageId, Command command) implements ActorMessage {}

    /**
     * A client whose connection fell behind and skipped frames after {@code lastSeq}: the frames
     * it missed when they are still kept, a fresh snapshot otherwise.
     */
    record Resync(String principal, long lastSeq) implements ActorMessage {}

    /** The session's report data (for exports); needs the facilitator token. */
    record Report(String token) implements ActorMessage {}

    /** The facilitator's view of the session, for the HTTP API; needs the facilitator token. */
    record Inspect(String token) implements ActorMessage {}
}
