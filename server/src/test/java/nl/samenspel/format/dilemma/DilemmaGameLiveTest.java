package nl.samenspel.format.dilemma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static nl.samenspel.format.dilemma.DilemmaGameScript.LISTED;
import static nl.samenspel.format.dilemma.DilemmaGameScript.NAMES;
import static nl.samenspel.format.dilemma.DilemmaGameScript.checkTally;
import static nl.samenspel.format.dilemma.DilemmaGameScript.choiceOf;
import static nl.samenspel.format.dilemma.DilemmaGameScript.noteOf;
import static nl.samenspel.format.dilemma.DilemmaGameScript.ownWordsOf;
import static nl.samenspel.format.dilemma.DilemmaGameScript.valuesOf;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.samenspel.format.dilemma.DilemmaGameScript.Person;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.LiveServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A whole game of two rounds over real websockets: a facilitator, a projector and nine
 * participants at two tables, each sending what a script says. The plenary's numbers must be
 * what they sent, and every client must have received only what it may see.
 */
class DilemmaGameLiveTest {

    @RegisterExtension
    static final LiveServer live = new LiveServer(new JsonObject().put("timeScale", 0.01));

    @Test
    void nineParticipantsAtTwoTablesPlayTwoRoundsAndThePlenaryShowsWhatTheySent() {
        // A session of the default format (the dilemma game) with secret roles, our variant, run by hand.
        JsonObject created = live.server().createSession(new JsonObject().put("title", "Teamdag De Linde")
                .put("options", new JsonObject().put("autoRun", false).put("roleMode", "secret")));
        String code = created.getString("code");
        LiveClient facilitator = live.server().client();
        JsonObject welcome = facilitator.attach(code, created.getString("facilitatorToken"), 0);
        JsonObject snapshot = welcome.getJsonObject("snapshot");
        assertEquals("dilemma", snapshot.getJsonObject("session").getString("format"));
        assertTrue(snapshot.getJsonObject("format").getJsonObject("rule").getString("nl").startsWith("Er is geen goed of fout"));
        List<JsonObject> steps = snapshot.getJsonObject("agenda").getJsonArray("steps").stream().map(o -> (JsonObject) o).toList();
        LiveClient projector = live.server().client();
        assertEquals("projector", projector.attach(code, created.getString("projectorToken"), 0).getJsonObject("you").getString("role"));

        List<Person> people = new ArrayList<>();
        for (String name : NAMES) {
            Person p = new Person(name, live.server().client());
            p.id = p.client.join(code, name).getJsonObject("you").getString("participant");
            people.add(p);
        }
        facilitator.ack("step.goto", new JsonObject().put("index", 0));
        facilitator.ack("tables.arrange", new JsonObject().put("maxSize", 5));
        for (Person p : people) {
            JsonObject mine = p.client.event("snapshot").getJsonObject("data");
            p.table = mine.getJsonArray("participants").stream().map(o -> (JsonObject) o)
                    .filter(o -> o.getString("id").equals(p.id)).findFirst().orElseThrow().getString("table");
        }
        Map<String, List<Person>> byTable = new TreeMap<>();
        people.forEach(p -> byTable.computeIfAbsent(p.table, t -> new ArrayList<>()).add(p));
        assertEquals(List.of(5, 4), byTable.values().stream().map(List::size).sorted((a, b) -> b - a).toList());

        Map<String, Map<Integer, List<Object>>> leadingSent = new HashMap<>();
        for (int round = 1; round <= 2; round++) {
            playRound(round, steps, facilitator, people, byTable, leadingSent);
        }

        // The plenary: everyone gets the results, and they are what was sent.
        facilitator.ack("step.goto", new JsonObject().put("index", index(steps, 0, "plenary")));
        JsonObject results = null;
        for (Person p : people) {
            JsonObject data = p.client.event("dilemma.results", d -> d.getBoolean("plenaryOpened")).getJsonObject("data");
            if (results == null) results = data.getJsonObject("results");
            assertEquals(results, data.getJsonObject("results"), "everyone sees the same plenary");
        }
        assertEquals(results, projector.event("dilemma.results", d -> d.getBoolean("plenaryOpened")).getJsonObject("data")
                .getJsonObject("results"));
        checkTally(results, people, byTable, leadingSent);
        checkWhoSawWhat(people, projector, facilitator);
        checkReports(code, created.getString("facilitatorToken"), people);

        people.forEach(p -> p.client.close());
        projector.close();
        facilitator.close();
    }

