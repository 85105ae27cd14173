package nl.samenspel.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import nl.samenspel.session.bus.ActorMessage;
import nl.samenspel.session.bus.ActorReply;
import nl.samenspel.session.bus.Addresses;
import nl.samenspel.session.bus.BusCodec;
import nl.samenspel.session.view.EventView;
import nl.samenspel.session.view.ReportData;
import nl.samenspel.session.view.SnapshotView;
import nl.samenspel.session.view.ViewContext;
import nl.samenspel.store.sqlite.SqliteDatabase;
import nl.samenspel.store.sqlite.SqliteSessionStore;
import nl.samenspel.testing.SessionDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message that reaches a session's actor at the moment it unloads goes to the next actor,
 * not into an error. The race is made exact: the clock the actor reads when it decides it is
 * idle sends the messages, so they are queued on the actor's event loop just as it unloads.
 */
class UnloadRaceTest {

    private static final long HOUR = TimeUnit.HOURS.toMillis(1);

    @TempDir
    Path dir;

    private Vertx vertx;
    private SqliteSessionStore store;
    private SessionRegistry registry;
    private Sessions sessions;
    /** Set by the test: what the clock does the next time the actor reads it. */
    private volatile Runnable onNextRead;
    private volatile long offset;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        BusCodec.registerAll(vertx.eventBus(), SessionDriver.JSON.records());
        store = new SqliteSessionStore(SqliteDatabase.open(vertx, dir.resolve("s.db"), "NORMAL"));
        LongSupplier clock = this::now;
        ViewContext views = new ViewContext("http://localhost", SessionDriver.FORMATS::view);
        registry = new SessionRegistry(vertx);
        registry.actors(new SessionRuntime(store, SessionDriver.CODEC, new SnapshotView(views), new EventView(views),
                new ReportData(SessionDriver.FORMATS::require), clock, 1, 100, 20, HOUR / 2, 100, registry,
                SessionMetrics.NONE, "local"));
        sessions = new Sessions(vertx, registry, store, SessionDriver.CODEC,
                setup -> SessionDriver.FORMATS.require(setup.format()).plan(setup, SessionDriver.CONTENT),
                SessionDriver.FORMATS::rules, SessionDriver.CONTENT, clock, SessionMetrics.NONE);
    }

    @AfterEach
    void stop() {
        registry.drain().await();
        store.close().await();
        vertx.close().await();
    }

    /** Real time, until the test arms it: then, read on an event loop (the actor's), it runs the test's action and jumps an hour. */
    private long now() {
        Runnable action = onNextRead;
        if (action != null && Context.isOnEventLoopThread()) {
            onNextRead = null;
            offset = HOUR;
            action.run();
        }
        return System.currentTimeMillis() + offset;
    }

    @Test
    void aMessageQueuedAsTheActorUnloadsIsRefusedWithAskAgainAndTheAskReachesTheNextActor() throws Exception {
        Sessions.Created created = sessions.create(new SessionSetup("open", "samenspel-basis", "Race", new JsonObject())).await();
        String code = created.code();
        ActorMessage inspect = new ActorMessage.Inspect(created.facilitatorToken());
        assertInstanceOf(ActorReply.Inspected.class, sessions.ask(code, inspect).await(), "the actor is loaded");

        CompletableFuture<Future<ActorReply>> direct = new CompletableFuture<>();
        CompletableFuture<Future<ActorReply>> asked = new CompletableFuture<>();
        onNextRead = () -> {
            direct.complete(vertx.eventBus().<ActorReply>request(Addresses.actor(code), inspect,
                    new DeliveryOptions().setSendTimeout(10_000)).map(m -> m.body()));
            asked.complete(sessions.ask(code, inspect));
        };

        Throwable refused = direct.get(10, TimeUnit.SECONDS).transform(ar -> Future.succeededFuture(ar.cause()))
                .await(20, TimeUnit.SECONDS);
        ReplyException reply = assertInstanceOf(ReplyException.class, refused, "answered, not with a state: " + refused);
        assertEquals(ReplyFailure.RECIPIENT_FAILURE, reply.failureType(), "refused by the actor, not dropped by the bus: " + reply);
        assertEquals(SessionRegistry.HANDED_ON, reply.failureCode(), reply.getMessage());

        ActorReply answer = asked.get(10, TimeUnit.SECONDS).await(20, TimeUnit.SECONDS);
        JsonObject state = assertInstanceOf(ActorReply.Inspected.class, answer, "the ask reached the next actor: " + answer).state();
        assertEquals("Race", state.getJsonObject("session").getString("title"), state.encode());
        assertTrue(registry.loaded(code), "the next actor runs");
    }
}
