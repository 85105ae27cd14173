package nl.samenspel.session;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import nl.samenspel.session.bus.ActorMessage;
import nl.samenspel.session.bus.ActorMessage.Attach;
import nl.samenspel.session.bus.ActorMessage.Inspect;
import nl.samenspel.session.bus.ActorMessage.Resync;
import nl.samenspel.session.bus.ActorReply.Attached;
import nl.samenspel.session.bus.ActorReply.Inspected;
import nl.samenspel.session.bus.ActorReply.Rejected;
import nl.samenspel.session.bus.ActorReply.Reported;
import nl.samenspel.session.domain.Participant;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.view.Frames;
import nl.samenspel.session.view.SnapshotView;

/**
 * The actor's messages that only read the session: attaching and resynchronising (a welcome
 * with a snapshot or the frames missed), the facilitator's inspection and report. Runs on the
 * actor's context, like everything that touches the state.
 */
final class SessionReader {

    private final String code;
    private final SessionRuntime runtime;
    private final SessionState state;
    private final RecentFrames recent;
    private final Replies replies;

    SessionReader(String code, SessionRuntime runtime, SessionState state, RecentFrames recent, Replies replies) {
        this.code = code;
        this.runtime = runtime;
        this.state = state;
        this.recent = recent;
        this.replies = replies;
    }

    void attach(Message<ActorMessage> message, Attach attach) {
        Optional<Principal> who = identify(Tokens.hash(attach.token()));
        if (who.isEmpty()) {
            replies.answer(message, new Rejected("bad_token", "this token does not belong to session " + code, null));
            return;
        }
        welcome(message, who.get(), attach.messageId(), attach.lastSeq(), null);
    }


    /**
     * Answers with a snapshot of the state as it is now (seq S), sent once S is durable;
     * a client that has seen up to {@code lastSeq} gets just the frames it missed if they are
     * still kept. Frames after S reach it through the session's published updates.
     */
    void welcome(Message<ActorMessage> message, Principal who, String messageId, long lastSeq, String token) {
        long seq = state.seq();
        JsonObject you = SnapshotView.you(state, who);
        JsonObject snapshot = runtime.snapshots().of(state, who);
        replies.whenDurable(() -> {
            Optional<List<Buffer>> missed = lastSeq > 0 ? recent.between(lastSeq, seq, who) : Optional.empty();
            long sent = runtime.clock().getAsLong();
            Buffer frame = missed.isPresent()
                    ? Frames.welcome(messageId, seq, you, token, null, sent)
                    : Frames.welcome(messageId, seq, you, token, snapshot, sent);
            replies.answer(message, new Attached(who.key(), seq, frame, missed.orElse(List.of()), missed.isPresent()));
        }, message);
    }

    void resync(Message<ActorMessage> message, Resync resync) {
        Principal who = Principal.fromKey(resync.principal());
        if (refusedAsGone(message, who)) return;
        welcome(message, who, null, resync.lastSeq(), null);
    }

    void inspect(Message<ActorMessage> message, Inspect inspect) {
        if (!facilitator(message, inspect.token())) return;
        // Where the workshop lives, so an operator can find it in a cluster.
        JsonObject snapshot = runtime.snapshots().of(state, Principal.FACILITATOR).put("ownerNode", runtime.nodeId());
        replies.whenDurable(() -> replies.answer(message, new Inspected(snapshot)), message);
    }

    void report(Message<ActorMessage> message, ActorMessage.Report report) {
        if (!facilitator(message, report.token())) return;
        JsonObject data = runtime.reports().collect(state);
        String format = state.plan().format();
        replies.whenDurable(() -> replies.answer(message, new Reported(format, data)), message);
    }

    /** True when the token is the facilitator's; otherwise answers {@code bad_token}. */
    private boolean facilitator(Message<ActorMessage> message, String token) {
        if (token != null && state.isFacilitatorToken(Tokens.hash(token))) return true;
        replies.answer(message, new Rejected("bad_token", "the facilitator token is missing or wrong", null));
        return false;
    }

    Optional<Principal> identify(String tokenHash) {
        if (state.isFacilitatorToken(tokenHash)) return Optional.of(Principal.FACILITATOR);
        if (state.isProjectorToken(tokenHash)) return Optional.of(Principal.PROJECTOR);
        return state.participants().byToken(tokenHash).map(p -> new Principal.Participant(p.id()));
    }

    /** A participant who was removed (or never was) may send nothing more; answers {@code bad_token} and says so. */
    boolean refusedAsGone(Message<ActorMessage> message, Principal who) {
        if (who instanceof Principal.Participant p && state.participants().find(p.id()).map(Participant::removed).orElse(true)) {
            replies.answer(message, new Rejected("bad_token", "you are no longer in this session", null));
            return true;
        }
        return false;
    }
}
