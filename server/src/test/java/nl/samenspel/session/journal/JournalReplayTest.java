package nl.samenspel.session.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.samenspel.Samenspel;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.format.Formats;
import nl.samenspel.session.SessionSetup;
import nl.samenspel.json.Json;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Decision;
import nl.samenspel.session.domain.JournalEntry;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.board.Board;
import nl.samenspel.store.StoredEvent;
import nl.samenspel.store.StoredSession;
import org.junit.jupiter.api.Test;

/** The journal is the truth: replaying it, with or without a snapshot in between, gives the same session. */
class JournalReplayTest {

    private final Formats formats = Samenspel.formats();
    private final Json json = new Json(formats.jsonTypes());
    private final JournalCodec codec = new JournalCodec(formats.eventTypes(), json, formats::rules);

    @Test
    void aRandomWorkshopReplaysToTheSameStateFromTheJournalAndFromASnapshot() {
        ContentLibrary content = formats.content(json.records());
        SessionPlan plan = formats.require("open").plan(new SessionSetup("open", "samenspel-basis", "Replay", null), content);
        SessionState live = new SessionState(formats::rules);
        List<StoredEvent> stored = new ArrayList<>();
        stored.add(codec.encode(live.create(new SessionEvent.SessionCreated("REPLAY", plan, "f", "v", 0))));
        Random random = new Random(99);
        long[] now = {0};
        List<String> people = new ArrayList<>();
        String snapshot = null;
        int snapshotAt = 0;
        for (int i = 0; i < 600; i++) {
            now[0] += 1000;
            Decision d = new Decision(now[0], random);
            try {
                List<JournalEntry> entries;
                int pick = random.nextInt(12);
                if (pick == 0 || people.size() < 3) {
                    entries = live.join("Naam" + random.nextInt(6), "tok" + i, "j" + i, d, e -> {});
                    people.add(((SessionEvent.ParticipantJoined) entries.get(0).event()).participant());
                } else {
                    Principal who = pick < 6 ? new Principal.Participant(people.get(random.nextInt(people.size())))
                            : Principal.FACILITATOR;
                    entries = live.execute(who, "c" + i, randomCommand(live, random), d, e -> {});
                }
                entries.forEach(e -> stored.add(codec.encode(e)));
            } catch (Rejection expected) {
                // Random commands are often not allowed; a rejection must change nothing, which replay checks.
            }
            if (i == 300) {
                snapshot = codec.snapshot(live);
                snapshotAt = stored.size();
            }
        }
        assertTrue(live.seq() > 300, "the workshop made enough changes to be a real test: " + live.seq());

        SessionState fromJournal = codec.replay(new StoredSession("REPLAY", null, 0, stored));
        assertSameState(live, fromJournal);

        SessionState fromSnapshot = codec.replay(new StoredSession("REPLAY", snapshot, snapshotAt,
                stored.subList(snapshotAt, stored.size())));
        assertSameState(live, fromSnapshot);
        assertEquals(live.seq(), fromSnapshot.seq());
    }

    /** Compares two sessions as JSON trees (map order aside) and names the first place they differ. */
    private void assertSameState(SessionState expected, SessionState actual) {
        try {
            JsonNode a = json.records().readTree(codec.snapshot(expected));
            JsonNode b = json.records().readTree(codec.snapshot(actual));
            String difference = firstDifference("$", a, b);
            assertEquals(null, difference, "replayed state differs at " + difference);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String firstDifference(String path, JsonNode a, JsonNode b) {
        if (a.equals(b)) return null;
        if (a.isObject() && b.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode x = a.get(name);
                JsonNode y = b.get(name);
                if (x == null || y == null) return path + "." + name + " (" + x + " vs " + y + ")";
                String d = firstDifference(path + "." + name, x, y);
                if (d != null) return d;
            }
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                String d = firstDifference(path + "[" + i + "]", a.get(i), b.get(i));
                if (d != null) return d;
            }
        }
        return path + " (" + a + " vs " + b + ")";
    }

    private static Command randomCommand(SessionState s, Random r) {
        List<String> boards = s.boards().all().stream().map(Board::id).toList();
        String board = boards.get(r.nextInt(boards.size()));
        List<String> notes = s.boards().require(board).notes().stream().map(n -> n.id()).toList();
        String note = notes.isEmpty() ? "n0" : notes.get(r.nextInt(notes.size()));
        String other = notes.isEmpty() ? "n0" : notes.get(r.nextInt(notes.size()));
        List<String> tables = s.tables().all().stream().map(t -> t.id()).toList();
        String table = tables.isEmpty() ? "t1" : tables.get(r.nextInt(tables.size()));
        List<String> people = s.participants().present().stream().map(p -> p.id()).toList();
        String person = people.get(r.nextInt(people.size()));
        String[] columns = {"ideas", "questions", "actions"};
        return switch (r.nextInt(17)) {
            case 0 -> new Command.ArrangeTables(2 + r.nextInt(5));
            case 1 -> new Command.MoveParticipant(person, table);
            case 2 -> new Command.DealRoles(r.nextBoolean() ? null : table);
            case 3 -> new Command.OpenEnvelope();
            case 4 -> new Command.RevealRoles(null);
            case 5 -> new Command.GotoStep(r.nextInt(3));
            case 6 -> new Command.StartTimer(null);
            case 7 -> new Command.ExtendTimer(60);
            case 8 -> new Command.EditNote(board, note, "bewerkt " + r.nextInt(), null);
            case 9 -> new Command.RemoveNote(board, note);
            case 10 -> new Command.MoveNote(board, note, columns[r.nextInt(3)], r.nextBoolean() ? null : other);
            case 11 -> new Command.GroupNotes(board, List.of(note, other), "groep");
            case 12 -> new Command.AddVote(board, note);
            case 13 -> new Command.HighlightNote(board, note, r.nextBoolean());
            case 14 -> new Command.HideVotes(board, r.nextBoolean());
            default -> new Command.AddNote(board, columns[r.nextInt(3)], "notitie " + r.nextInt(1000), null);
        };
    }
}
