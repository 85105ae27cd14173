package nl.samenspel.format.spearheads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import nl.samenspel.format.Exports;
import nl.samenspel.export.Rendered;
import nl.samenspel.format.spearheads.SpearheadsCommand.Rate;
import nl.samenspel.format.spearheads.SpearheadsCommand.RevealThermometer;
import nl.samenspel.session.domain.Principal;
import org.junit.jupiter.api.BeforeAll;
import nl.samenspel.testing.SessionDriver;
import org.junit.jupiter.api.Test;

/** Every export of the spearhead session, rendered from report data and read back. */
class SpearheadsExportsTest {

    static JsonObject report;
    static final Exports EXPORTS = new Exports(SessionDriver.FORMATS);

    @BeforeAll
    static void session() {
        SessionDriver s = SpearheadsSessions.start(new JsonObject().put("team", "Wijkteam Noord & Oost"));
        String anna = s.join("Anna");
        s.join("Zoë");
        s.join("Bert");
        for (String p : List.of("p1", "p2", "p3")) s.as(p, new Rate("vertrouwen", p.equals("p2") ? 5 : 4));
        s.facilitator(new RevealThermometer());
        s.step("kennis-visie");
        SpearheadsSessions.addAction(s, Principal.FACILITATOR, SpearheadsSessions.fields("kennis-visie", "Visie; samen \"op papier\"", anna, null,
                "2026-03-09", "=SOM(A1) is geen formule"));
        SpearheadsSessions.addAction(s, Principal.FACILITATOR, SpearheadsSessions.fields("omgeving-context", "Kennismaken met het steunpunt mantelzorg",
                null, "Zoë & Bert", "2026-W12", null));
        SpearheadsSessions.addAction(s, Principal.FACILITATOR, SpearheadsSessions.fields("aan-de-slag", "Eén café-avond — met <b>vrijwilligers</b> 😀",
                null, null, null, null));
        report = s.report();
    }

    private static Rendered render(String name, String lang) {
        return EXPORTS.find("spearheads", name).orElseThrow().render(report, lang);
    }

    @Test
    void theCsvOpensInDutchExcelAndParsesBackToTheActionList() {
        Rendered csv = render("actions.csv", "nl");
        assertEquals("text/csv; charset=utf-8", csv.contentType());
        List<List<String>> rows = ExportChecks.parseCsv(csv.body().getBytes());
        assertEquals(List.of("Nr", "Speerpunt", "Actie", "Wie", "Datum", "Week", "Eerste stap", "Status", "Stippen", "Doorgeschoven"),
                rows.get(0));
        assertEquals(4, rows.size());
        assertEquals(List.of("1", "Kennis en visie", "Visie; samen \"op papier\"", "Anna", "09-03-2026", "",
                "'=SOM(A1) is geen formule", "open", "0", ""), rows.get(1));
        assertEquals("week 12 2026", rows.get(2).get(5));
        assertEquals("Zoë & Bert", rows.get(2).get(3));
        String raw = csv.body().toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(raw.contains("\"Visie; samen \"\"op papier\"\"\""), "a semicolon or quote is quoted, quotes doubled");
        assertEquals("No.", ExportChecks.parseCsv(render("actions.csv", "en").body().getBytes()).get(0).get(0));
    }

    @Test
    void theJsonParsesBackWithTheActionsAndOnlyTheThermometersAggregates() {
        JsonObject json = new JsonObject(render("actions.json", "nl").body());
        assertEquals("Wijkteam Noord & Oost", json.getJsonObject("session").getString("team"));
        assertEquals(3, json.getJsonArray("actions").size());
        assertEquals("2026-W12", json.getJsonArray("actions").getJsonObject(1).getString("when"));
        JsonObject trust = json.getJsonObject("thermometer").getJsonArray("factors").stream().map(o -> (JsonObject) o)
                .filter(f -> f.getString("id").equals("vertrouwen")).findFirst().orElseThrow();
        assertEquals(4.3, trust.getDouble("average"));
        assertEquals(java.util.Set.of("id", "title", "count", "average", "spread"), trust.fieldNames());
        assertFalse(json.encode().contains("p1"), "no participant id in the export");
    }

    @Test
    void thePdfIsAnA4WithTitleTeamThermometerAndEveryAction() {
        Rendered pdf = render("actions.pdf", "nl");
        assertEquals("application/pdf", pdf.contentType());
        byte[] bytes = pdf.body().getBytes();
        String text = ExportChecks.flat(ExportChecks.pdfText(bytes));
        for (String expected : List.of("Teamsessie Wijkteam Noord", "Wijkteam Noord & Oost", "Anna, Zoë, Bert", "Vertrouwen",
                "4,3", "Visie; samen \"op papier\"", "Kennismaken met het steunpunt mantelzorg", "09-03-2026",
                "week 12 (2026)", "<b>vrijwilligers</b>")) {
            assertTrue(text.contains(expected), "the PDF shows " + expected + ": " + text);
        }
        Path png = ExportChecks.firstPagePng(bytes, Path.of("target", "screenshots", "SpearheadsExportsTest", "actions-pdf.png"));
        assertTrue(png.toFile().length() > 10_000);
    }

    @Test
    void theMarkdownHasTheClosingTableAndTheFullReportEveryFlipOver() {
        String md = render("actions.md", "nl").body().toString();
        assertTrue(md.contains("| Speerpunt | Stand van zaken | Acties |"), md);
        assertTrue(md.contains("1. Visie; samen \"op papier\" (Anna, 09-03-2026)"), md);
        assertTrue(md.contains("| Vertrouwen | 4,3 | 0,5 | 3 |"), md);
        assertTrue(md.contains("\\<b\\>vrijwilligers\\</b\\>"), "markup is escaped");
        String full = render("report.md", "en").body().toString();
        assertTrue(full.contains("## Closing table") && full.contains("## Flip-overs"), full);
    }
}
