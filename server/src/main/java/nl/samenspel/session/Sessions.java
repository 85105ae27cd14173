package nl.samenspel.session;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.session.bus.ActorMessage;
import nl.samenspel.session.bus.ActorReply;
import nl.samenspel.session.bus.Addresses;
import nl.samenspel.session.domain.FormatRules;
import nl.samenspel.session.domain.JournalEntry;
import nl.samenspel.session.domain.SessionEvent.SessionCreated;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.journal.JournalCodec;
import nl.samenspel.store.SessionStore;

/**
 * The way in to sessions for the HTTP API and the websocket gateway: create one, or send a
 * message to its actor (started on first use, wherever it runs).
 */
public final class Sessions {

    private static final Logger LOG = Logger.getLogger(Sessions.class.getName());
    private static final int ATTEMPTS = 6;
    private static final long SEND_TIMEOUT_MS = 30_000;
    /** Enough repeats to outlast a takeover (member loss noticed in 5 s, the lock's lease 5 s). */
    private static final int CLUSTER_ATTEMPTS = 24;
    private static final long CLUSTER_SEND_TIMEOUT_MS = 4_000;
    /** An answer that took this long after a retry is logged with the reasons it was retried. */
    private static final long SLOW_ASK_MS = 500;

    public record Created(String code, String facilitatorToken, String projectorToken) {}

    private final Vertx vertx;
    private final SessionRegistry registry;
    private final SessionStore store;
    private final JournalCodec codec;
    private final SessionPlanner planner;
    private final Function<String, FormatRules> rules;
    private final ContentLibrary content;
    private final LongSupplier clock;
    private final SessionMetrics metrics;

    public Sessions(Vertx vertx, SessionRegistry registry, SessionStore store, JournalCodec codec, SessionPlanner planner,
                    Function<String, FormatRules> rules, ContentLibrary content, LongSupplier clock, SessionMetrics metrics) {
        this.vertx = vertx;
        this.registry = registry;
        this.store = store;
        this.codec = codec;
        this.planner = planner;
        this.rules = rules;
        this.content = content;
        this.clock = clock;
        this.metrics = metrics;
    }

    public ContentLibrary content() {
        return content;
    }

    /** Creates a session; fails with {@link IllegalArgumentException} naming what in the set-up does not fit. */
    public Future<Created> create(SessionSetup setup) {
        return withPrevious(setup).compose(complete -> {
            SessionPlan plan;
            try {
                plan = planner.plan(complete);
            } catch (IllegalArgumentException e) {
                return Future.failedFuture(e);
            }
            return create(plan, Tokens.random(), Tokens.random(), 1);
        });
    }

    /**
     * When the set-up follows up an earlier session ({@code options.followUp = {code, token}}),
     * asks that session for its report: this proves the facilitator may read it (its own
     * facilitator token) and gives the format what it needs to plan the follow-up.
     */
    private Future<SessionSetup> withPrevious(SessionSetup setup) {
        Object raw = setup.options().getValue(SessionSetup.FOLLOW_UP);
        if (raw == null) return Future.succeededFuture(setup);
        if (!(raw instanceof JsonObject followUp) || !(followUp.getValue("code") instanceof String rawCode)
                || !(followUp.getValue("token") instanceof String token) || token.length() > 128) {
            return Future.failedFuture(new IllegalArgumentException("followUp must be {\"code\": …, \"token\": …}"));
        }
        String code = JoinCodes.normalize(rawCode);
        if (code == null) return Future.failedFuture(new IllegalArgumentException("followUp: there is no session " + rawCode));
        return ask(code, new ActorMessage.Report(token)).compose(reply -> {
            if (reply instanceof ActorReply.Reported r) return Future.succeededFuture(setup.withPrevious(r.report()));
            String why = reply instanceof ActorReply.Rejected r ? r.message() : "the earlier session could not be read";
            return Future.failedFuture(new IllegalArgumentException("followUp: " + why));
        });
    }

    private Future<Created> create(SessionPlan plan, String facilitatorToken, String projectorToken, int attempt) {
        String code = JoinCodes.random();
        SessionCreated created = new SessionCreated(code, plan, Tokens.hash(facilitatorToken),
                Tokens.hash(projectorToken), clock.getAsLong());
        JournalEntry first = new SessionState(rules).create(created);
        return store.create(code, codec.encode(first))
                .map(v -> {
                    LOG.info("session " + code + " created (" + plan.format() + ", pack " + plan.pack() + ")");
                    return new Created(code, facilitatorToken, projectorToken);
                })
                .recover(e -> e instanceof SessionStore.CodeTakenException && attempt < 10
                        ? create(plan, facilitatorToken, projectorToken, attempt + 1)
                        : Future.failedFuture(e));
    }

    /**
     * Sends a message to a session's actor and returns its answer. An unknown code is answered
     * with {@code unknown_session}. A message that arrives while the actor unloads is sent again
     * to the next one.
     */
    public Future<ActorReply> ask(String code, ActorMessage message) {
        return ask(code, message, 1);
    }

