package nl.samenspel.live;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.samenspel.session.JoinCodes;
import nl.samenspel.session.Tokens;
import nl.samenspel.session.bus.ActorMessage;
import nl.samenspel.session.bus.ActorReply;
import nl.samenspel.session.bus.ActorReply.Delivery;
import nl.samenspel.session.domain.Limits;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.view.Frames;

/**
 * One client's websocket. Checks every frame at the edge (size, JSON, type, fields, rate),
 * attaches the client to a session as its principal, forwards commands to the session and
 * answers with ack or error, and passes on the session's frames this principal may see.
 * A client whose socket cannot keep up is not waited for: its frames are dropped and it gets
 * a fresh snapshot once its socket drains.
 */
final class Connection {

    private static final Logger LOG = Logger.getLogger(Connection.class.getName());
    private static final int WRITE_QUEUE_BYTES = 512 * 1024;
    private static final int ID_LIMIT = 64;

    private final ServerWebSocket socket;
    private final LiveGateway gateway;
    private final RateLimiter limiter;
    private String code;
    private Principal principal;
    /** Frames up to this seq are in what the client already has. */
    private long floor;
    /** Frames that arrive while attaching, held until the welcome is sent. */
    private List<ActorReply.Outbound> held;
    private boolean lagging;
    private boolean closed;

    Connection(ServerWebSocket socket, LiveGateway gateway) {
        this.socket = socket;
        this.gateway = gateway;
        this.limiter = new RateLimiter(gateway.config().commandsPerSecond(), gateway.config().commandBurst(), gateway.now());
    }

    void start() {
        socket.setWriteQueueMaxSize(WRITE_QUEUE_BYTES);
        socket.textMessageHandler(this::onText);
        socket.binaryMessageHandler(b -> sendError(null, new Rejection("malformed_json", "frames must be JSON text", null)));
        socket.closeHandler(v -> close());
        socket.exceptionHandler(e -> LOG.log(Level.FINE, "websocket error", e));
    }

    private void onText(String text) {
        if (text.length() > LiveGateway.MAX_FRAME / 3 && text.getBytes(StandardCharsets.UTF_8).length > LiveGateway.MAX_FRAME) {
            sendError(null, new Rejection("frame_too_large", "a message may be at most 64 KiB", null));
            return;
        }
        JsonObject json;
        try {
            json = new JsonObject(text);
        } catch (DecodeException | ClassCastException e) {
            sendError(null, new Rejection("malformed_json", "the message is not a JSON object", null));
            return;
        }
        String id = null;
        try {
            Fields fields = new Fields(json);
            // The id first, so that even an error about the type can name the message it answers.
            if (json.getValue("id") instanceof String s && s.length() <= ID_LIMIT) id = s;
            if (!(json.getValue("type") instanceof String type)) throw Rejection.invalid("type", "type is missing");
            if (type.equals("ping")) {
                write(Frames.pong(json.getValue("t"), gateway.now()));
                return;
            }
            if (!gateway.commands().knows(type)) throw new Rejection("unknown_type", "there is no message type '" + type + "'", "type");
            id = fields.string("id", ID_LIMIT);
            if (!limiter.allow(gateway.now())) throw Rejection.of("rate_limited", "too many messages at once; wait a moment");
            switch (type) {
                case "join" -> join(id, fields);
                case "attach" -> attach(id, fields);
                default -> command(id, type, fields);
            }
        } catch (Rejection r) {
            sendError(id, r);
        }
    }

    private void join(String id, Fields fields) {
        String code = code(fields);
        String name = fields.string("name", Limits.NAME);
        String token = fields.optionalString("token", ID_LIMIT);
        if (token != null && !Tokens.wellFormed(token)) {
            throw Rejection.invalid("token", "a token has 22 to 64 letters, digits, '-' or '_'");
        }
        attachTo(code, id, new ActorMessage.Join(id, name, token != null ? token : Tokens.random()));
    }

    private void attach(String id, Fields fields) {
        String code = code(fields);
        String token = fields.string("token", 128);
        attachTo(code, id, new ActorMessage.Attach(id, token, fields.optionalLong("lastSeq", 0)));
    }

