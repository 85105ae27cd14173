package nl.samenspel.e2e;

import static nl.samenspel.e2e.WorkshopSteps.assertHidden;
import static nl.samenspel.e2e.WorkshopSteps.awaitTimerStatus;
import static nl.samenspel.e2e.WorkshopSteps.js;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.samenspel.testing.Browser;
import nl.samenspel.testing.BrowserStage;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The facilitator's console in real browsers (issue 14): the report exported and printed from
 * every format, Start and the one button that moves on, only the controls a format uses, the
 * language switch redrawing the set-up, and join links that follow the browser's address.
 */
class WorkshopConsoleBrowserTest {

    @RegisterExtension final BrowserStage stage = new BrowserStage();

    /** Items 1 and 2: every format's console exports the report (PDF, Markdown, JSON, its CSV) and opens the print view. */
    @Test
    void everyConsoleExportsTheFullReportAndOpensThePrintView() {
        String title = "„Samen beslissen” – €5 per uur";
        TestServer server = stage.server();
        Browser laptop = stage.laptop();
        for (String format : List.of("dilemma", "cards", "open", "spearheads")) {
            JsonObject body = new JsonObject().put("format", format).put("title", title);
            if (format.equals("cards")) body.put("pack", "kaartspel-mantelzorg");
            if (format.equals("spearheads")) body.put("pack", "speerpunten");
            JsonObject created = server.createSession(body);
            LiveClient lukasz = server.client();
            lukasz.join(created.getString("code"), "Łukasz");
            laptop.go(created.getString("facilitatorUrl"));
            laptop.awaitText("participant-count", "1");
            if (format.equals("spearheads")) {
                laptop.await(d -> d.findElements(By.cssSelector(".sp-exports")).isEmpty() ? null : true);
                assertTrue(laptop.all("exports").isEmpty(), "spearheads keep their own export card, not a second one");
                lukasz.close();
                continue;
            }
            laptop.centre("exports");
            laptop.screenshot("exports-" + format);
            js(laptop, """
                    window.__exports = [];
                    const plain = window.fetch;
                    window.fetch = async (...args) => {
                      const res = await plain(...args);
                      if (String(args[0]).includes('/export/')) window.__exports.push(
                        [String(args[0]).replace(/.*\\/export\\//, '').replace(/\\?.*/, ''), res.status, res.headers.get('content-type')]);
                      return res;
                    };""");
            List<String> names = new ArrayList<>(List.of("report.pdf", "report.md", "report.json"));
            if (!format.equals("open")) names.add(format + ".csv");
            for (String name : names) laptop.click("export-" + name.replace('.', '-'));
            @SuppressWarnings("unchecked")
            List<List<Object>> fetched = laptop.await(d -> {
                List<List<Object>> seen = (List<List<Object>>) js(laptop, "return window.__exports");
                return seen.size() == names.size() ? seen : null;
            });
            for (List<Object> f : fetched) {
                assertEquals(200L, f.get(1), format + ": " + f);
                String file = (String) f.get(0);
                String expected = file.endsWith(".pdf") ? "application/pdf" : file.endsWith(".md") ? "text/markdown"
                        : file.endsWith(".json") ? "application/json" : "text/csv";
                assertTrue(((String) f.get(2)).startsWith(expected), format + ": " + f);
            }
            assertEquals(new HashSet<>(names), new HashSet<>(fetched.stream().map(f -> (String) f.get(0)).toList()));
            String print = laptop.read(Browser.testid("export-print"), e -> e.getDomProperty("href"));
            laptop.go(print);
            laptop.awaitContaining("print-report", title);
            laptop.awaitContaining("print-report", format.equals("dilemma") ? "Dilemmaspel" : format.equals("cards") ? "Kaartspel" : "Sessie");
            laptop.screenshot("print-" + format);
            lukasz.close();
        }
    }