    private Future<ActorReply> ask(String code, ActorMessage message, int attempt) {
        if (registry.clustered()) return askInCluster(code, message, 1);
        long sent = System.nanoTime();
        return registry.ensure(code)
                .compose(v -> vertx.eventBus().<ActorReply>request(Addresses.actor(code), message,
                        new DeliveryOptions().setSendTimeout(SEND_TIMEOUT_MS)))
                .map(Message::body)
                .recover(e -> {
                    if (e instanceof UnknownSessionException) {
                        return Future.succeededFuture(new ActorReply.Rejected("unknown_session",
                                "there is no session with code " + code, null));
                    }
                    if (actorGone(e, sent) && attempt < ATTEMPTS) {
                        return vertx.timer(5L << attempt).compose(t -> ask(code, message, attempt + 1));
                    }
                    return Future.failedFuture(e);
                });
    }

    /**
     * The actor was ending when the message came, so the next one should be asked: nobody
     * listened, the ending actor refused it ({@link SessionRegistry#HANDED_ON}), or the event bus
     * dropped it, queued for a consumer that went away. The bus answers a dropped request as a
     * timeout at once; a real timeout comes only after the send timeout.
     */
    private static boolean actorGone(Throwable e, long sentNanos) {
        if (!(e instanceof ReplyException r)) return false;
        return switch (r.failureType()) {
            case NO_HANDLERS -> true;
            case RECIPIENT_FAILURE -> r.failureCode() == SessionRegistry.HANDED_ON;
            case TIMEOUT -> System.nanoTime() - sentNanos < TimeUnit.MILLISECONDS.toNanos(SEND_TIMEOUT_MS);
            default -> false;
        };
    }

    /**
     * In a cluster the owner may be another node: ask first, and only when nobody answers try
     * to become the owner. Between an owner's death and its successor (up to the lock's lease
     * of a few seconds) asks are repeated; a command repeated this way keeps its message id,
     * so the actor that finally answers applies it once.
     */
    private Future<ActorReply> askInCluster(String code, ActorMessage message, int attempt) {
        return askInCluster(code, message, attempt, System.nanoTime(), "");
    }

    /**
     * @param since   when the first attempt was sent ({@link System#nanoTime()})
     * @param retried why and when earlier attempts failed, for the log line of a slow answer
     */
    private Future<ActorReply> askInCluster(String code, ActorMessage message, int attempt, long since, String retried) {
        // The owner asks its own actor only: a node that is handing the session on may still be
        // listed for its address. Not owning it means its actor is on another node.
        boolean local = registry.owns(code);
        long sent = System.nanoTime();
        return vertx.eventBus().<ActorReply>request(Addresses.actor(code), message,
                        new DeliveryOptions().setSendTimeout(CLUSTER_SEND_TIMEOUT_MS).setLocalOnly(local))
                .map(m -> {
                    if (!local) metrics.askedAcrossNodes(System.nanoTime() - sent);
                    long took = (System.nanoTime() - since) / 1_000_000;
                    if (attempt > 1 && took >= SLOW_ASK_MS) {
                        LOG.info("session " + code + ": answered after " + took + " ms, at attempt " + attempt + " (" + retried + ")");
                    }
                    return m.body();
                })
                .recover(e -> {
                    boolean nobody = e instanceof ReplyException r
                            && (r.failureType() == ReplyFailure.NO_HANDLERS || r.failureType() == ReplyFailure.TIMEOUT
                            || r.failureType() == ReplyFailure.RECIPIENT_FAILURE && r.failureCode() == SessionRegistry.HANDED_ON);
                    if (!nobody || attempt >= CLUSTER_ATTEMPTS) return Future.failedFuture(e);
                    ReplyFailure failure = ((ReplyException) e).failureType();
                    boolean handedOver = failure == ReplyFailure.RECIPIENT_FAILURE;
                    String why = retried + (retried.isEmpty() ? "" : ", ") + (handedOver ? "handed over" : failure.name().toLowerCase())
                            + " at " + (System.nanoTime() - since) / 1_000_000 + " ms";
                    return registry.ensure(code)
                            .compose(v -> again(code, handedOver, attempt))
                            .compose(t -> askInCluster(code, message, attempt + 1, since, why));
                })
                .recover(e -> e instanceof UnknownSessionException
                        ? Future.succeededFuture(new ActorReply.Rejected("unknown_session", "there is no session with code " + code, null))
                        : Future.failedFuture(e));
    }

    /**
     * When to ask again. At once when this node now owns the session, or when a stopping owner
     * refused the message: it answers so only after releasing the session, so the next ask
     * finds its new owner (or, having just failed to take the lock for a while, the node that
     * did). Otherwise the owner may be gone without a word: back off while its lease runs out.
     */
    private Future<?> again(String code, boolean handedOver, int attempt) {
        if (registry.owns(code) || handedOver && !registry.draining()) return Future.succeededFuture();
        return vertx.timer(Math.min(1000, 20L << attempt));
    }
}
