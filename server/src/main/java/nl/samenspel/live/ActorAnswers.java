package nl.samenspel.live;

import io.vertx.core.AsyncResult;
import io.vertx.core.buffer.Buffer;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.samenspel.session.bus.ActorReply;
import nl.samenspel.session.view.Frames;

/** The frame that answers a client's frame once the session's actor has replied, or failed to. */
final class ActorAnswers {

    private static final Logger LOG = Logger.getLogger(Connection.class.getName());

    private ActorAnswers() {
    }

    /** An ack or an error for a command; empty for a reply a command never gets. */
    static Optional<Buffer> toCommand(String id, String code, AsyncResult<ActorReply> ar) {
        if (ar.failed()) {
            // Usually the actor did not answer in time: it may still apply the command, so the
            // answer promises only that a re-send with the same id is done at most once.
            LOG.warning("command to " + code + " got no answer: " + ar.cause());
            return Optional.of(Frames.error(id, "internal_error",
                    "the server did not finish this in time; send it again with the same id", null));
        } else if (ar.result() instanceof ActorReply.Accepted a) {
            return Optional.of(Frames.ack(id, a.seq()));
        } else if (ar.result() instanceof ActorReply.Rejected r) {
            return Optional.of(Frames.error(id, r.code(), r.message(), r.field()));
        }
        return Optional.empty();
    }

    /** The error for a join or attach that was not welcomed. */
    static Buffer toRefusedHello(String id, String code, AsyncResult<ActorReply> ar) {
        if (ar.succeeded() && ar.result() instanceof ActorReply.Rejected r) {
            return Frames.error(id, r.code(), r.message(), r.field());
        }
        LOG.log(Level.WARNING, "attach to " + code + " failed", ar.cause());
        return Frames.error(id, "internal_error", "the server could not attach you; please retry", null);
    }
}