    private void playRound(int round, List<JsonObject> steps, LiveClient facilitator, List<Person> people,
                           Map<String, List<Person>> byTable, Map<String, Map<Integer, List<Object>>> leadingSent) {
        // Draw: the dilemma reaches every table, each person draws from their table's envelope.
        goTo(facilitator, people, steps, round, "draw");
        for (Person p : people) {
            JsonObject r = p.client.event("dilemma.round", d -> d.getJsonObject("round").getInteger("round") == round
                    && d.getJsonObject("round").getBoolean("started")).getJsonObject("data");
            assertEquals(round, r.getInteger("current"));
            assertNotNull(r.getJsonObject("round").getJsonObject("dilemma").getJsonObject("situation"));
            p.role.put(round, p.client.event("role.assigned").getJsonObject("data").getJsonObject("role").getString("id"));
            p.client.ack("envelope.open", new JsonObject());
        }
        for (List<Person> table : byTable.values()) {
            assertEquals(table.size(), table.stream().map(p -> p.role.get(round)).distinct().count(), "distinct at the table");
        }
        if (round == 2) people.forEach(p -> assertNotEquals(p.role.get(1), p.role.get(2), p.name + " has a new perspective"));

        goTo(facilitator, people, steps, round, "share");
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            p.client.ack("dilemma.values", new JsonObject().put("values", new JsonArray(valuesOf(i, round)))
                    .put("other", new JsonArray(ownWordsOf(i, round))).put("note", noteOf(p, round)));
        }
        // Each sees the entries of their own table arrive, and the projector only counts.
        for (Person p : people) {
            for (int k = 0; k < byTable.get(p.table).size(); k++) {
                JsonObject entry = p.client.event("dilemma.entry", d -> d.getJsonObject("entry").getInteger("round") == round)
                        .getJsonObject("data").getJsonObject("entry");
                assertEquals(p.table, entry.getString("table"));
                assertEquals(noteOf(people.stream().filter(x -> x.id.equals(entry.getString("participant"))).findFirst().orElseThrow(), round),
                        entry.getString("note"));
            }
        }

        goTo(facilitator, people, steps, round, "choose");
        for (int i = 0; i < people.size(); i++) {
            people.get(i).client.ack("dilemma.choose", new JsonObject().put("choice", choiceOf(i, round))
                    .put("reason", "Reden van " + people.get(i).name));
        }

        goTo(facilitator, people, steps, round, "lead");
        for (Map.Entry<String, List<Person>> table : byTable.entrySet()) {
            List<Object> leading = table.getKey().equals("t1")
                    ? (round == 1 ? List.of("autonomie", "veiligheid") : List.of("vertrouwen"))
                    : (round == 1 ? List.of("privacy", "Samen optrekken") : List.of("waardigheid", "autonomie"));
            leadingSent.computeIfAbsent(table.getKey(), t -> new HashMap<>()).put(round, leading);
            for (int k = 0; k < leading.size(); k++) {
                String what = (String) leading.get(k);
                Person who = table.getValue().get(k % table.getValue().size());
                JsonObject fields = LISTED.contains(what) ? new JsonObject().put("value", what) : new JsonObject().put("text", what);
                who.client.ack("dilemma.lead", fields);
            }
        }

