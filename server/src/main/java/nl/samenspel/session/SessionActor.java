package nl.samenspel.session;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.samenspel.session.bus.ActorMessage;
import nl.samenspel.session.bus.ActorMessage.Attach;
import nl.samenspel.session.bus.ActorMessage.Inspect;
import nl.samenspel.session.bus.ActorMessage.Join;
import nl.samenspel.session.bus.ActorMessage.Resync;
import nl.samenspel.session.bus.ActorMessage.Submit;
import nl.samenspel.session.bus.ActorReply.Accepted;
import nl.samenspel.session.bus.ActorReply.Attached;
import nl.samenspel.session.bus.ActorReply.Delivery;
import nl.samenspel.session.bus.ActorReply.Inspected;
import nl.samenspel.session.bus.ActorReply.Outbound;
import nl.samenspel.session.bus.ActorReply.Rejected;
import nl.samenspel.session.bus.ActorReply.Reported;
import nl.samenspel.session.bus.Addresses;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Decision;
import nl.samenspel.session.domain.JournalEntry;
import nl.samenspel.session.domain.Participant;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.agenda.StepTimer;
import nl.samenspel.session.view.Frames;
import nl.samenspel.session.view.SnapshotView;
import nl.samenspel.session.view.Update;
import nl.samenspel.store.StoredEvent;
import nl.samenspel.store.StoredSession;

/**
 * One live session. Every change happens here, in order, on this verticle's context:
 * command → check → events → apply → journal → (durable) → ack and publish. A command is
 * answered only when its events are on disk. If the journal cannot be written, the actor
 * stops; the next message loads the session again from what is durable.
 */
public final class SessionActor extends VerticleBase {

    private static final Logger LOG = Logger.getLogger(SessionActor.class.getName());

    private final String code;
    private final SessionRuntime runtime;
    /** The session's cluster-wide lock while this node owns it; null on a single node. */
    private final io.vertx.core.shareddata.Lock ownership;
    /** The journal's ownership epoch this actor writes under (0: a single node, never fenced). */
    private long epoch;
    private final Random random = new Random();
    private SessionState state;
    private RecentFrames recent;
    private MessageConsumer<ActorMessage> consumer;
    /** Completes when everything written so far is durable. */
    private Future<Void> tail = Future.succeededFuture();
    private int inFlight;
    private long snapshotSeq;
    private long timerId = -1;
    private long idleCheckId = -1;
    private long lastUse;
    private boolean broken;
    private boolean unloading;

    public SessionActor(String code, SessionRuntime runtime) {
        this(code, runtime, null);
    }

    public SessionActor(String code, SessionRuntime runtime, io.vertx.core.shareddata.Lock ownership) {
        this.code = code;
        this.runtime = runtime;
        this.ownership = ownership;
    }

    @Override
    public Future<?> start() {
        // Claiming before loading: whatever an earlier owner still writes after this is refused,
        // and everything it wrote before is in what we load.
        Future<Long> claimed = ownership == null ? Future.succeededFuture(0L)
                : runtime.store().claim(code).recover(e -> e instanceof java.sql.SQLException && String.valueOf(e.getMessage()).startsWith("no session")
                        ? Future.failedFuture(new UnknownSessionException(code)) : Future.failedFuture(e));
        return claimed.compose(claimedEpoch -> {
            epoch = claimedEpoch;
            return runtime.store().load(code);
        }).compose(found -> {
            if (found.isEmpty()) return Future.failedFuture(new UnknownSessionException(code));
            StoredSession stored = found.get();
            state = runtime.codec().replay(stored);
            snapshotSeq = stored.snapshotSeq();
            recent = new RecentFrames(runtime.recentChanges(), state.seq());
            lastUse = now();
            consumer = vertx.eventBus().consumer(Addresses.actor(code), this::onMessage);
            scheduleTimer();
            idleCheckId = vertx.setPeriodic(runtime.idleCheckMs(), id -> unloadIfIdle());
            return consumer.completion();
        });
    }