    /**
     * Items 4 to 7: the card game's Start makes tables first; a console shows only the controls
     * its format uses; one button moves on in every format; a spearheads phone does not wait
     * for tables that never come.
     */
    @Test
    void startMakesTablesOnlyUsedControlsShowAndOneButtonMovesOn() {
        TestServer server = stage.server();
        Browser laptop = stage.laptop();
        Browser phone = stage.phone();
        // The card game: no role buttons; Start with nobody at a table seats everyone, then plays.
        JsonObject cards = server.createSession(new JsonObject().put("format", "cards").put("pack", "kaartspel-mantelzorg")
                .put("title", "Kaartspel"));
        List<LiveClient> people = new ArrayList<>();
        for (String name : List.of("Anna", "Bram", "Cor")) {
            LiveClient c = server.client();
            c.join(cards.getString("code"), name);
            people.add(c);
        }
        laptop.go(cards.getString("facilitatorUrl"));
        laptop.awaitText("participant-count", "3");
        laptop.find("arrange-tables");
        assertHidden(laptop, "deal-roles", "the card game has no roles to deal");
        assertHidden(laptop, "reveal-roles", "the card game has no roles to reveal");
        laptop.find("cards-start-tables");
        laptop.centre("cards-start");
        laptop.screenshot("controls-cards-before-start");
        laptop.click("cards-start");
        laptop.await(d -> d.findElements(Browser.testid("table-card")).size() == 1 ? true : null);
        awaitTimerStatus(laptop, "running");
        laptop.await(d -> d.findElements(Browser.testid("cards-start")).isEmpty() ? true : null);
        assertHidden(laptop, "deal-table", "no role buttons on a card game's table");
        laptop.screenshot("controls-cards-started");
        people.forEach(LiveClient::close);

        // The foundation has roles: its buttons are there.
        JsonObject open = server.createSession(new JsonObject().put("format", "open").put("title", "Basis"));
        laptop.go(open.getString("facilitatorUrl"));
        laptop.find("deal-roles");
        laptop.find("reveal-roles");

        // Spearheads without table flip-overs: no tables card, and the phone does not wait for one.
        JsonObject sp = server.createSession(new JsonObject().put("format", "spearheads").put("pack", "speerpunten")
                .put("title", "Speerpunten").put("options", new JsonObject()
                        .put("spearheads", new JsonArray().add("kennis-visie").add("rol-professional"))));
        laptop.go(sp.getString("facilitatorUrl"));
        phone.go("http://localhost:" + server.port() + "/j/" + sp.getString("code"));
        phone.type("join-name", "Anna");
        phone.click("join-submit");
        phone.awaitText("me-label", "Anna");
        laptop.awaitText("participant-count", "1");
        assertHidden(laptop, "tables-card", "spearheads without table flip-overs show no tables card");
        String said = phone.read(By.tagName("body"), WebElement::getText);
        assertTrue(!said.contains("deelt zo de tafels in") && !said.contains("Nog geen envelop"),
                "the spearheads phone waits for no tables or envelopes:\n" + said);
        phone.screenshot("controls-spearheads-phone");

        // One button moves on: each press makes the next step current with its clock running.
        JsonArray steps;
        try (LiveClient f = server.client()) {
            steps = f.attach(sp.getString("code"), sp.getString("facilitatorToken"), 0).getJsonObject("snapshot")
                    .getJsonObject("agenda").getJsonArray("steps");
        }
        laptop.click("timer-start");
        awaitTimerStatus(laptop, "running");
        for (int i = 1; i < steps.size(); i++) {
            String title = steps.getJsonObject(i).getJsonObject("title").getString("nl");
            laptop.awaitContaining("step-next", title);
            laptop.click("step-next");
            laptop.await(d -> title.equals(d.findElement(By.cssSelector(".clock__step")).getText().trim()) ? true : null);
            awaitTimerStatus(laptop, "running");
            phone.awaitContaining("step-title", title);
        }
        assertHidden(laptop, "step-next", "after the last step there is no next one");
        laptop.screenshot("controls-spearheads-last-step");
    }

