package nl.samenspel.session;

import io.vertx.core.eventbus.Message;
import java.util.function.BooleanSupplier;
import nl.samenspel.session.bus.ActorMessage;
import nl.samenspel.session.bus.ActorReply.Accepted;
import nl.samenspel.session.bus.ActorReply.Rejected;

/** How a session actor answers: counted in the metrics, and only once what the answer shows is durable. */
final class Replies {

    private final SessionMetrics metrics;
    private final JournalWriter journal;
    private final BooleanSupplier broken;

    Replies(SessionMetrics metrics, JournalWriter journal, BooleanSupplier broken) {
        this.metrics = metrics;
        this.journal = journal;
        this.broken = broken;
    }

    /** Every answer goes out here, so the metrics count acknowledgements and rejections by code. */
    void answer(Message<ActorMessage> message, Object reply) {
        if (reply instanceof Accepted) metrics.accepted();
        else if (reply instanceof Rejected r) metrics.rejected(r.code());
        message.reply(reply);
    }

    void whenDurable(Runnable action, Message<ActorMessage> message) {
        journal.tail().onComplete(ar -> {
            if (ar.succeeded() && !broken.getAsBoolean()) action.run();
            else if (message != null) answer(message, storageUnavailable());
        });
    }

    static Rejected storageUnavailable() {
        return new Rejected("storage_unavailable", "the change could not be made durable; nothing changed, please retry", null);
    }
}