    @Override
    public Future<?> stop() {
        if (idleCheckId >= 0) vertx.cancelTimer(idleCheckId);
        if (timerId >= 0) vertx.cancelTimer(timerId);
        // Taking no message any more comes first: one arriving now goes to the next owner instead.
        Future<Void> closed = consumer == null ? Future.succeededFuture() : consumer.unregister().otherwiseEmpty();
        Future<Void> done = broken || state == null ? closed
                : closed.transform(v -> tail).transform(ar -> snapshotIfBehind()).otherwiseEmpty();
        // The lock goes last, after the last write: the next owner claims a journal that is finished.
        return done.onComplete(v -> {
            if (ownership != null) ownership.release();
        });
    }

    private long now() {
        return runtime.clock().getAsLong();
    }

    private Decision decision() {
        return new Decision(now(), random, runtime.timeScale());
    }

    // --- messages ----------------------------------------------------------------------------

    private void onMessage(Message<ActorMessage> message) {
        lastUse = now();
        if (broken) {
            answer(message, new Rejected("storage_unavailable", "the session is being reloaded; please retry", null));
            return;
        }
        ActorMessage body = message.body();
        if (body instanceof Submit s) submit(message, s);
        else if (body instanceof Attach a) attach(message, a);
        else if (body instanceof Join j) join(message, j);
        else if (body instanceof Inspect i) inspect(message, i);
        else if (body instanceof Resync r) resync(message, r);
        else if (body instanceof ActorMessage.Report r) report(message, r);
    }

    private void submit(Message<ActorMessage> message, Submit submit) {
        long arrived = System.nanoTime();
        Principal who = Principal.fromKey(submit.principal());
        if (who instanceof Principal.Participant p && state.participants().find(p.id()).map(Participant::removed).orElse(true)) {
            answer(message, new Rejected("bad_token", "you are no longer in this session", null));
            return;
        }
        OptionalLong done = submit.messageId() == null ? OptionalLong.empty()
                : state.commands().seqOf(who.key(), submit.messageId());
        if (done.isPresent()) {
            whenDurable(() -> answer(message, new Accepted(done.getAsLong())), message);
            return;
        }
        List<Delivery> deliveries = new ArrayList<>();
        List<JournalEntry> entries = run(message, () -> state.execute(who, submit.messageId(), submit.command(),
                decision(), entry -> deliveries.addAll(frames(entry))));
        if (entries == null) return;
        long seq = state.seq();
        persist(entries, deliveries, () -> answer(message, new Accepted(seq)), message, arrived);
    }

    private void attach(Message<ActorMessage> message, Attach attach) {
        Optional<Principal> who = identify(Tokens.hash(attach.token()));
        if (who.isEmpty()) {
            answer(message, new Rejected("bad_token", "this token does not belong to session " + code, null));
            return;
        }
        welcome(message, who.get(), attach.messageId(), attach.lastSeq(), null);
    }

    private void join(Message<ActorMessage> message, Join join) {
        long arrived = System.nanoTime();
        String tokenHash = Tokens.hash(join.token());
        Optional<Principal> known = identify(tokenHash);
        if (known.isPresent()) {
            // The same join again (its answer was lost with the connection): answer it again.
            welcome(message, known.get(), join.messageId(), 0, join.token());
            return;
        }
        List<Delivery> deliveries = new ArrayList<>();
        List<JournalEntry> entries = run(message, () -> state.join(join.name(), tokenHash, join.messageId(),
                decision(), entry -> deliveries.addAll(frames(entry))));
        if (entries == null) return;
        Principal newcomer = Principal.fromKey(entries.get(0).principal());
        persist(entries, deliveries, () -> {}, null, arrived);
        welcome(message, newcomer, join.messageId(), 0, join.token());
    }