        goTo(facilitator, people, steps, round, "reveal");
        for (Person p : people) {
            JsonObject env = p.client.event("envelope.changed", d -> d.getJsonObject("envelope").getBoolean("revealed"))
                    .getJsonObject("data").getJsonObject("envelope");
            Map<String, String> expected = new HashMap<>();
            byTable.get(p.table).forEach(q -> expected.put(q.id, q.role.get(round)));
            assertEquals(expected, env.getJsonObject("roles").getMap(), "the table sees its roles at the end of the round");
        }
    }

    private static int index(List<JsonObject> steps, int round, String kind) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).getInteger("round") == round && steps.get(i).getString("kind").equals(kind)) return i;
        }
        throw new AssertionError(kind);
    }

    private static void goTo(LiveClient facilitator, List<Person> people, List<JsonObject> steps, int round, String kind) {
        int index = index(steps, round, kind);
        facilitator.ack("step.goto", new JsonObject().put("index", index));
        for (Person p : people) {
            p.client.event("step.changed", d -> d.getJsonObject("agenda").getInteger("current") == index);
        }
    }

    /** Nobody received what they may not see: another table's entries, someone else's role, entries on the projector. */
    private void checkWhoSawWhat(List<Person> people, LiveClient projector, LiveClient facilitator) {
        for (Person p : people) {
            for (Person other : people) {
                boolean sameTable = other.table.equals(p.table);
                for (int round = 1; round <= 2; round++) {
                    String secret = noteOf(other, round);
                    assertEquals(sameTable, p.client.transcript().contains(secret),
                            p.name + (sameTable ? " sees " : " never sees ") + other.name + "'s note");
                }
                if (!sameTable) {
                    assertFalse(p.client.transcript().contains("Reden van " + other.name), p.name + " never sees the reason of " + other.name);
                }
            }
            for (JsonObject frame : p.client.seen()) {
                String event = frame.getString("event");
                if ("role.assigned".equals(event)) continue;
                if ("dilemma.entry".equals(event)) {
                    assertEquals(p.table, frame.getJsonObject("data").getJsonObject("entry").getString("table"));
                }
                if ("dilemma.results".equals(event)) {
                    assertTrue(frame.getJsonObject("data").getBoolean("plenaryOpened"), "results reach participants only in the plenary");
                }
                assertFalse(frame.encode().contains("\"perspective\""), "no perspective in any frame to a participant");
            }
            long assigned = p.client.seen().stream().filter(f -> "role.assigned".equals(f.getString("event"))).count();
            assertEquals(2, assigned, "exactly one secret role per round, to its holder");
            // Before the reveal of round 1, no envelope this person received showed roles.
            for (JsonObject frame : p.client.seen()) {
                if ("envelope.changed".equals(frame.getString("event"))) {
                    JsonObject env = frame.getJsonObject("data").getJsonObject("envelope");
                    if (!env.getBoolean("revealed")) assertTrue(env.getJsonObject("roles").isEmpty());
                    assertEquals(p.table, frame.getJsonObject("data").getString("table"), "only the own table's envelope");
                }
            }
        }
        for (Person p : people) {
            assertFalse(projector.transcript().contains(noteOf(p, 1)), "the projector shows no one's note");
            assertFalse(projector.transcript().contains("Reden van " + p.name), "nor anyone's reason");
        }
        assertTrue(projector.seen().stream().noneMatch(f -> "dilemma.entry".equals(f.getString("event"))));
        JsonObject lastProgress = null;
        for (JsonObject f : projector.seen()) {
            if ("dilemma.progress".equals(f.getString("event")) && f.getJsonObject("data").getInteger("round") == 1
                    && f.getJsonObject("data").getString("table").equals("t2")) {
                lastProgress = f.getJsonObject("data").getJsonObject("progress");
            }
        }
        assertEquals(new JsonObject().put("named", 4).put("chose", 4), lastProgress, "the projector counts table 2's four");
        assertTrue(facilitator.seen().stream().noneMatch(f -> "role.assigned".equals(f.getString("event"))));
        // The facilitator's results never showed choices per perspective of a round before its reveal.
        boolean revealed = false;
        for (JsonObject f : facilitator.seen()) {
            if ("envelope.changed".equals(f.getString("event")) && f.getJsonObject("data").getJsonObject("envelope").getBoolean("revealed")) {
                revealed = true;
            }
            if (!revealed && "dilemma.results".equals(f.getString("event"))) {
                for (Object r : f.getJsonObject("data").getJsonObject("results").getJsonArray("rounds")) {
                    assertNull(((JsonObject) r).getJsonArray("byPerspective"));
                }
            }
        }
    }

    private void checkReports(String code, String token, List<Person> people) {
        HttpResponse<Buffer> md = live.server().export(code, "report.md", token);
        assertEquals(200, md.statusCode());
        String text = md.bodyAsString();
        assertTrue(text.contains("## Dilemmaspel"));
        assertTrue(text.contains("### Ronde 1: Waar houdt mantelzorg op en begint de zorg van het team?"));
        assertTrue(text.contains("### Plenair: welke waarden hadden de boventoon?"));
        for (Person p : people) assertTrue(text.contains("| " + p.name + " | "), p.name + " in the report");

        JsonObject json = live.server().export(code, "report.json", token).bodyAsJsonObject();
        JsonArray tables = json.getJsonObject("format").getJsonArray("rounds").getJsonObject(0).getJsonArray("tables");
        assertEquals(9, tables.stream().mapToInt(t -> ((JsonObject) t).getJsonArray("people").size()).sum());
        for (Object t : tables) {
            for (Object o : ((JsonObject) t).getJsonArray("people")) {
                JsonObject row = (JsonObject) o;
                Person p = people.stream().filter(x -> x.id.equals(row.getString("participant"))).findFirst().orElseThrow();
                assertEquals(p.role.get(1), row.getJsonObject("perspective").getString("id"), "who had which perspective");
                assertEquals(noteOf(p, 1), row.getString("note"));
                assertEquals(choiceOf(people.indexOf(p), 1), row.getString("choice"));
            }
        }

        HttpResponse<Buffer> csv = live.server().export(code, "dilemma.csv", token);
        assertEquals(200, csv.statusCode());
        String sheet = csv.bodyAsString();
        assertTrue(sheet.startsWith("\uFEFFRonde;Dilemma;Tafel;Naam;"));
        assertEquals(1 + 18, sheet.split("\r\n").length, "a row per person per round");
    }
}
