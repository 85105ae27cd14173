package nl.samenspel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.samenspel.Samenspel;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.format.Formats;
import nl.samenspel.session.SessionSetup;
import nl.samenspel.session.journal.JournalCodec;
import nl.samenspel.json.Json;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Decision;
import nl.samenspel.session.domain.JournalEntry;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.store.ContentStore.StoredPack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store promises, whatever database is behind it. Each implementation runs these
 * same tests against a real, empty database of its kind.
 */
public abstract class StoreContract {

    private static final Formats FORMATS = Samenspel.formats();
    private static final Json JSON = new Json(FORMATS.jsonTypes());
    private static final JournalCodec CODEC = new JournalCodec(FORMATS.eventTypes(), JSON, FORMATS::rules);
    private static ContentLibrary content;

    protected Vertx vertx;
    protected Storage storage;
    protected SessionStore store;

    /** A store over a new, empty database. */
    protected abstract Storage open(Vertx vertx) throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        vertx = Vertx.vertx();
        storage = open(vertx);
        store = storage.sessions();
    }

    @AfterEach
    void closeStore() {
        await(storage.close());
        await(vertx.close());
    }

    protected static <T> T await(Future<T> future) {
        try {
            return future.await(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
    }

    protected static StoredEvent event(long seq, String body) {
        return new StoredEvent(seq, 1000 + seq, "f", "c" + seq, "Test", body);
    }

    @Test
    void theJournalKeepsEveryEventInOrderWithAllItsFields() {
        await(store.create("AAAAAA", event(1, "{\"n\":1}")));
        await(store.append("AAAAAA", List.of(event(2, "{\"n\":2}"), event(3, "{\"n\":3}"))));
        await(store.append("AAAAAA", List.of(new StoredEvent(4, 77, "p:x", null, "Other", "{\"n\":\"vier ✓\"}"))));
        StoredSession found = await(store.load("AAAAAA")).orElseThrow();
        assertNull(found.snapshot());
        assertEquals(List.of(1L, 2L, 3L, 4L), found.events().stream().map(StoredEvent::seq).toList());
        assertEquals(event(2, "{\"n\":2}"), found.events().get(1));
        assertEquals(new StoredEvent(4, 77, "p:x", null, "Other", "{\"n\":\"vier ✓\"}"), found.events().get(3));
        assertTrue(await(store.load("ZZZZZZ")).isEmpty(), "an unknown code is no session");
    }

    @Test
    void aCodeCanBeTakenOnlyOnce() {
        await(store.create("BBBBBB", event(1, "{}")));
        Throwable e = failure(store.create("BBBBBB", event(1, "{\"second\":true}")));
        assertInstanceOf(SessionStore.CodeTakenException.class, e);
        assertEquals(List.of("{}"), await(store.load("BBBBBB")).orElseThrow().events().stream().map(StoredEvent::body).toList());
    }

    @Test
    void aJournalNeverGetsAGapNorTwoEventsAtOneStep() {
        await(store.create("CCCCCC", event(1, "{}")));
        assertTrue(failure(store.append("CCCCCC", List.of(event(3, "{}")))).getMessage().contains("ends at 1"));
        await(store.append("CCCCCC", List.of(event(2, "{\"first\":true}"))));
        failure(store.append("CCCCCC", List.of(event(2, "{\"second\":true}"))));
        List<StoredEvent> events = await(store.load("CCCCCC")).orElseThrow().events();
        assertEquals(List.of(1L, 2L), events.stream().map(StoredEvent::seq).toList());
        assertEquals("{\"first\":true}", events.get(1).body(), "the second writer of step 2 is refused");
    }

    @Test
    void anOlderSnapshotNeverReplacesANewerOne() {
        await(store.create("DDDDDD", event(1, "{}")));
        await(store.append("DDDDDD", List.of(event(2, "{}"), event(3, "{}"))));
        await(store.saveSnapshot("DDDDDD", 2, "{\"state\":2}"));
        await(store.saveSnapshot("DDDDDD", 1, "{\"state\":1}"));
        StoredSession found = await(store.load("DDDDDD")).orElseThrow();
        assertEquals("{\"state\":2}", found.snapshot());
        assertEquals(2, found.snapshotSeq());
        assertEquals(List.of(3L), found.events().stream().map(StoredEvent::seq).toList(), "only the events after the snapshot");
    }

    @Test
    void aRealSessionReplaysFromSnapshotAndJournalAndReSentCommandsKeepTheirAnswer() {
        SessionState live = new SessionState(FORMATS::rules);
        SessionPlan plan = FORMATS.require("open").plan(new SessionSetup("open", "samenspel-basis", "Contract", null), library());
        await(store.create("EEEEEE", CODEC.encode(live.create(new SessionEvent.SessionCreated("EEEEEE", plan, "f", "v", 0)))));
        Random random = new Random(7);
        long[] now = {0};
        String board = live.boards().all().get(0).id();
        String participant = null;
        for (int i = 0; i < 40; i++) {
            now[0] += 1000;
            Decision d = new Decision(now[0], random);
            List<JournalEntry> entries;
            if (i % 10 == 0) {
                entries = live.join("Naam" + i, "tok" + i, "j" + i, d, e -> {});
                participant = entries.get(0).principal();
            } else {
                Principal who = i % 2 == 0 ? Principal.FACILITATOR : Principal.fromKey(participant);
                entries = live.execute(who, "m" + i, new Command.AddNote(board, "ideas", "notitie " + i, null), d, e -> {});
            }
            await(store.append("EEEEEE", entries.stream().map(CODEC::encode).toList()));
            if (i == 20) await(store.saveSnapshot("EEEEEE", live.seq(), CODEC.snapshot(live)));
        }
        StoredSession stored = await(store.load("EEEEEE")).orElseThrow();
        assertTrue(stored.snapshotSeq() > 0 && !stored.events().isEmpty(), "loaded from a snapshot and the events after it");
        SessionState replayed = CODEC.replay(stored);
        assertEquals(tree(live), tree(replayed));
        assertEquals(live.seq(), replayed.seq());
        // The command log travels in the journal: a command re-sent after a reload gets its first answer.
        long first = live.commands().seqOf(Principal.FACILITATOR.key(), "m2").orElseThrow();
        assertEquals(first, replayed.commands().seqOf(Principal.FACILITATOR.key(), "m2").orElseThrow(), "from the snapshot");
        long late = live.commands().seqOf(Principal.FACILITATOR.key(), "m38").orElseThrow();
        assertEquals(late, replayed.commands().seqOf(Principal.FACILITATOR.key(), "m38").orElseThrow(), "from the journal");
    }

    @Test
    void retentionFindsInactiveSessionsAndDeletesEverythingInThem() {
        await(store.create("FFFFFF", new StoredEvent(1, 100, "f", null, "T", "{}")));
        await(store.create("GGGGGG", new StoredEvent(1, 5000, "f", null, "T", "{}")));
        await(store.create("HHHHHH", new StoredEvent(1, 100, "f", null, "T", "{}")));
        await(store.append("HHHHHH", List.of(new StoredEvent(2, 6000, "f", null, "T", "{}"))));
        await(store.saveSnapshot("FFFFFF", 1, "{}"));
        assertEquals(List.of("FFFFFF"), await(store.inactiveSince(1000)), "activity is the newest event, not the first");
        await(store.delete("FFFFFF"));
        assertTrue(await(store.load("FFFFFF")).isEmpty());
        assertEquals(List.of(), await(store.inactiveSince(1000)));
        assertEquals(1, await(store.load("GGGGGG")).orElseThrow().events().size(), "other sessions stay");
        await(store.create("FFFFFF", new StoredEvent(1, 9000, "f", null, "T", "{\"again\":true}")));
        StoredSession again = await(store.load("FFFFFF")).orElseThrow();
        assertNull(again.snapshot(), "nothing of the deleted session is left behind");
    }

    @Test
    void nothingIsAppendedToASessionThatIsNotThere() {
        await(store.create("JJJJJJ", event(1, "{}")));
        await(store.append("JJJJJJ", List.of(event(2, "{}"))));
        await(store.delete("JJJJJJ"));
        failure(store.append("JJJJJJ", List.of(event(3, "{}"))));
        failure(store.append("JJJJJJ", List.of(event(1, "{}"))));
        failure(store.append("KKKKKK", List.of(event(1, "{}"))));
        assertTrue(await(store.load("JJJJJJ")).isEmpty(), "a deleted session stays deleted");
        assertTrue(await(store.load("KKKKKK")).isEmpty(), "an append makes no session");
        assertEquals(List.of(), await(store.inactiveSince(Long.MAX_VALUE)));
    }

    @Test
    void theContentLibraryKeepsOnePackPerIdAndForgetsDeletedOnes() {
        ContentStore packs = storage.content();
        await(packs.save(new StoredPack("zorg-b", "1", "{\"v\":1}", 10)));
        await(packs.save(new StoredPack("zorg-a", "1", "{\"a\":1}", 11)));
        await(packs.save(new StoredPack("zorg-b", "2", "{\"v\":2}", 12)));
        assertEquals(List.of(new StoredPack("zorg-a", "1", "{\"a\":1}", 11), new StoredPack("zorg-b", "2", "{\"v\":2}", 12)),
                await(packs.packs()));
        await(packs.delete("zorg-a"));
        await(packs.delete("not-there"));
        assertEquals(List.of("zorg-b"), await(packs.packs()).stream().map(StoredPack::id).toList());
    }

    @Test
    void manyConcurrentWritersShareCommitsAndEveryWriteLands() {
        int sessions = 20;
        int eventsEach = 30;
        List<Future<Void>> all = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            String code = "S" + String.format("%05d", s);
            Future<Void> chain = store.create(code, event(1, "{}"));
            for (int e = 2; e <= eventsEach; e++) {
                long seq = e;
                chain = chain.compose(v -> store.append(code, List.of(event(seq, "{\"seq\":" + seq + "}"))));
            }
            all.add(chain);
        }
        await(Future.all(all));
        for (int s = 0; s < sessions; s += 7) {
            assertEquals(eventsEach, await(store.load("S" + String.format("%05d", s))).orElseThrow().events().size());
        }
    }

    @Test
    void theProbeWrites() {
        await(store.probe());
        await(store.probe());
    }

    protected static Throwable failure(Future<?> future) {
        try {
            future.await(20, TimeUnit.SECONDS);
        } catch (Throwable e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    private static synchronized ContentLibrary library() {
        if (content == null) content = FORMATS.content(JSON.records());
        return content;
    }

    private static JsonNode tree(SessionState state) {
        try {
            return JSON.records().readTree(CODEC.snapshot(state));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static void assertRefused(Future<?> future, Class<? extends Throwable> type) {
        assertInstanceOf(type, assertThrows(Throwable.class, () -> future.await(20, TimeUnit.SECONDS)));
    }
}