    /**
     * Answers with a snapshot of the state as it is now (seq S), sent once S is durable;
     * a client that has seen up to {@code lastSeq} gets just the frames it missed if they are
     * still kept. Frames after S reach it through the session's published updates.
     */
    private void welcome(Message<ActorMessage> message, Principal who, String messageId, long lastSeq, String token) {
        long seq = state.seq();
        JsonObject you = SnapshotView.you(state, who);
        JsonObject snapshot = runtime.snapshots().of(state, who);
        whenDurable(() -> {
            Optional<List<Buffer>> missed = lastSeq > 0 ? recent.between(lastSeq, seq, who) : Optional.empty();
            long sent = now();
            Buffer frame = missed.isPresent()
                    ? Frames.welcome(messageId, seq, you, token, null, sent)
                    : Frames.welcome(messageId, seq, you, token, snapshot, sent);
            answer(message, new Attached(who.key(), seq, frame, missed.orElse(List.of()), missed.isPresent()));
        }, message);
    }

    private void resync(Message<ActorMessage> message, Resync resync) {
        Principal who = Principal.fromKey(resync.principal());
        if (who instanceof Principal.Participant p && state.participants().find(p.id()).map(Participant::removed).orElse(true)) {
            answer(message, new Rejected("bad_token", "you are no longer in this session", null));
            return;
        }
        welcome(message, who, null, resync.lastSeq(), null);
    }

    private void inspect(Message<ActorMessage> message, Inspect inspect) {
        if (!facilitator(message, inspect.token())) return;
        // Where the workshop lives, so an operator can find it in a cluster.
        JsonObject snapshot = runtime.snapshots().of(state, Principal.FACILITATOR).put("ownerNode", runtime.nodeId());
        whenDurable(() -> answer(message, new Inspected(snapshot)), message);
    }

    private void report(Message<ActorMessage> message, ActorMessage.Report report) {
        if (!facilitator(message, report.token())) return;
        JsonObject data = runtime.reports().collect(state);
        String format = state.plan().format();
        whenDurable(() -> answer(message, new Reported(format, data)), message);
    }

    /** True when the token is the facilitator's; otherwise answers {@code bad_token}. */
    private boolean facilitator(Message<ActorMessage> message, String token) {
        if (token != null && state.isFacilitatorToken(Tokens.hash(token))) return true;
        answer(message, new Rejected("bad_token", "the facilitator token is missing or wrong", null));
        return false;
    }

    private Optional<Principal> identify(String tokenHash) {
        if (state.isFacilitatorToken(tokenHash)) return Optional.of(Principal.FACILITATOR);
        if (state.isProjectorToken(tokenHash)) return Optional.of(Principal.PROJECTOR);
        return state.participants().byToken(tokenHash).map(p -> new Principal.Participant(p.id()));
    }

    // --- changing ----------------------------------------------------------------------------

    private interface Change {
        List<JournalEntry> run();
    }

    /** Runs a change; a rejection is answered, a failure halfway (a bug) reloads the session. */
    private List<JournalEntry> run(Message<ActorMessage> message, Change change) {
        long before = state.seq();
        try {
            List<JournalEntry> entries = change.run();
            scheduleTimer();
            return entries;
        } catch (Rejection r) {
            if (state.seq() != before) crash(r);
            if (message != null) answer(message, new Rejected(r.code(), r.getMessage(), r.field()));
        } catch (RuntimeException e) {
            crash(e);
            if (message != null) answer(message, new Rejected("internal_error", "the server could not do this", null));
        }
        return null;
    }

    private List<Delivery> frames(JournalEntry entry) {
        List<Delivery> out = new ArrayList<>();
        for (Update u : runtime.events().project(state, entry.event())) {
            out.add(new Delivery(u.audience(), entry.seq(), Frames.event(entry.seq(), u)));
        }
        return out;
    }

