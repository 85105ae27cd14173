package nl.samenspel.session.bus;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.session.view.Audience;

/** What a session actor answers or publishes. */
public sealed interface ActorReply {

    /**
     * Attached as {@code principal}: the {@code welcome} frame, then the frames missed since the
     * client's last seq; {@code resumed} when those frames replace a snapshot (the welcome has none).
     */
    record Attached(String principal, long seq, Buffer welcome, List<Buffer> missed, boolean resumed) implements ActorReply {}

    /** The command is durable and applied; {@code seq} is where the session is now. */
    record Accepted(long seq) implements ActorReply {}

    record Rejected(String code, String message, String field) implements ActorReply {}

    record Inspected(JsonObject state) implements ActorReply {}

    record Reported(String format, JsonObject report) implements ActorReply {}

    /** Published after each durable change: every client frame it causes, each with its audience. */
    record Outbound(long seq, List<Delivery> deliveries) implements ActorReply {}

    record Delivery(Audience audience, long seq, Buffer frame) {}
}
