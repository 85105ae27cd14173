package nl.samenspel.format.cards;

import static nl.samenspel.format.cards.CardsSessions.current;
import static nl.samenspel.format.cards.CardsSessions.lead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.samenspel.export.Csv;
import nl.samenspel.export.MarkdownReport;
import nl.samenspel.session.view.ReportData;
import nl.samenspel.format.cards.CardsCommand.Answer;
import nl.samenspel.format.cards.CardsCommand.Draw;
import nl.samenspel.format.cards.CardsCommand.Finish;
import nl.samenspel.format.cards.CardsCommand.Insight;
import nl.samenspel.format.cards.CardsCommand.Skip;
import nl.samenspel.session.domain.Command;
import nl.samenspel.testing.SessionDriver;
import org.junit.jupiter.api.Test;

/** The session report lists the cards per table, the spreads (never who chose what) and the insights. */
class CardsReportTest {

    private static final ReportData REPORTS = new ReportData(SessionDriver.FORMATS::require);

    /** Table 1 plays a statement (answered and revealed), a case with two insights, and skips one card. */
    private static SessionDriver played() {
        SessionDriver g = CardsSessions.start(new JsonObject().put("types", new JsonArray().add("statement").add("case")), 21);
        g.join(4, "Speler");
        g.facilitator(new Command.ArrangeTables(4));
        g.stepOfKind("play");
        for (int i = 0; i < 3; i++) {
            g.as(lead(g, "t1"), new Draw("t1"));
            Play p = current(g, "t1");
            if (i == 2) {
                g.as(lead(g, "t1"), new Skip("t1", p.number()));
                break;
            }
            if (p.answering()) {
                List<String> seats = g.seats("t1");
                for (int k = 0; k < seats.size(); k++) g.as(seats.get(k), new Answer("t1", p.number(), k == 0 ? "disagree" : "agree"));
            } else {
                g.facilitator(new Insight("t1", "=Afspraak in het teamoverleg"));
                g.as(g.seats("t1").get(2), new Insight("t1", "Eerst vragen; dan pas \"oplossen\"; samen"));
            }
            g.as(lead(g, "t1"), new Finish("t1", p.number()));
        }
        return g;
    }

    @Test
    void theMarkdownReportShowsEachTablesCardsSpreadsAndInsights() {
        SessionDriver g = played();
        JsonObject report = REPORTS.collect(g.state());
        JsonObject games = report.getJsonObject("format");
        assertEquals(1, games.getJsonArray("games").size(), "only tables that played appear");
        String md = new MarkdownReport(SessionDriver.FORMATS::require).render(report, "nl").body().toString(StandardCharsets.UTF_8);
        assertTrue(md.contains("## Kaartspel: gespeelde kaarten"), md);
        assertTrue(md.contains("### Tafel 1 — "), md);
        assertTrue(md.contains("**Stelling**") && md.contains("**Casus**"), md);
        assertTrue(md.contains("   - Eens: 3\n   - Oneens: 1\n   - Het hangt ervan af: 0\n   - 4 antwoorden"), md);
        assertTrue(md.contains("Inzicht: Eerst vragen; dan pas \"oplossen\"; samen"), md);
        assertTrue(md.contains("(overgeslagen)"), md);
        assertTrue(md.contains("   - Inzicht: =Afspraak in het teamoverleg\n   - Inzicht: Eerst vragen"), "insights in the order noted: " + md);
        assertFalse(report.getJsonObject("format").encode().contains("\"mine\""), "no one's own answer in the report");
        String en = new MarkdownReport(SessionDriver.FORMATS::require).render(report, "en").body().toString(StandardCharsets.UTF_8);
        assertTrue(en.contains("## Card game: cards played") && en.contains("**Statement**") && en.contains("   - Agree: 3"), en);
    }

    @Test
    void theCsvOpensInDutchExcelAndDefusesFormulas() {
        SessionDriver g = played();
        JsonObject report = REPORTS.collect(g.state());
        String csv = new CardsCsv().render(report, "nl").body().toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFTafel;Nr;Soort;Thema;Kaart;Status;Antwoorden;Verdeling;Juiste antwoord;Inzichten\r\n"), csv);
        String[] rows = csv.split("\r\n");
        assertEquals(4, rows.length, "a header and three cards: " + csv);
        assertTrue(rows[1].startsWith("Tafel 1;1;"), rows[1]);
        assertTrue(csv.contains("Eens: 3 | Oneens: 1 | Het hangt ervan af: 0"), csv);
        assertTrue(csv.contains(";\"'=Afspraak in het teamoverleg | Eerst vragen; dan pas \"\"oplossen\"\"; samen\"\r\n"), csv);
        assertTrue(csv.contains(";overgeslagen;"), csv);
        assertEquals("'=1+1", Csv.cell("=1+1"));
        assertEquals("\"a;b\"", Csv.cell("a;b"));
    }
}
