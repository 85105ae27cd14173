package nl.samenspel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.LiveServer;
import nl.samenspel.testing.TestServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every format's full report as a PDF (issue 14, items 1 and 2), read back with PDFBox: the
 * dilemma game's rounds and the card game's cards are in it, and „quotes", the en dash, € and
 * names such as Łukasz and Nguyễn come out as typed, in an embedded DejaVu font.
 */
class ReportPdfTest {

    static final String TITLE = "„Samen beslissen” – €5 per uur";
    static final List<String> NAMES = List.of("Łukasz", "Nguyễn", "Zoë");

    @RegisterExtension
    static final LiveServer live = new LiveServer();

    @Test
    void theDilemmaGamesPdfHoldsTheRoundTheTallyTheChoicesPerPerspectiveAndTheLeadingValues() {
        try (Room room = Room.open(new JsonObject().put("format", "dilemma").put("title", TITLE)
                .put("options", new JsonObject().put("autoRun", false)))) {
            room.f.ack("tables.arrange", new JsonObject().put("maxSize", 5));
            room.go("draw");
            room.go("share");
            for (LiveClient p : room.people) {
                p.ack("dilemma.values", new JsonObject().put("values", new JsonArray().add("autonomie"))
                        .put("other", new JsonArray()).put("note", "€ – „ja”"));
            }
            room.go("choose");
            for (LiveClient p : room.people) p.ack("dilemma.choose", new JsonObject().put("choice", "middle").put("reason", "Samen – ja"));
            room.go("lead");
            room.people.get(0).ack("dilemma.lead", new JsonObject().put("value", "autonomie"));
            room.go("plenary");

            String text = report(room.created, "dilemma-report");
            for (String part : List.of("Dilemmaspel", "Ronde 1", "Leidende waarden", "Perspectief", "Tussenweg", "Autonomie")) {
                assertTrue(flat(text).contains(part), "the dilemma report names '" + part + "':\n" + text);
            }
            String english = pdfText(export(room.created, "report.pdf?lang=en"));
            assertTrue(flat(english).contains("Leading values"), "in English when asked:\n" + english);
        }
    }

    @Test
    void theCardGamesPdfHoldsEachCardsSpreadAndTheInsights() {
        try (Room room = Room.open(new JsonObject().put("format", "cards").put("pack", "kaartspel-mantelzorg")
                .put("title", TITLE).put("options", new JsonObject().put("types", new JsonArray().add("knowledge"))))) {
            room.f.ack("tables.arrange", new JsonObject().put("maxSize", 5));
            room.go("play");
            room.f.ack("cards.draw", new JsonObject().put("game", "t1"));
            for (LiveClient p : room.people) p.ack("cards.answer", new JsonObject().put("game", "t1").put("play", 1).put("option", "a"));
            room.people.get(1).ack("cards.insight", new JsonObject().put("game", "t1").put("text", "Nguyễn: „eerst luisteren” – €0"));
            room.f.ack("cards.finish", new JsonObject().put("game", "t1").put("play", 1));

            String text = report(room.created, "cards-report");
            assertTrue(flat(text).contains("Nguyễn: „eerst luisteren” – €0"), "the insight, as typed:\n" + text);
            assertTrue(flat(text).contains("3 antwoorden"), "the spread counts the three answers:\n" + text);
            assertTrue(flat(text).contains("Kaartspel"), text);
        }
    }

    @Test
    void theSpearheadsActionListPrintsEveryCharacterAndThePrintViewsHtmlEscapesMarkup() {
        try (Room room = Room.open(new JsonObject().put("format", "spearheads").put("pack", "speerpunten")
                .put("title", TITLE).put("options", new JsonObject().put("spearheads", new JsonArray().add("kennis-visie"))))) {
            spearheadsExports(room.created, room.f);
        }
    }

