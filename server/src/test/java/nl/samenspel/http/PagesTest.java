package nl.samenspel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.Samenspel;
import nl.samenspel.format.Format;
import nl.samenspel.testing.LiveServer;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web client has two pages: index.html for the start page, the live views and the library,
 * print.html for every print view. Each path a link points at (today's and the addresses
 * clients opened before the pages were merged) answers with its page, and everything a page
 * loads is there.
 */
class PagesTest {

    @RegisterExtension
    static final LiveServer live = new LiveServer();

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/[^\"]+)\"");

    private static HttpResponse<Buffer> get(String path) {
        return TestServer.await(live.server().http.get(live.server().port(), "localhost", path).send());
    }

    private static void assertPage(String path, String script) {
        HttpResponse<Buffer> r = get(path);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.bodyAsString().contains("<script type=\"module\" src=\"" + script + "\">"), path + ": " + r.bodyAsString());
    }

    @Test
    void everyViewOfTheAppIsTheOnePageAndItsScriptStartsTheViewThePathNames() {
        for (String path : List.of("/", "/j", "/j/ABC123", "/f/ABC123", "/p/ABC123", "/bibliotheek")) {
            assertPage(path, "/js/app.js");
        }
        assertTrue(get("/").bodyAsString().contains("<link rel=\"stylesheet\" href=\"/css/library.css\">"),
                "the library's styles load with the page, not after its view starts");
    }

    @Test
    void theLibraryIsKeptOutOfSearchEnginesAndTheStartPageIsNot() {
        assertEquals("noindex", get("/bibliotheek").getHeader("x-robots-tag"));
        assertNull(get("/").getHeader("x-robots-tag"));
    }

    @Test
    void everyPrintLinkIsThePrintPageAndNoOtherPrintPathIs() {
        for (String path : List.of("/print/report.html", "/print/spearheads.html")) {
            assertPage(path, "/js/print.js");
        }
        // A mistyped or invented print link is not found, rather than an empty print page.
        for (String path : List.of("/print/raport.html", "/print/dilemma.html", "/print/report", "/print/Report.html")) {
            assertEquals(404, get(path).statusCode(), path);
        }
    }

    @Test
    void everythingAPageLoadsIsThere() {
        for (String page : List.of("/", "/print/report.html")) {
            Matcher m = ASSET.matcher(get(page).bodyAsString());
            int assets = 0;
            while (m.find()) {
                assertEquals(200, get(m.group(1)).statusCode(), page + " loads " + m.group(1));
                assets++;
            }
            assertTrue(assets >= 3, page + ": icon, stylesheet and script");
        }
        for (String module : List.of("/js/print-report.js", "/js/formats/spearheads/print.js", "/js/views/library.js")) {
            assertEquals(200, get(module).statusCode(), module);
        }
    }

    @Test
    void everyFormatsPlugInIsInItsFolderAndWhereAnOlderClientLooksForIt() {
        for (Format format : Samenspel.formats().all()) {
            assertEquals(200, get("/js/formats/" + format.id() + "/index.js").statusCode(), format.id());
        }
        // A browser that loaded the client before the plug-ins were folders imports /js/formats/<id>.js
        // for the formats it knew then.
        for (String format : List.of("cards", "dilemma", "spearheads", "open")) {
            HttpResponse<Buffer> old = get("/js/formats/" + format + ".js");
            assertEquals(200, old.statusCode(), format);
            assertTrue(old.bodyAsString().contains("export { default } from './" + format + "/index.js';"), old.bodyAsString());
        }
    }
}
