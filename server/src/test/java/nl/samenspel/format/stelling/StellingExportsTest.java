package nl.samenspel.format.stelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.samenspel.export.Rendered;
import nl.samenspel.format.Exports;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.view.ReportData;
import nl.samenspel.testing.SessionDriver;
import org.junit.jupiter.api.Test;

/** The round's exports: report.md and report.json carry its section, stelling.csv its table; for an empty and a full session. */
class StellingExportsTest {

    private static final Exports EXPORTS = new Exports(SessionDriver.FORMATS);

    private static String render(SessionDriver g, String name, String lang) {
        JsonObject report = new ReportData(SessionDriver.FORMATS::require).collect(g.state());
        Rendered r = EXPORTS.find(StellingFormat.ID, name).orElseThrow().render(report, lang);
        return r.body().toString(StandardCharsets.UTF_8);
    }

    @Test
    void anEmptyRoundRendersEveryExport() {
        SessionDriver g = StellingSessions.start();
        for (String name : EXPORTS.of(SessionDriver.FORMATS.require(StellingFormat.ID)).keySet()) {
            assertTrue(render(g, name, "nl").length() > 0, name);
        }
        String md = render(g, "report.md", "nl");
        assertTrue(md.contains("## Stellingen"), md);
        assertTrue(md.contains("De stemming is niet gesloten."), md);
        String csv = render(g, "stelling.csv", "nl");
        assertEquals(1 + StellingSessions.statements(g).size(), csv.split("\r\n").length, "a header and a row per statement");
        assertTrue(csv.startsWith("\uFEFFStelling;Helemaal oneens;Oneens;Neutraal;Eens;Helemaal eens;Totaal;Begonnen bij;"), csv);
    }

    @Test
    void aFullRoundShowsTheSpreadTheStartingSideAndTheArguments() {
        SessionDriver g = StellingSessions.start();
        List<String> people = StellingSessions.voted(g, 1, 2, 4);
        String ann = people.get(0);
        String cas = people.get(2);
        String first = StellingSessions.statements(g).get(0);
        g.facilitator(new StellingCommand.Close(first));
        g.as(cas, new Command.AddNote(StellingPlan.board(first), "eens", "=Ze weten wat werkt", null));
        g.as(ann, new Command.AddNote(StellingPlan.board(first), "oneens", "Niet elke mantelzorger wil dat; soms", null));

        String md = render(g, "report.md", "nl");
        assertTrue(md.contains("Helemaal oneens: 1 · Oneens: 1 · Neutraal: 0 · Eens: 1 · Helemaal eens: 0"), md);
        assertTrue(md.contains("De argumenten begonnen bij de kant 'eens'."), md);
        assertTrue(md.contains("- =Ze weten wat werkt"), md);
        String en = render(g, "report.md", "en");
        assertTrue(en.contains("## Statements") && en.contains("Strongly disagree: 1"), en);
        String csv = render(g, "stelling.csv", "en");
        String row = csv.split("\r\n")[1];
        assertTrue(row.endsWith(";1;1;0;1;0;3;agree;\"Niet elke mantelzorger wil dat; soms\";'=Ze weten wat werkt"), row);
        JsonObject json = new JsonObject(render(g, "report.json", "nl"));
        JsonObject round = json.getJsonObject("format").getJsonArray("statements").getJsonObject(0);
        assertEquals("eens", round.getString("firstSide"));
        assertEquals(3, round.getInteger("total"));
        assertTrue(!json.encode().contains("\"" + ann + "\":"), "no sticker by person in the report");
    }
}