    /** Writes entries to the journal; once durable, publishes their frames and calls {@code onDurable}. */
    private void persist(List<JournalEntry> entries, List<Delivery> deliveries, Runnable onDurable,
                         Message<ActorMessage> message, long arrived) {
        if (entries.isEmpty()) {
            whenDurable(onDurable, message);
            return;
        }
        long upTo = entries.get(entries.size() - 1).seq();
        List<StoredEvent> stored = entries.stream().map(runtime.codec()::encode).toList();
        inFlight++;
        long writing = System.nanoTime();
        Future<Void> write = runtime.store().append(code, epoch, stored);
        tail = write;
        write.onComplete(ar -> {
            inFlight--;
            runtime.metrics().journalled(System.nanoTime() - writing);
            if (ar.failed()) {
                crash(ar.cause());
                if (message != null) answer(message, storageUnavailable());
                return;
            }
            recent.add(upTo, deliveries);
            if (!deliveries.isEmpty()) {
                vertx.eventBus().publish(Addresses.out(code), new Outbound(upTo, deliveries));
                runtime.metrics().fannedOut(System.nanoTime() - arrived);
            }
            onDurable.run();
            if (upTo - snapshotSeq >= runtime.snapshotEvery() && inFlight == 0) snapshotIfBehind();
        });
    }

    /** Every answer goes out here, so the metrics count acknowledgements and rejections by code. */
    private void answer(Message<ActorMessage> message, Object reply) {
        if (reply instanceof Accepted) runtime.metrics().accepted();
        else if (reply instanceof Rejected r) runtime.metrics().rejected(r.code());
        message.reply(reply);
    }

    private void whenDurable(Runnable action, Message<ActorMessage> message) {
        tail.onComplete(ar -> {
            if (ar.succeeded() && !broken) action.run();
            else if (message != null) answer(message, storageUnavailable());
        });
    }

    private static Rejected storageUnavailable() {
        return new Rejected("storage_unavailable", "the change could not be made durable; nothing changed, please retry", null);
    }

    private Future<Void> snapshotIfBehind() {
        if (state.seq() <= snapshotSeq) return Future.succeededFuture();
        long seq = state.seq();
        return runtime.store().saveSnapshot(code, seq, runtime.codec().snapshot(state))
                .onSuccess(v -> snapshotSeq = Math.max(snapshotSeq, seq))
                .onFailure(e -> LOG.log(Level.WARNING, "snapshot of " + code + " failed", e));
    }

    /** The in-memory state can no longer be trusted: stop, and let the next message load the session again. */
    private void crash(Throwable cause) {
        if (broken) return;
        broken = true;
        LOG.log(Level.SEVERE, "session " + code + " stopped; it reloads from the journal on next use", cause);
        unload();
    }

    // --- time --------------------------------------------------------------------------------

    private void scheduleTimer() {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
            timerId = -1;
        }
        long at = nextDeadline();
        if (at > 0) {
            timerId = vertx.setTimer(Math.max(1, at - now()), id -> {
                timerId = -1;
                expire();
            });
        }
    }

    /** The step's deadline or the format's own (a card's countdown), whichever comes first; 0 for none. */
    private long nextDeadline() {
        StepTimer timer = state.agenda().timer();
        long step = timer.status() == StepTimer.Status.RUNNING ? timer.deadline() : 0;
        long format = state.rules().nextDeadline(state);
        if (step == 0) return format;
        return format == 0 ? step : Math.min(step, format);
    }

    private void expire() {
        if (broken) return;
        long arrived = System.nanoTime();
        List<Delivery> deliveries = new ArrayList<>();
        Consumer<JournalEntry> collect = entry -> deliveries.addAll(frames(entry));
        List<JournalEntry> entries = run(null, () -> state.execute(Principal.SERVER, null, new Command.ExpireTimer(),
                decision(), collect));
        if (entries != null) persist(entries, deliveries, () -> {}, null, arrived);
    }

    // --- unloading ---------------------------------------------------------------------------

    private void unloadIfIdle() {
        boolean running = nextDeadline() > 0;
        if (!unloading && inFlight == 0 && !running && now() - lastUse >= runtime.idleUnloadMs()) {
            LOG.info("session " + code + " idle; unloaded from memory");
            unload();
        }
    }

    /** Stops taking messages first, so no second actor for this session can ever run beside this one. */
    private void unload() {
        if (unloading) return;
        unloading = true;
        consumer.unregister()
                .onComplete(v -> runtime.registry().unloaded(code, deploymentID()))
                .onComplete(v -> vertx.undeploy(deploymentID()));
    }
}
