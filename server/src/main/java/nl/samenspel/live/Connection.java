package nl.samenspel.live;

import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.samenspel.session.bus.ActorMessage;
import nl.samenspel.session.bus.ActorReply;
import nl.samenspel.session.bus.ActorReply.Delivery;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.view.Frames;

/**
 * One client's websocket. Checks every frame at the edge (size, UTF-8, JSON, type, fields,
 * rate), attaches the client to a session as its principal, forwards commands to the session
 * and answers every frame exactly once (ack, error, welcome or pong), and passes on the
 * session's frames this principal may see.
 *
 * <p>A socket that cannot keep up is not waited for: the session's frames are skipped while
 * its queue is full, and once it drains the client is caught up from the session's recent
 * frames (a whole snapshot only when those are gone). Answers are never skipped: they are
 * small, one per frame the client sent, and a client waits for them.
 */
final class Connection implements IncomingMessages.Sink {

    private static final Logger LOG = Logger.getLogger(Connection.class.getName());
    private static final int WRITE_QUEUE_BYTES = 512 * 1024;
    static final int ID_LIMIT = 64;
    /** Joins and attaches waiting behind one under way; the rate limit keeps this short anyway. */
    private static final int HELLO_QUEUE = 64;

    private final ServerWebSocket socket;
    private final LiveGateway gateway;
    private final RateLimiter limiter;
    private final IncomingMessages incoming = new IncomingMessages(this);
    /** The session and identity this connection speaks for; null before the first welcome. */
    private Attachment current;
    /** A join or attach under way; it replaces {@link #current} only when welcomed. */
    private Attachment pending;
    private final Deque<Runnable> hellos = new ArrayDeque<>();
    private boolean closed;

    Connection(ServerWebSocket socket, LiveGateway gateway) {
        this.socket = socket;
        this.gateway = gateway;
        this.limiter = new RateLimiter(gateway.config().commandsPerSecond(), gateway.config().commandBurst(), gateway.now());
    }

    void start() {
        gateway.stats().opened();
        socket.setWriteQueueMaxSize(WRITE_QUEUE_BYTES);
        socket.frameHandler(incoming::frame);
        socket.closeHandler(v -> close());
        socket.exceptionHandler(this::onFailure);
    }

    /**
     * The transport refuses a single frame above its limit before we see any of it; without
     * this the client would only see the connection end, not why.
     */
    private void onFailure(Throwable e) {
        if (e instanceof CorruptedWebSocketFrameException c && c.closeStatus() == WebSocketCloseStatus.MESSAGE_TOO_BIG) {
            farTooLarge();
        } else {
            LOG.log(Level.FINE, "websocket error", e);
        }
    }

    // --- what the client sends -----------------------------------------------------------------

    @Override
    public void binary() {
        sendError(null, new Rejection("malformed_json", "frames must be JSON text", null));
    }

    @Override
    public void tooLarge() {
        sendError(null, new Rejection("frame_too_large", "a message may be at most 64 KiB", null));
    }

    @Override
    public void farTooLarge() {
        socket.close((short) 1009, "a message may be at most 64 KiB");
    }

    @Override
    public void invalidUtf8() {
        socket.close((short) 1007, "a text frame must be valid UTF-8");
    }

