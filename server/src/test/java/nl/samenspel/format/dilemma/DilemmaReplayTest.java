package nl.samenspel.format.dilemma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Decision;
import nl.samenspel.session.domain.JournalEntry;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.journal.JournalCodec;
import nl.samenspel.store.StoredEvent;
import nl.samenspel.store.StoredSession;
import org.junit.jupiter.api.Test;

/** A random dilemma game replays from its journal, and from a snapshot plus the rest, to the same state. */
class DilemmaReplayTest {

    private final JournalCodec codec = new JournalCodec(Game.FORMATS.eventTypes(), Game.JSON, Game.FORMATS::rules);

    @Test
    void aRandomGameReplaysToTheSameStateFromTheJournalAndFromASnapshot() {
        Random random = new Random(2026);
        SessionState live = new SessionState(Game.FORMATS::rules);
        List<StoredEvent> stored = new ArrayList<>();
        stored.add(codec.encode(live.create(new SessionEvent.SessionCreated("REPLAY", Game.plan(new JsonObject()), "f", "v", 0))));
        List<String> people = new ArrayList<>();
        long now = 0;
        String snapshot = null;
        int snapshotAt = 0;
        int formatEvents = 0;
        for (int i = 0; i < 900; i++) {
            now += 700;
            Decision d = new Decision(now, random);
            try {
                List<JournalEntry> entries;
                int pick = random.nextInt(20);
                if (people.size() < 7 || pick == 0) {
                    entries = live.join("Naam" + random.nextInt(9), "tok" + i, "j" + i, d, e -> {});
                    people.add(((SessionEvent.ParticipantJoined) entries.get(0).event()).participant());
                } else if (pick == 1) {
                    entries = live.execute(Principal.SERVER, null, new Command.ExpireTimer(), new Decision(now + 10_000_000, random), e -> {});
                } else {
                    String someone = people.get(random.nextInt(people.size()));
                    Principal who = pick < 14 ? new Principal.Participant(someone) : Principal.FACILITATOR;
                    entries = live.execute(who, "c" + i, command(live, random, someone), d, e -> {});
                }
                for (JournalEntry e : entries) {
                    stored.add(codec.encode(e));
                    if (e.event() instanceof DilemmaEvent) formatEvents++;
                }
            } catch (Rejection expected) {
                // Random commands are often not allowed now; a rejection changes nothing, which the replay checks.
            }
            if (i == 450) {
                snapshot = codec.snapshot(live);
                snapshotAt = stored.size();
            }
        }
        DilemmaState game = live.format();
        assertTrue(formatEvents > 100, "the game did enough to be a test: " + formatEvents);
        assertTrue(game.rounds().stream().anyMatch(RoundState::closed), "at least one round closed");

        assertSame(live, codec.replay(new StoredSession("REPLAY", null, 0, stored)));
        SessionState fromSnapshot = codec.replay(new StoredSession("REPLAY", snapshot, snapshotAt, stored.subList(snapshotAt, stored.size())));
        assertSame(live, fromSnapshot);
        assertEquals(Results.of(live), Results.of(fromSnapshot));
        assertEquals(DilemmaReport.collect(live), DilemmaReport.collect(fromSnapshot));
    }

    private static Command command(SessionState s, Random r, String someone) {
        DilemmaPlan plan = (DilemmaPlan) s.plan().formatPlan();
        String value = plan.values().get(r.nextInt(plan.values().size())).id();
        String table = s.tables().all().isEmpty() ? "t1" : s.tables().all().get(r.nextInt(s.tables().all().size())).id();
        String note = "n" + (1 + r.nextInt(12));
        return switch (r.nextInt(14)) {
            case 0, 1 -> new Command.GotoStep(r.nextInt(s.agenda().steps().size()));
            case 2 -> new DilemmaCommand.NameValues(List.of(value), r.nextBoolean() ? List.of("eigen " + r.nextInt(3)) : List.of(),
                    r.nextBoolean() ? "toelichting" : null);
            case 3 -> new DilemmaCommand.NameValues(List.of(value, plan.values().get(0).id()), List.of(), null);
            case 4, 5 -> new DilemmaCommand.Choose(List.of("a", "b", "middle").get(r.nextInt(3)), r.nextBoolean() ? "omdat" : null);
            case 6 -> new DilemmaCommand.AddLeading(r.nextBoolean() ? null : table, r.nextBoolean() ? value : null,
                    r.nextBoolean() ? null : "woorden " + r.nextInt(3));
            case 7 -> new DilemmaCommand.RemoveLeading(note);
            case 8 -> new DilemmaCommand.Nudge(r.nextBoolean() ? table : null, r.nextBoolean() ? someone : null);
            case 9 -> new Command.OpenEnvelope();
            case 10 -> new Command.SkipTimer();
            case 11 -> new Command.ArrangeTables(3 + r.nextInt(3));
            case 12 -> new Command.EditNote("table/" + table, note, "bewerkt", null);
            default -> new Command.MoveParticipant(someone, table);
        };
    }

    private void assertSame(SessionState expected, SessionState actual) {
        try {
            JsonNode a = Game.JSON.records().readTree(codec.snapshot(expected));
            JsonNode b = Game.JSON.records().readTree(codec.snapshot(actual));
            assertEquals(a, b, "the replayed state differs");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