    /** Item 15: switching to English redraws the set-up panel (keeping what was chosen) and names an untitled session in English. */
    @Test
    void switchingLanguageRedrawsTheSetUpPanelAndTheDefaultTitle() {
        TestServer server = stage.server();
        Browser laptop = stage.laptop();
        JsonObject catalogue = TestServer.await(server.http.get(server.port(), "localhost", "/api/catalogue").send()).bodyAsJsonObject();
        String english = catalogue.getJsonArray("formats").stream().map(o -> (JsonObject) o)
                .filter(f -> f.getString("id").equals("cards")).findFirst().orElseThrow()
                .getJsonObject("title").getString("en");
        laptop.go("http://localhost:" + server.port() + "/");
        laptop.await(d -> d.findElements(By.cssSelector("[data-testid=\"create-format\"] option[value=\"cards\"]")).isEmpty() ? null : true);
        laptop.select("create-format", "cards");
        laptop.awaitContaining("cards-setup", "Het kaartspel");
        By seconds = By.cssSelector("[data-testid=cards-setup-seconds-knowledge]");
        laptop.read(seconds, e -> {
            e.clear();
            e.sendKeys("120");
            return true;
        });
        laptop.click("lang-toggle");
        laptop.awaitContaining("cards-setup", "The card game");
        assertFalse(laptop.text("cards-setup").contains("Het kaartspel"), "no Dutch left in the set-up panel");
        assertEquals("120", laptop.read(seconds, e -> e.getDomProperty("value")), "the choice survives the switch");
        laptop.screenshot("start-english-setup");
        laptop.click("create-submit");
        laptop.find("created-code");
        laptop.click("open-facilitator");
        laptop.find("cards-console");
        laptop.await(d -> d.getTitle().contains(english) ? true : null);
    }

    /**
     * Item 16: with only the loopback default as public address, links and QR code follow the
     * address the facilitator's browser used, and the console warns while that is loopback. The
     * laptop's "network name" is samenspel.test, mapped to 127.0.0.1 inside Chromium only.
     */
    @Test
    void joinLinksFollowTheBrowsersAddressAndLoopbackIsWarnedAbout() {
        TestServer server = stage.server();
        Browser laptop = stage.open(1366, 768, "--host-resolver-rules=MAP samenspel.test 127.0.0.1");
        int port = server.port();
        JsonObject created = server.createSession(new JsonObject().put("format", "open").put("title", "Zaal"));
        String code = created.getString("code");
        laptop.go(created.getString("facilitatorUrl"));
        laptop.awaitContaining("join-loopback-warning", "werkt alleen op deze computer");
        laptop.screenshot("join-loopback-warning");

        String lan = "samenspel.test:" + port;
        laptop.go("http://" + lan + "/f/" + code + "#" + created.getString("facilitatorToken"));
        laptop.awaitText("code", code);
        laptop.await(d -> d.findElement(By.cssSelector(".join-info__link")).getText().trim().equals(lan + "/j/" + code) ? true : null);
        assertTrue(laptop.all("join-loopback-warning").isEmpty(), "no warning at a network address");
        String qrInPage = (String) ((JavascriptExecutor) laptop.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('[data-testid="qr"]').src).then((r) => r.text()).then(done);""");
        assertEquals(nl.samenspel.http.QrCodes.svg("http://" + lan + "/j/" + code), qrInPage,
                "the console's QR code holds the network address");
        laptop.screenshot("join-network-address");

        // The API answers in kind: a session made from the network address links there.
        JsonObject answer = TestServer.await(server.http.post(port, "localhost", "/api/sessions").putHeader("host", lan)
                .sendJsonObject(new JsonObject().put("format", "open"))).bodyAsJsonObject();
        assertEquals("http://" + lan + "/j/" + answer.getString("code"), answer.getString("joinUrl"));
    }
}