    @Override
    public void text(String text) {
        JsonObject json;
        try {
            json = JsonText.parse(text);
        } catch (IllegalArgumentException e) {
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
                case "join" -> hello(id, HelloFrames.join(id, fields));
                case "attach" -> hello(id, HelloFrames.attach(id, fields));
                default -> command(id, type, fields);
            }
        } catch (Rejection r) {
            sendError(id, r);
        }
    }

    private void command(String id, String type, Fields fields) {
        Attachment on = current;
        if (on == null) throw Rejection.of("not_attached", "join or attach to a session first");
        ActorMessage.Submit submit = new ActorMessage.Submit(on.principal.key(), id, gateway.commands().decode(type, fields));
        gateway.sessions().ask(on.code, submit).onComplete(ar -> ActorAnswers.toCommand(id, on.code, ar).ifPresent(this::write));
    }

    // --- joining and attaching -----------------------------------------------------------------

    /** One join or attach at a time, in the order sent, so each gets its own answer. */
    private void hello(String id, HelloFrames.Hello hello) {
        String code = hello.code();
        ActorMessage message = hello.message();
        if (pending == null) {
            attempt(code, id, message);
        } else if (hellos.size() >= HELLO_QUEUE) {
            throw Rejection.of("rate_limited", "too many joins at once; wait for the answers");
        } else {
            hellos.add(() -> attempt(code, id, message));
        }
    }

    /**
     * Joins the session's feed first, then asks the actor: nothing published in between is
     * lost. The connection stays what it was until the welcome: a refused attempt changes nothing.
     */
    private void attempt(String code, String id, ActorMessage message) {
        Attachment next = new Attachment(code);
        next.held = new ArrayList<>();
        pending = next;
        SessionFeed feed = gateway.feed(code);
        feed.add(this);
        Future<ActorReply> answer = feed.ready().compose(v -> gateway.sessions().ask(code, message));
        answer.onComplete(ar -> {
            pending = null;
            if (closed) return;
            if (ar.succeeded() && ar.result() instanceof ActorReply.Attached a) {
                Attachment before = current;
                current = next;
                if (before != null) leaveFeedUnlessUsed(before.code);
                welcome(next, a);
            } else {
                leaveFeedUnlessUsed(code);
                write(ActorAnswers.toRefusedHello(id, code, ar));
            }
            Runnable waiting = hellos.poll();
            if (waiting != null) waiting.run();
        });
    }

    private void welcome(Attachment a, ActorReply.Attached attached) {
        a.principal = Principal.fromKey(attached.principal());
        a.floor = attached.seq();
        a.lagging = false;
        write(attached.welcome());
        attached.missed().forEach(this::write);
        releaseHeld(a);
    }

    private void releaseHeld(Attachment a) {
        List<ActorReply.Outbound> waiting = a.held;
        a.held = null;
        if (waiting != null) waiting.forEach(out -> forward(a, out));
    }

    // --- the session's frames ------------------------------------------------------------------

    void deliver(String code, ActorReply.Outbound out) {
        if (gone()) return;
        if (pending != null && pending.code.equals(code)) pending.held.add(out);
        if (current != null && current.code.equals(code)) forward(current, out);
    }

    /** A change's frames go whole or not at all, so {@code floor} always marks a complete prefix. */
    private void forward(Attachment a, ActorReply.Outbound out) {
        if (gone()) return;
        if (a.held != null) {
            a.held.add(out);
            return;
        }
        if (a.lagging) return;
        if (socket.writeQueueFull()) {
            fallBehind(a);
            return;
        }
        for (Delivery d : out.deliveries()) {
            if (d.seq() > a.floor && d.audience().includes(a.principal)) write(d.frame());
        }
        a.floor = Math.max(a.floor, out.seq());
    }

    /**
     * The socket's queue is full (a phone on a weak connection): skip frames until it drains,
     * then ask the session for what was skipped. Frames that arrive while that answer is on its
     * way are held, so the client gets everything once, in order. Catching up costs no more than
     * the frames it replaces, so one catch-up cannot set off the next.
     */
    private void fallBehind(Attachment a) {
        if (a.lagging) return;
        a.lagging = true;
        gateway.stats().fellBehind();
        socket.drainHandler(v -> {
            socket.drainHandler(null);
            if (closed || current != a) return;
            a.lagging = false;
            a.held = new ArrayList<>();
            gateway.sessions().ask(a.code, new ActorMessage.Resync(a.principal.key(), a.floor)).onComplete(ar -> {
                if (closed || current != a) return;
                if (ar.succeeded() && ar.result() instanceof ActorReply.Attached caught) {
                    catchUp(a, caught);
                } else {
                    socket.close((short) 1011, "could not resynchronise");
                }
            });
        });
    }

    private void catchUp(Attachment a, ActorReply.Attached caught) {
        if (caught.resumed()) {
            // Only the skipped frames: to the client this is as if it had never lagged.
            gateway.stats().caughtUp();
            caught.missed().forEach(this::write);
            a.floor = Math.max(a.floor, caught.seq());
            releaseHeld(a);
        } else {
            gateway.stats().resentSnapshot();
            welcome(a, caught);
        }
    }

    // --- writing -------------------------------------------------------------------------------

    private void write(Buffer frame) {
        if (gone()) return;
        socket.writeFrame(TextFrames.of(frame));
    }

    /**
     * Closed, or closing: the socket may be shut before its close handler has run, and writing
     * to it then throws, which would stop a feed's delivery to every connection after this one.
     */
    private boolean gone() {
        return closed || socket.isClosed();
    }

    private void sendError(String id, Rejection r) {
        write(Frames.error(id, r.code(), r.getMessage(), r.field()));
    }

    private void leaveFeedUnlessUsed(String code) {
        boolean used = (current != null && current.code.equals(code)) || (pending != null && pending.code.equals(code));
        if (!used) gateway.leave(code, this);
    }

    private void close() {
        if (closed) return;
        closed = true;
        gateway.stats().closed();
        hellos.clear();
        if (current != null) gateway.leave(current.code, this);
        if (pending != null) gateway.leave(pending.code, this);
        current = null;
        pending = null;
    }
}
