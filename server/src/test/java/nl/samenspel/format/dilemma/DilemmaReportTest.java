package nl.samenspel.format.dilemma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.export.Csv;
import nl.samenspel.export.MarkdownReport;
import nl.samenspel.session.view.ReportData;
import nl.samenspel.format.dilemma.DilemmaCommand.AddLeading;
import nl.samenspel.format.dilemma.DilemmaCommand.Choose;
import nl.samenspel.format.dilemma.DilemmaCommand.NameValues;
import nl.samenspel.testing.SessionDriver;
import org.junit.jupiter.api.Test;

/** The session report of a game: per round and table who had which perspective, named what and chose what. */
class DilemmaReportTest {

    private static JsonObject playedReport(SessionDriver g, List<String> people) {
        g.step(1, StepKind.SHARE);
        g.as(people.get(0), new NameValues(List.of("autonomie"), List.of("Zelf | kiezen"), "=SOM(A1) *vet* <b>"));
        g.as(people.get(1), new NameValues(List.of("veiligheid", "privacy"), List.of(), null));
        g.step(1, StepKind.CHOOSE);
        g.as(people.get(0), new Choose("a", "Omdat; het \"zo\" hoort"));
        g.as(people.get(1), new Choose("middle", null));
        g.step(1, StepKind.LEAD);
        g.as(people.get(0), new AddLeading(null, "autonomie", null));
        g.step(1, StepKind.REVEAL);
        return new ReportData(SessionDriver.FORMATS::require).collect(g.state());
    }

    @Test
    void theReportHoldsPerRoundAndTableThePerspectivesValuesChoicesAndLeadingValues() {
        SessionDriver g = DilemmaSessions.secret(31);
        List<String> people = g.join(3, "Deelnemer");
        JsonObject report = playedReport(g, people);
        JsonObject round = report.getJsonObject("format").getJsonArray("rounds").getJsonObject(0);
        assertTrue(round.getBoolean("closed"));
        assertFalse(report.getJsonObject("format").getJsonArray("rounds").getJsonObject(1).getBoolean("started"));
        JsonObject table = round.getJsonArray("tables").getJsonObject(0);
        assertEquals(3, table.getJsonArray("people").size(), "who did not put anything in is there too, with a perspective");
        JsonObject first = table.getJsonArray("people").getJsonObject(0);
        assertEquals(g.format(DilemmaState.class).round(1).perspectiveOf(people.get(0)).orElseThrow(), first.getJsonObject("perspective").getString("id"));
        assertEquals("Autonomie", first.getJsonArray("values").getJsonObject(0).getJsonObject("title").getString("nl"));
        assertEquals("a", first.getString("choice"));
        assertEquals("Autonomie", table.getJsonArray("leading").getJsonObject(0).getJsonObject("label").getString("nl"));

        String md = new MarkdownReport(SessionDriver.FORMATS::require).render(report, "nl").body().toString();
        assertTrue(md.contains("## Dilemmaspel"));
        assertTrue(md.contains("> Er is geen goed of fout."));
        assertTrue(md.contains("### Ronde 1: Waar houdt mantelzorg op en begint de zorg van het team?"));
        assertTrue(md.contains("| Deelnemer1 | "), md);
        assertTrue(md.contains("Zelf \\| kiezen"), "a pipe typed by someone does not break the table");
        assertTrue(md.contains("\\*vet\\* \\<b\\>"), "nor do stars and angle brackets");
        assertTrue(md.contains("**Leidende waarden:** Autonomie"));
        assertTrue(md.contains("| Autonomie | 1 | 1 |"), "the tally: named once, leading at one table");
        assertFalse(md.contains("Ronde 2:"), "a round that never began is left out");
        String en = new MarkdownReport(SessionDriver.FORMATS::require).render(report, "en").body().toString();
        assertTrue(en.contains("## Dilemma game") && en.contains("| Autonomy | 1 | 1 |"));
    }

    @Test
    void theSpreadsheetOpensInDutchExcelAndNeverRunsATypedFormula() {
        SessionDriver g = DilemmaSessions.secret(32);
        List<String> people = g.join(3, "Deelnemer");
        JsonObject report = playedReport(g, people);
        String csv = new DilemmaCsv().render(report, "nl").body().toString();
        assertTrue(csv.startsWith("\uFEFFRonde;Dilemma;Tafel;Naam;Perspectief;Waarden;Toelichting;Keuze;Waarom;"));
        String[] rows = csv.split("\r\n");
        assertEquals(4, rows.length, "a header and three people");
        assertTrue(rows[1].contains(";'=SOM(A1) *vet* <b>;"), "a cell that starts like a formula is text: " + rows[1]);
        assertTrue(rows[1].contains(";\"Omdat; het \"\"zo\"\" hoort\";"), "semicolons and quotes are quoted: " + rows[1]);
        assertEquals("'-1", Csv.cell("-1"));
    }

    @Test
    void anOpenRoundShowsNoPerspectivesInTheReport() {
        SessionDriver g = DilemmaSessions.start(33);
        List<String> people = g.join(3, "Deelnemer");
        g.step(1, StepKind.SHARE);
        g.as(people.get(0), new NameValues(List.of("autonomie"), List.of(), null));
        JsonObject report = new ReportData(SessionDriver.FORMATS::require).collect(g.state());
        JsonObject row = report.getJsonObject("format").getJsonArray("rounds").getJsonObject(0).getJsonArray("tables")
                .getJsonObject(0).getJsonArray("people").getJsonObject(0);
        assertEquals(null, row.getJsonObject("perspective"), "still secret: the round is not over");
        String md = new MarkdownReport(SessionDriver.FORMATS::require).render(report, "nl").body().toString();
        assertTrue(md.contains("de perspectieven zijn niet onthuld"));
    }
}
