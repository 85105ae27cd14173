package nl.samenspel.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Who of one session is there: the awake, the asleep (phone away, coming back) and the departed,
 * and the comings and goings of the soak and the storm that move people between them. Lives on
 * the session's one context, as the session does.
 */
final class Presence {

    private final SimSession session;
    private final Vertx vertx;
    private final Context context;
    private final Random random;
    private final Metrics metrics;
    private final FanOutClock fanOut;
    private final String label;
    /** Who is connected now (asleep and departed people are not waited for). */
    private final Set<String> awake = new HashSet<>();
    private final Set<String> departed = new HashSet<>();
    /** Dropped and not yet asked to come back: only these may wake (never twice, never a newcomer still joining). */
    private final Set<String> asleep = new HashSet<>();
    private long churnTimer = -1;
    private int newcomers;

    Presence(SimSession session, Context context, Random random, Metrics metrics, FanOutClock fanOut, String label) {
        this.session = session;
        this.vertx = context.owner();
        this.context = context;
        this.random = random;
        this.metrics = metrics;
        this.fanOut = fanOut;
        this.label = label;
    }

    void arrived(String name) {
        awake.add(name);
    }

    boolean isAwake(String name) {
        return awake.contains(name);
    }

    boolean isDeparted(String name) {
        return departed.contains(name);
    }

    /** The awake, for a note's readers: a copy, as the caller narrows it. */
    Set<String> awakeNow() {
        return new HashSet<>(awake);
    }

    /** Why a client may still have commands unanswered, for the error line. */
    String stateOf(String name, SimClient client) {
        return asleep.contains(name) ? "asleep" : departed.contains(name) ? "departed" : client.connected() ? "connected" : "reconnecting";
    }

    /**
     * The soak's comings and goings: every {@code everyMs} one participant either puts their
     * phone away for 5–20 s and comes back (attach with token and lastSeq, outbox re-sent), or
     * leaves for good and a newcomer joins a little later (and writes on the plenary board, having no table).
     */
    void churn(long everyMs) {
        context.runOnContext(v -> churnTimer = vertx.setPeriodic(1 + random.nextInt((int) everyMs), everyMs, id -> {
            if (!session.running()) return;
            List<String> candidates = awakeParticipants().stream().sorted().toList();
            if (candidates.isEmpty()) return;
            String name = candidates.get(random.nextInt(candidates.size()));
            if (random.nextInt(4) > 0) {
                sleep(name);
                vertx.setTimer(5_000 + random.nextInt(15_000), t -> wake(name));
            } else if (session.clientOf(name).unanswered() == 0) {
                // Someone who closes the tab with nothing in flight: their commands are all answered.
                departed.add(name);
                sleep(name);
                vertx.setTimer(2_000, t -> join("n" + (++newcomers)));
            }
        }));
    }

    private List<String> awakeParticipants() {
        return awake.stream().filter(n -> !n.equals(SimSession.FACILITATOR)).toList();
    }

    private void join(String name) {
        if (!session.running()) return;
        session.client(name).connect(session.portOf(name), new JsonObject().put("type", "join").put("code", session.code())
                        .put("name", "Nieuw " + name))
                .onSuccess(w -> {
                    awake.add(name);
                    if (session.running()) session.beat(name);
                })
                .onFailure(e -> metrics.error(label + ": join " + name + ": " + e.getMessage()));
    }

    private void sleep(String name) {
        awake.remove(name);
        if (!departed.contains(name)) asleep.add(name);
        // Nobody waits at a flip-over for a phone that is away.
        fanOut.forget(name);
        session.clientOf(name).drop();
    }

    private Future<JsonObject> wake(String name) {
        if (!asleep.remove(name)) return Future.succeededFuture();
        long started = System.nanoTime();
        return session.clientOf(name).reconnect(session.portOf(name), session.code()).onComplete(ar -> {
            if (ar.failed()) {
                metrics.error(label + ": reconnect " + name + ": " + ar.cause().getMessage());
                return;
            }
            metrics.reconnect((System.nanoTime() - started) / 1000, ar.result().getBoolean("resumed", false));
            awake.add(name);
        });
    }

    /**
     * The reconnect storm: every participant loses the connection at once and each comes back at
     * a random moment within {@code backWithinMs}. Completes with the milliseconds from the drop
     * until the last of them is welcomed again and every command they had in flight or wrote
     * while offline is answered.
     */
    Future<Long> storm(long backWithinMs, long graceMs) {
        Promise<Long> recovered = Promise.promise();
        context.runOnContext(v -> {
            long dropped = System.nanoTime();
            List<String> people = awakeParticipants();
            people.forEach(this::sleep);
            people.forEach(n -> vertx.setTimer(1 + random.nextInt((int) backWithinMs), t -> wake(n)));
            long until = System.currentTimeMillis() + backWithinMs + graceMs;
            vertx.setPeriodic(20, id -> {
                boolean back = people.stream().allMatch(n -> awake.contains(n) && session.clientOf(n).unanswered() == 0);
                if (back || System.currentTimeMillis() > until) {
                    vertx.cancelTimer(id);
                    if (!back) metrics.error(label + ": not recovered: " + people.stream()
                            .filter(n -> !awake.contains(n) || session.clientOf(n).unanswered() > 0)
                            .map(n -> n + (awake.contains(n) ? " unanswered " + session.clientOf(n).unanswered() : " not back")).toList());
                    recovered.complete(back ? (System.nanoTime() - dropped) / 1_000_000 : -1L);
                }
            });
        });
        return recovered.future();
    }

    /** Ends the comings and goings and wakes everyone who is asleep (not the departed), before the soak stops. */
    Future<Void> wakeAll() {
        Promise<Void> done = Promise.promise();
        context.runOnContext(v -> {
            // No one may fall asleep after this, or their wake-up could come after the final count.
            stopChurn();
            List<Future<JsonObject>> woken = new ArrayList<>();
            List.copyOf(asleep).forEach(n -> woken.add(wake(n)));
            Future.join(woken).onComplete(ar -> done.complete());
        });
        return done.future();
    }

    /** On the session's context. */
    void stopChurn() {
        if (churnTimer >= 0) vertx.cancelTimer(churnTimer);
        churnTimer = -1;
    }
}