    private static void spearheadsExports(JsonObject created, LiveClient f) {
        String code = created.getString("code");
        f.ack("spearheads.action.add", new JsonObject().put("spearhead", "kennis-visie")
                .put("what", "Łukasz belt „de wijkverpleging” – €0").put("whoText", "Nguyễn"));
        f.ack("note.add", new JsonObject().put("board", "plenary").put("column", "later").put("text", "<b>vet</b> & zo"));

        String actions = pdfText(export(created, "actions.pdf"));
        assertTrue(flat(actions).contains("Łukasz belt „de wijkverpleging” – €0"), "the action as typed:\n" + actions);
        assertTrue(flat(actions).contains("Nguyễn"), actions);
        assertUnicode(pdfText(export(created, "report.pdf")));

        HttpResponse<Buffer> html = TestServer.await(live.server().http.get(live.server().port(), "localhost",
                        "/api/sessions/" + code + "/export/report.html")
                .putHeader("authorization", "Bearer " + created.getString("facilitatorToken")).send());
        assertEquals(200, html.statusCode());
        assertTrue(html.getHeader("content-type").startsWith("text/html"));
        String page = html.bodyAsString(StandardCharsets.UTF_8.name());
        assertTrue(page.contains("&lt;b&gt;vet&lt;/b&gt; &amp; zo"), "a note's markup is text in the print view:\n" + page);
        assertFalse(page.contains("<b>vet"), page);
    }

    /** A session of {@code body} with its facilitator attached and {@link #NAMES} joined. */
    private record Room(JsonObject created, LiveClient f, JsonObject welcome, List<LiveClient> people) implements AutoCloseable {

        static Room open(JsonObject body) {
            JsonObject created = live.server().createSession(body);
            String code = created.getString("code");
            LiveClient f = live.server().client();
            JsonObject welcome = f.attach(code, created.getString("facilitatorToken"), 0);
            List<LiveClient> people = new ArrayList<>();
            for (String name : NAMES) {
                LiveClient c = live.server().client();
                c.join(code, name);
                people.add(c);
            }
            return new Room(created, f, welcome, people);
        }

        /** The facilitator moves to the first step of {@code kind}. */
        void go(String kind) {
            JsonArray steps = welcome.getJsonObject("snapshot").getJsonObject("agenda").getJsonArray("steps");
            for (int i = 0; i < steps.size(); i++) {
                if (steps.getJsonObject(i).getString("kind").equals(kind)) {
                    f.ack("step.goto", new JsonObject().put("index", i));
                    return;
                }
            }
            throw new AssertionError("no step " + kind + " in " + steps);
        }

        @Override
        public void close() {
            people.forEach(LiveClient::close);
            f.close();
        }
    }

    /** The session's report.pdf, its first page kept as {@code png}, as text with the title and names checked. */
    private static String report(JsonObject created, String png) {
        byte[] pdf = export(created, "report.pdf");
        firstPagePng(pdf, png);
        String text = pdfText(pdf);
        assertUnicode(text);
        return text;
    }

    private static byte[] export(JsonObject created, String name) {
        HttpResponse<Buffer> r = TestServer.await(live.server().http.get(live.server().port(), "localhost",
                        "/api/sessions/" + created.getString("code") + "/export/" + name)
                .putHeader("authorization", "Bearer " + created.getString("facilitatorToken")).send());
        assertEquals(200, r.statusCode(), name + ": " + r.bodyAsString());
        return r.body().getBytes();
    }

    /** The title and the names, as typed (the fonts are checked in {@link #pdfText}). */
    private static void assertUnicode(String text) {
        assertTrue(flat(text).contains(TITLE), "the title with „quotes”, – and €:\n" + text);
        for (String name : NAMES) assertTrue(text.contains(name), name + " prints:\n" + text);
    }

    /** The text of a PDF whose every font is an embedded DejaVu. */
    static String pdfText(byte[] bytes) {
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), "font " + font.getName() + " is embedded");
                    assertTrue(font.getName().contains("DejaVu"), "DejaVu, not " + font.getName());
                }
            }
            return new PDFTextStripper().getText(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first page as a PNG in target/screenshots/ReportPdfTest/, for a person to look at. */
    static void firstPagePng(byte[] bytes, String name) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 90);
            Path out = Path.of("target", "screenshots", "ReportPdfTest");
            java.nio.file.Files.createDirectories(out);
            javax.imageio.ImageIO.write(image, "png", out.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
