package nl.samenspel.session;

import io.vertx.core.Future;
import io.vertx.core.eventbus.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import nl.samenspel.session.bus.ActorMessage;

/**
 * How a session actor ends, whichever way it ends (idle, crashed, stopped, or handed to another
 * node at a graceful stop): it keeps its address, so no message sent to it is lost, but takes
 * none any more. The writes under way finish (their commands are acknowledged as usual), then
 * the session is released (its lock and its place in the registry), and from then on every
 * message, the ones that came meanwhile first, is refused with {@link SessionRegistry#HANDED_ON}:
 * its sender asks again and reaches the session's next actor, which loads everything written.
 * Refusing, not unregistering, is the point: the event bus drops a message queued for a consumer
 * that goes away, and its sender would see a failure instead of a retry.
 */
final class HandOver {

    private static final Logger LOG = Logger.getLogger(SessionActor.class.getName());

    private final String code;
    private final List<Message<ActorMessage>> held = new ArrayList<>();
    private final Future<Void> released;
    private boolean free;

    /**
     * @param lastWrites completes when what is under way is durable (and snapshotted)
     * @param release    frees the session for its next actor; runs once, after the last write
     * @param seq        where the session is, for the log
     */
    HandOver(String code, Future<Void> lastWrites, Runnable release, long seq, String why) {
        this.code = code;
        long started = System.nanoTime();
        this.released = lastWrites.andThen(v -> {
            release.run();
            free = true;
            held.forEach(this::refuse);
            LOG.fine(() -> String.format("session %s %s in %d ms (at step %d; %d messages sent on)", code, why,
                    (System.nanoTime() - started) / 1_000_000, seq, held.size()));
            held.clear();
        });
    }

    /** A message that came after the hand-over began: kept until the session is free, refused from then on. */
    void take(Message<ActorMessage> message) {
        if (free) refuse(message);
        else held.add(message);
    }

    /** Completes when the session is free for its next actor. */
    Future<Void> released() {
        return released;
    }

    private void refuse(Message<ActorMessage> message) {
        message.fail(SessionRegistry.HANDED_ON, "session " + code + " has been handed on; ask again");
    }
}