    private static String code(Fields fields) {
        String typed = fields.string("code", 32);
        String code = JoinCodes.normalize(typed);
        if (code == null) throw new Rejection("unknown_session", "there is no session with code '" + typed + "'", "code");
        return code;
    }

    private void command(String id, String type, Fields fields) {
        if (principal == null) throw Rejection.of("not_attached", "join or attach to a session first");
        ActorMessage.Submit submit = new ActorMessage.Submit(principal.key(), id, gateway.commands().decode(type, fields));
        String to = code;
        gateway.sessions().ask(to, submit).onComplete(ar -> {
            if (ar.failed()) {
                LOG.log(Level.WARNING, "command to " + to + " failed", ar.cause());
                sendError(id, new Rejection("internal_error", "the server could not handle this; please retry", null));
            } else if (ar.result() instanceof ActorReply.Accepted a) {
                write(Frames.ack(id, a.seq()));
            } else if (ar.result() instanceof ActorReply.Rejected r) {
                sendError(id, new Rejection(r.code(), r.message(), r.field()));
            }
        });
    }

    /** Joins the session's feed first, then asks the actor: nothing published in between is lost. */
    private void attachTo(String code, String id, ActorMessage message) {
        leave();
        this.code = code;
        this.held = new ArrayList<>();
        SessionFeed feed = gateway.feed(code);
        feed.add(this);
        Future<ActorReply> answer = feed.ready().compose(v -> gateway.sessions().ask(code, message));
        answer.onComplete(ar -> {
            if (closed || !code.equals(this.code)) return;
            if (ar.succeeded() && ar.result() instanceof ActorReply.Attached a) {
                welcome(a);
            } else {
                leave();
                if (ar.succeeded() && ar.result() instanceof ActorReply.Rejected r) {
                    sendError(id, new Rejection(r.code(), r.message(), r.field()));
                } else {
                    LOG.log(Level.WARNING, "attach to " + code + " failed", ar.cause());
                    sendError(id, new Rejection("internal_error", "the server could not attach you; please retry", null));
                }
            }
        });
    }

    private void welcome(ActorReply.Attached attached) {
        principal = Principal.fromKey(attached.principal());
        floor = attached.seq();
        lagging = false;
        write(attached.welcome());
        attached.missed().forEach(this::write);
        List<ActorReply.Outbound> waiting = held;
        held = null;
        if (waiting != null) waiting.forEach(this::deliver);
    }

    void deliver(ActorReply.Outbound out) {
        if (held != null) {
            held.add(out);
            return;
        }
        if (principal == null || lagging) return;
        for (Delivery d : out.deliveries()) {
            if (d.seq() > floor && d.audience().includes(principal)) write(d.frame());
        }
    }

    private void write(Buffer frame) {
        if (closed) return;
        if (socket.writeQueueFull()) {
            fallBehind();
            return;
        }
        socket.writeFrame(TextFrames.of(frame));
    }

    /** The socket's queue is full (a phone on a weak connection): skip frames, then resynchronise it with a snapshot. */
    private void fallBehind() {
        if (lagging || principal == null) return;
        lagging = true;
        String key = principal.key();
        String to = code;
        socket.drainHandler(v -> {
            socket.drainHandler(null);
            if (closed || !to.equals(code)) return;
            held = new ArrayList<>();
            gateway.sessions().ask(to, new ActorMessage.Resync(key)).onComplete(ar -> {
                if (closed || !to.equals(code)) return;
                if (ar.succeeded() && ar.result() instanceof ActorReply.Attached a) welcome(a);
                else socket.close((short) 1011, "could not resynchronise");
            });
        });
    }

    private void sendError(String id, Rejection r) {
        write(Frames.error(id, r.code(), r.getMessage(), r.field()));
    }

    private void leave() {
        if (code != null) gateway.leave(code, this);
        code = null;
        principal = null;
        held = null;
    }

    private void close() {
        closed = true;
        leave();
    }
}
