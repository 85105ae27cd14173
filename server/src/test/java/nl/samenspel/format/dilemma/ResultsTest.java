package nl.samenspel.format.dilemma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import nl.samenspel.format.dilemma.DilemmaCommand.AddLeading;
import nl.samenspel.format.dilemma.DilemmaCommand.Choose;
import nl.samenspel.format.dilemma.DilemmaCommand.NameValues;
import nl.samenspel.session.domain.Command;
import nl.samenspel.testing.SessionDriver;
import org.junit.jupiter.api.Test;

/** The plenary's numbers: the values tally, the choices per perspective, each table's leading values. */
class ResultsTest {

    @Test
    void theTallyCountsEveryNamedValueLargestFirstWithHowManyTablesLetItLead() {
        SessionDriver g = DilemmaSessions.start(21);
        g.join(6, "Deelnemer");
        g.step(1, StepKind.SHARE);
        List<String> t1 = g.state().tables().require("t1").seats();
        List<String> t2 = g.state().tables().require("t2").seats();
        g.as(t1.get(0), new NameValues(List.of("autonomie", "veiligheid"), List.of(), null));
        g.as(t1.get(1), new NameValues(List.of("autonomie"), List.of("Samen zorgen"), null));
        g.as(t1.get(2), new NameValues(List.of("veiligheid"), List.of(), null));
        g.as(t2.get(0), new NameValues(List.of("autonomie", "privacy"), List.of("samen zorgen"), null));
        g.step(1, StepKind.LEAD);
        g.as(t1.get(0), new AddLeading(null, "autonomie", null));
        g.as(t2.get(1), new AddLeading(null, "autonomie", null));
        g.as(t2.get(1), new AddLeading(null, null, "Samen zorgen"));

        JsonObject results = Results.of(g.state());
        JsonArray values = results.getJsonArray("values");
        assertEquals(List.of("autonomie", "text:samen zorgen", "veiligheid", "privacy"),
                values.stream().map(v -> ((JsonObject) v).getString("key")).toList(), "largest first; equal counts by leading, then name");
        JsonObject autonomy = values.getJsonObject(0);
        assertEquals(3, autonomy.getInteger("named"));
        assertEquals(2, autonomy.getInteger("leading"), "autonomy led at both tables");
        assertEquals("Autonomy", autonomy.getJsonObject("label").getString("en"));
        assertEquals(new JsonArray().add(3).add(0), autonomy.getJsonArray("byRound"));
        JsonObject together = values.getJsonObject(1);
        assertEquals(2, together.getInteger("named"), "own words count together, whatever the case");
        assertEquals(1, together.getInteger("leading"));
        assertEquals(4, results.getInteger("people"));

        JsonObject round = results.getJsonArray("rounds").getJsonObject(0);
        assertFalse(round.getBoolean("closed"));
        assertNull(round.getJsonArray("byPerspective"), "perspectives stay secret while the round is open");
        JsonArray tables = round.getJsonArray("tables");
        assertEquals(List.of("Autonomie"), labels(tables.getJsonObject(0).getJsonArray("leading")));
        assertEquals(List.of("Autonomie", "Samen zorgen"), labels(tables.getJsonObject(1).getJsonArray("leading")));
    }

    @Test
    void choicesAreCountedPerSideAndPerPerspectiveOnceTheRoundIsClosed() {
        SessionDriver g = DilemmaSessions.secret(22);
        List<String> people = g.join(5, "Deelnemer");
        g.step(1, StepKind.CHOOSE);
        Map<String, String> choice = Map.of(people.get(0), "a", people.get(1), "a", people.get(2), "b",
                people.get(3), "middle");
        choice.forEach((p, c) -> g.as(p, new Choose(c, null)));
        g.step(1, StepKind.REVEAL);

        JsonObject round = Results.of(g.state()).getJsonArray("rounds").getJsonObject(0);
        JsonObject counts = round.getJsonObject("choices");
        assertEquals(2, counts.getInteger("a"));
        assertEquals(1, counts.getInteger("middle"));
        assertEquals(1, counts.getInteger("b"));
        JsonArray byPerspective = round.getJsonArray("byPerspective");
        assertEquals(5, byPerspective.stream().mapToInt(r -> ((JsonObject) r).getInteger("held")).sum(), "five perspectives held");
        for (Object o : byPerspective) {
            JsonObject row = (JsonObject) o;
            String holder = g.format(DilemmaState.class).round(1).perspectives().get("t1").entrySet().stream()
                    .filter(e -> e.getValue().equals(row.getString("role"))).map(Map.Entry::getKey).findFirst().orElseThrow();
            String chose = choice.get(holder);
            for (String side : Choices.ALL) {
                assertEquals(side.equals(chose) ? 1 : 0, row.getInteger(side), row.getString("role") + " / " + side);
            }
        }
        assertEquals("De autonomie van bewoner en partner respecteren",
                round.getJsonObject("sides").getJsonObject("a").getString("nl"));
    }

    @Test
    void whatATableDoesOnItsFlipOverByHandCountsToo() {
        SessionDriver g = DilemmaSessions.start(23);
        g.join(4, "Deelnemer");
        g.step(1, StepKind.LEAD);
        String p = g.state().tables().require("t1").seats().get(0);
        g.as(p, new Command.AddNote("table/t1", "r1", "privacy", null));
        g.as(p, new Command.AddNote("table/t1", "notes", "Niet leidend, wel opgevallen", null));
        List<LeadingValues.Leading> leading = LeadingValues.of(g.state(), 1, "t1");
        assertEquals(1, leading.size(), "only the round's column counts");
        assertEquals("privacy", leading.get(0).value(), "a handwritten listed value is that value");
        String noteId = leading.get(0).note();
        g.facilitator(new Command.MoveNote("table/t1", noteId, "notes", null));
        assertTrue(LeadingValues.of(g.state(), 1, "t1").isEmpty(), "moved off the column: no longer leading");
    }

    private static List<String> labels(JsonArray leading) {
        return leading.stream().map(l -> ((JsonObject) l).getJsonObject("label").getString("nl")).toList();
    }
}
