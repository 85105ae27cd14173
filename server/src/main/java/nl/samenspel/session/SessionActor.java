package nl.samenspel.session;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
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
import nl.samenspel.session.bus.ActorReply.Delivery;
import nl.samenspel.session.bus.ActorReply.Outbound;
import nl.samenspel.session.bus.ActorReply.Rejected;
import nl.samenspel.session.bus.Addresses;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Decision;
import nl.samenspel.session.domain.JournalEntry;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.view.Frames;
import nl.samenspel.session.view.Update;
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
    private final Random random = new Random();
    private SessionState state;
    private RecentFrames recent;
    private MessageConsumer<ActorMessage> consumer;
    private JournalWriter journal;
    private DeadlineAlarm alarm;
    private Replies replies;
    private SessionReader reader;
    private long idleCheckId = -1;
    private long lastUse;
    private boolean broken;
    /** Set when this actor begins to end; from then on it takes no message. */
    private HandOver handOver;

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
        // The epoch is the journal's ownership epoch this actor writes under (0: a single node, never fenced).
        return claimed.compose(epoch -> runtime.store().load(code).compose(found -> {
            if (found.isEmpty()) return Future.failedFuture(new UnknownSessionException(code));
            StoredSession stored = found.get();
            state = runtime.codec().replay(stored);
            journal = new JournalWriter(code, runtime, epoch, stored.snapshotSeq());
            alarm = new DeadlineAlarm(vertx, runtime.clock(), this::expire);
            recent = new RecentFrames(runtime.recentChanges(), state.seq());
            replies = new Replies(runtime.metrics(), journal, () -> broken);
            reader = new SessionReader(code, runtime, state, recent, replies);
            lastUse = now();
            consumer = vertx.eventBus().consumer(Addresses.actor(code), this::onMessage);
            scheduleTimer();
            idleCheckId = vertx.setPeriodic(runtime.idleCheckMs(), id -> unloadIfIdle());
            return consumer.completion();
        }));
    }

    @Override
    public Future<?> stop() {
        // The address goes last, once the session is free: a message that comes before is
        // refused with "ask again" instead of dropped.
        return handOn("stopped").transform(v -> consumer == null ? Future.<Void>succeededFuture() : consumer.unregister())
                .otherwiseEmpty();
    }

    /**
     * Hands the session over to another node while this one is still a member of the cluster
     * (a graceful stop; see {@link HandOver}). The actor stays deployed, refusing every message,
     * until the node leaves. Completes when the session's lock is released.
     */
    Future<Void> handOver() {
        Promise<Void> done = Promise.promise();
        context.runOnContext(v -> handOn("handed over").onComplete(done));
        return done.future();
    }

    /** Begins this actor's end (once): no message is taken from now on; completes when the session is free. */
    private Future<Void> handOn(String why) {
        if (handOver != null) return handOver.released();
        if (idleCheckId >= 0) vertx.cancelTimer(idleCheckId);
        // The deadline stays in the journal: the next actor sets its own alarm from it.
        if (alarm != null) alarm.cancel();
        Future<Void> written = broken || state == null ? Future.succeededFuture()
                : journal.tail().transform(ar -> journal.snapshotIfBehind(state)).otherwiseEmpty();
        handOver = new HandOver(code, written, this::release, state == null ? -1 : state.seq(), why);
        return handOver.released();
    }

    /** The lock goes after the last write: the next owner claims a journal that is finished. */
    private void release() {
        if (ownership != null) ownership.release();
        runtime.registry().unloaded(code, deploymentID());
    }

    private long now() {
        return runtime.clock().getAsLong();
    }

    private Decision decision() {
        return new Decision(now(), random, runtime.timeScale());
    }

    // --- messages ----------------------------------------------------------------------------

    private void onMessage(Message<ActorMessage> message) {
        if (handOver != null) {
            handOver.take(message);
            return;
        }
        lastUse = now();
        ActorMessage body = message.body();
        if (body instanceof Submit s) submit(message, s);
        else if (body instanceof Attach a) reader.attach(message, a);
        else if (body instanceof Join j) join(message, j);
        else if (body instanceof Inspect i) reader.inspect(message, i);
        else if (body instanceof Resync r) reader.resync(message, r);
        else if (body instanceof ActorMessage.Report r) reader.report(message, r);
    }

    private void submit(Message<ActorMessage> message, Submit submit) {
        long arrived = System.nanoTime();
        Principal who = Principal.fromKey(submit.principal());
        if (reader.refusedAsGone(message, who)) return;
        OptionalLong done = submit.messageId() == null ? OptionalLong.empty()
                : state.commands().seqOf(who.key(), submit.messageId());
        if (done.isPresent()) {
            replies.whenDurable(() -> replies.answer(message, new Accepted(done.getAsLong())), message);
            return;
        }
        List<Delivery> deliveries = new ArrayList<>();
        List<JournalEntry> entries = run(message, () -> state.execute(who, submit.messageId(), submit.command(),
                decision(), entry -> deliveries.addAll(frames(entry))));
        if (entries == null) return;
        long seq = state.seq();
        persist(entries, deliveries, () -> replies.answer(message, new Accepted(seq)), message, arrived);
    }

    private void join(Message<ActorMessage> message, Join join) {
        long arrived = System.nanoTime();
        String tokenHash = Tokens.hash(join.token());
        Optional<Principal> known = reader.identify(tokenHash);
        if (known.isPresent()) {
            // The same join again (its answer was lost with the connection): answer it again.
            reader.welcome(message, known.get(), join.messageId(), 0, join.token());
            return;
        }
        List<Delivery> deliveries = new ArrayList<>();
        List<JournalEntry> entries = run(message, () -> state.join(join.name(), tokenHash, join.messageId(),
                decision(), entry -> deliveries.addAll(frames(entry))));
        if (entries == null) return;
        Principal newcomer = Principal.fromKey(entries.get(0).principal());
        persist(entries, deliveries, () -> {}, null, arrived);
        reader.welcome(message, newcomer, join.messageId(), 0, join.token());
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
            if (message != null) replies.answer(message, new Rejected(r.code(), r.getMessage(), r.field()));
        } catch (RuntimeException e) {
            crash(e);
            if (message != null) replies.answer(message, new Rejected("internal_error", "the server could not do this", null));
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
            replies.whenDurable(onDurable, message);
            return;
        }
        long upTo = entries.get(entries.size() - 1).seq();
        journal.append(entries, ar -> {
            if (ar.failed()) {
                crash(ar.cause());
                if (message != null) replies.answer(message, Replies.storageUnavailable());
                return;
            }
            recent.add(upTo, deliveries);
            if (!deliveries.isEmpty()) {
                vertx.eventBus().publish(Addresses.out(code), new Outbound(upTo, deliveries));
                runtime.metrics().fannedOut(System.nanoTime() - arrived);
            }
            onDurable.run();
            journal.snapshotIfDue(upTo, state);
        });
    }

    /** The in-memory state can no longer be trusted: stop, and let the next message load the session again. */
    private void crash(Throwable cause) {
        if (broken) return;
        broken = true;
        LOG.log(Level.SEVERE, "session " + code + " stopped; it reloads from the journal on next use", cause);
        unload("stopped after a failure");
    }

    // --- time --------------------------------------------------------------------------------

    private void scheduleTimer() {
        alarm.set(state);
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
        boolean running = DeadlineAlarm.next(state) > 0;
        if (handOver == null && journal.idle() && !running && now() - lastUse >= runtime.idleUnloadMs()) {
            LOG.info("session " + code + " idle; unloaded from memory");
            unload("unloaded");
        }
    }

    /** Leaves memory the way a hand-over does, so a message that comes meanwhile reaches the next actor. */
    private void unload(String why) {
        handOn(why).onComplete(v -> vertx.undeploy(deploymentID()));
    }
}
