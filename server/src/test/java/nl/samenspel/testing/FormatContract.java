package nl.samenspel.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.samenspel.export.Exporter;
import nl.samenspel.export.Rendered;
import nl.samenspel.format.Exports;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.JournalEntry;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.view.EventView;
import nl.samenspel.session.view.SnapshotView;
import nl.samenspel.session.view.Update;
import nl.samenspel.session.view.ViewContext;
import nl.samenspel.store.StoredEvent;
import nl.samenspel.store.StoredSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every format promises, checked the same way for each: a format's test extends this and
 * says how to make an empty session, a session played far (usually a random walk through its
 * commands), a session that holds secrets, and which commands only the facilitator (or only a
 * participant) may send. The journal is the truth, nothing a refused command does survives,
 * no screen learns what is not for it, and every export renders.
 *
 * <p>A new format's contract is a few lines:
 * <pre>{@code
 * class StellingContractTest extends FormatContract {
 *     protected SessionDriver emptySession() { return SessionDriver.of("stelling", "samenspel-basis"); }
 *     protected SessionDriver fullSession() { ... a random walk through its commands, then assert it got far ... }
 *     protected SessionDriver secretSession() { ... someone has placed a sticker ... }
 *     protected List<Secret> secrets(SessionDriver s) {
 *         return List.of(new Secret("who placed which sticker", Principal.PROJECTOR, json -> ties(json, "p1", 2), null));
 *     }
 * }
 * }</pre>
 * and, where it has them, {@link #facilitatorOnly}, {@link #participantOnly} and {@link #assertSameOutcome}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FormatContract {

    private static final ViewContext VIEWS = new ViewContext("http://127.0.0.1:8080", SessionDriver.FORMATS::view);
    private static final SnapshotView SNAPSHOTS = new SnapshotView(VIEWS);
    private static final EventView EVENTS = new EventView(VIEWS);
    private static final Exports EXPORTS = new Exports(SessionDriver.FORMATS);

    /**
     * Something in a session that this viewer may not learn yet, and how to tell it leaked from
     * what the viewer got. {@code mayKnow}, when given, does see it: that proves the check can see it at all.
     */
    public record Secret(String what, Principal viewer, Predicate<JsonObject> shows, Principal mayKnow) {
    }

    private SessionDriver full;

    /** A session just made: nobody has joined. */
    protected abstract SessionDriver emptySession();

    /** A session played far, with most of the format's commands; it asserts that it got far enough to be a test. */
    protected abstract SessionDriver fullSession();

    /** A session that holds secrets right now (answers, roles or scores not yet revealed). */
    protected abstract SessionDriver secretSession();

    /** Its secrets, each with a viewer that may not see it. */
    protected abstract List<Secret> secrets(SessionDriver session);

    /** The format's commands only the facilitator may send, valid against this session. */
    protected List<Command> facilitatorOnly(SessionDriver session) {
        return List.of();
    }

    /** The format's commands only a participant may send. */
    protected List<Command> participantOnly(SessionDriver session) {
        return List.of();
    }

    /** What a format checks beyond the state itself after a replay (results, report data). */
    protected void assertSameOutcome(SessionState live, SessionState replayed) {
    }

    @BeforeAll
    void play() {
        full = fullSession();
    }

    // --- the journal is the truth ----------------------------------------------------------

    @Test
    void replayFromTheJournalGivesTheLiveState() {
        SessionState replayed = SessionDriver.CODEC.replay(new StoredSession(full.state().code(), null, 0, stored(full)));
        assertSameState(full.state(), replayed);
        assertSameOutcome(full.state(), replayed);
    }

    @Test
    void replayFromASnapshotAndTheRestGivesTheLiveState() {
        List<StoredEvent> stored = stored(full);
        for (int at : List.of(stored.size() / 3, stored.size() / 2, stored.size() * 2 / 3)) {
            SessionState before = SessionDriver.CODEC.replay(new StoredSession(full.state().code(), null, 0, stored.subList(0, at)));
            String snapshot = SessionDriver.CODEC.snapshot(before);
            SessionState replayed = SessionDriver.CODEC.replay(new StoredSession(full.state().code(), snapshot, at,
                    stored.subList(at, stored.size())));
            assertSameState(full.state(), replayed);
            assertSameOutcome(full.state(), replayed);
        }
    }

    @Test
    void everyEventRoundTripsThroughTheJournalCodec() {
        assertTrue(full.journal().size() > 50, "the full session has a journal worth checking");
        for (JournalEntry entry : full.journal()) {
            StoredEvent once = SessionDriver.CODEC.encode(entry);
            JournalEntry back = SessionDriver.CODEC.decode(once);
            assertEquals(entry.event().getClass(), back.event().getClass(), once.type());
            StoredEvent twice = SessionDriver.CODEC.encode(back);
            assertEquals(List.of(once.seq(), once.at(), once.type()), List.of(twice.seq(), twice.at(), twice.type()));
            assertEquals(tree(once.body()), tree(twice.body()), "event " + entry.seq() + " (" + once.type() + ") reads back as it was written");
            assertEquals(List.of(entry.seq(), entry.at(), entry.principal(), String.valueOf(entry.commandId())),
                    List.of(back.seq(), back.at(), back.principal(), String.valueOf(back.commandId())));
        }
    }

    // --- who may send what -----------------------------------------------------------------

    @Test
    void aCommandFromSomeoneWhoMayNotSendItIsRefusedAndChangesNothing() {
        SessionDriver s = fullSession();
        String someone = s.state().participants().present().get(0).id();
        Principal participant = new Principal.Participant(someone);
        List<Command> staffOnly = new ArrayList<>(List.of(new Command.ArrangeTables(3), new Command.MoveParticipant(someone, "t1"),
                new Command.RemoveParticipant(someone), new Command.DealRoles(null), new Command.GotoStep(0),
                new Command.StartTimer(null), new Command.PauseTimer(), new Command.ResumeTimer(), new Command.ExtendTimer(60),
                new Command.SkipTimer(), new Command.Spotlight(null), new Command.CloseSession()));
        staffOnly.addAll(facilitatorOnly(s));
        for (Command c : staffOnly) {
            assertEquals("forbidden", s.rejected(participant, c).code(), "a participant sends " + c);
        }
        List<Command> peopleOnly = new ArrayList<>(List.of(new Command.OpenEnvelope(), new Command.AddVote("plenary", "n1")));
        peopleOnly.addAll(participantOnly(s));
        for (Command c : peopleOnly) {
            assertEquals("forbidden", s.rejected(Principal.FACILITATOR, c).code(), "the facilitator sends " + c);
        }
        List<Command> everything = new ArrayList<>(staffOnly);
        everything.addAll(peopleOnly);
        everything.add(new Command.AddNote("plenary", "x", "from the wall", null));
        for (Command c : everything) {
            assertEquals("forbidden", s.rejected(Principal.PROJECTOR, c).code(), "the projector sends " + c);
        }
        for (Principal p : List.of(Principal.FACILITATOR, participant)) {
            assertEquals("forbidden", s.rejected(p, new Command.ExpireTimer()).code(), "only the server's clock ends a timer");
        }
    }

    // --- who sees what ---------------------------------------------------------------------

    @Test
    void noViewShowsASecretToSomeoneItIsNotFor() {
        SessionDriver s = secretSession();
        List<Secret> secrets = secrets(s);
        assertFalse(secrets.isEmpty(), "a format with nothing secret still says so with a check");
        for (Secret secret : secrets) {
            assertFalse(secret.shows().test(SNAPSHOTS.of(s.state(), secret.viewer())),
                    secret.what() + ": in the snapshot for " + secret.viewer().key());
            if (secret.mayKnow() != null) {
                assertTrue(secret.shows().test(SNAPSHOTS.of(s.state(), secret.mayKnow())),
                        secret.what() + ": the check does not see it even for " + secret.mayKnow().key());
            }
        }
        // Every frame sent so far, as the session sent it: applied, then projected per audience.
        SessionState replay = new SessionState(SessionDriver.FORMATS::rules);
        for (JournalEntry entry : s.journal()) {
            replay.apply(entry);
            for (Update u : EVENTS.project(replay, entry.event())) {
                for (Secret secret : secrets) {
                    if (u.audience().includes(secret.viewer())) {
                        assertFalse(secret.shows().test(u.data()), secret.what() + ": in " + u.event() + " (event " + entry.seq()
                                + ") for " + secret.viewer().key());
                    }
                }
            }
        }
    }

    /** True when any object in the tree ties this participant to this value: as key and value, or side by side. */
    protected static boolean ties(Object json, String participant, Object value) {
        if (json instanceof JsonObject o) {
            if (value.equals(o.getValue(participant))) return true;
            if (o.getMap().containsValue(participant) && o.getMap().containsValue(value)) return true;
            return o.getMap().values().stream().anyMatch(v -> ties(wrap(v), participant, value));
        }
        if (json instanceof JsonArray a) return a.stream().anyMatch(v -> ties(wrap(v), participant, value));
        return false;
    }

    /** True when some object in the tree has this key with a value that is not empty. */
    protected static boolean hasFilled(Object json, String key) {
        if (json instanceof JsonObject o) {
            Object v = wrap(o.getValue(key));
            if (v != null && !(v instanceof JsonObject x && x.isEmpty()) && !(v instanceof JsonArray y && y.isEmpty())) return true;
            return o.getMap().values().stream().anyMatch(x -> hasFilled(wrap(x), key));
        }
        if (json instanceof JsonArray a) return a.stream().anyMatch(v -> hasFilled(wrap(v), key));
        return false;
    }

    @SuppressWarnings("unchecked")
    private static Object wrap(Object v) {
        if (v instanceof Map<?, ?> m) return new JsonObject((Map<String, Object>) m);
        if (v instanceof List<?> l) return new JsonArray(l);
        return v;
    }

    // --- exports ---------------------------------------------------------------------------

    @Test
    void everyExportRendersForAnEmptyAndAFullSession() {
        for (SessionDriver s : List.of(emptySession(), full)) {
            boolean empty = s != full;
            JsonObject report = s.report();
            Map<String, Exporter> exports = EXPORTS.of(SessionDriver.FORMATS.require(s.state().plan().format()));
            assertTrue(exports.keySet().containsAll(Set.of("report.md", "report.pdf", "report.html", "report.json")), exports.keySet().toString());
            for (Map.Entry<String, Exporter> e : new java.util.TreeMap<>(exports).entrySet()) {
                // A PDF is slow to lay out: the empty session's in English, the full one's in Dutch.
                List<String> langs = !e.getKey().endsWith(".pdf") ? List.of("nl", "en") : List.of(empty ? "en" : "nl");
                for (String lang : langs) {
                    Rendered r = e.getValue().render(report, lang);
                    String what = e.getKey() + " (" + lang + ", " + s.state().participants().all().size() + " people)";
                    assertTrue(r.body().length() > 0, what + " is empty");
                    assertFalse(r.contentType().isBlank(), what + " has no content type");
                    assertFalse(r.fileName().isBlank(), what + " has no file name");
                }
            }
        }
    }

    // --- comparing -------------------------------------------------------------------------

    private static List<StoredEvent> stored(SessionDriver s) {
        return s.journal().stream().map(SessionDriver.CODEC::encode).toList();
    }

    private static JsonNode tree(String json) {
        try {
            return SessionDriver.JSON.records().readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Compares two sessions as JSON trees (map order aside) and names the first place they differ. */
    protected static void assertSameState(SessionState expected, SessionState actual) {
        try {
            JsonNode a = SessionDriver.JSON.records().readTree(SessionDriver.CODEC.snapshot(expected));
            JsonNode b = SessionDriver.JSON.records().readTree(SessionDriver.CODEC.snapshot(actual));
            String difference = JsonDifference.first("$", a, b);
            assertEquals(null, difference, "replayed state differs at " + difference);
            assertEquals(expected.seq(), actual.seq());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
