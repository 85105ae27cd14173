package nl.samenspel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.samenspel.testing.Browser;
import nl.samenspel.testing.BrowserStage;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 14 walked through in real browsers, one session per format: every step of every format
 * on a phone at 320 and 390 px, with the longest role dealt and a 60-letter word in every place
 * people type, must never scroll sideways. Screenshots: target/screenshots/WorkshopUxBrowserTest/.
 */
class WorkshopUxBrowserTest {

    /** Sixty letters without a break: what a URL or a compound word does to a narrow card. */
    static final String WORD = "Mantelzorgondersteuningsprogrammacoordinatorenoverlegverslag";
    /** The longest first name the join form takes (40), without a space either. */
    static final String NAME = "Wilhelminaalexandrabeatrixjulianaamaliaa";
    /** The longest role of the "perspectieven" set (seven roles), dealt for sure when seven sit at one table. */
    static final String LONGEST_ROLE = "Specialist ouderengeneeskunde";
    /** Everyone at one table: the phone and six others, one for each role of the set. */
    static final int AT_THE_TABLE = 7;
    static final int[] WIDTHS = {320, 390};

    @RegisterExtension final BrowserStage stage = new BrowserStage();

    /** One session: its facilitator on a websocket, five others, and the one real phone. */
    private static final class Run {
        final TestServer server;
        final String code;
        final String token;
        final LiveClient facilitator;
        final List<LiveClient> others = new ArrayList<>();
        final Browser phone;
        final Set<String> boardsWithWord = new HashSet<>();
        final String format;

        Run(TestServer server, String format, JsonObject created, Browser phone) {
            this.server = server;
            this.format = format;
            this.code = created.getString("code");
            this.token = created.getString("facilitatorToken");
            this.facilitator = server.client();
            facilitator.attach(code, token, 0);
            this.phone = phone;
        }

        /** The facilitator's whole snapshot now, from a fresh connection. */
        JsonObject snapshot() {
            try (LiveClient c = server.client()) {
                return c.attach(code, token, 0).getJsonObject("snapshot");
            }
        }

        /** The long word on every open flip-over, once per board, by one of the others. */
        void wordOnEveryBoard() {
            for (Object o : snapshot().getJsonArray("boards")) {
                JsonObject board = (JsonObject) o;
                if (!boardsWithWord.add(board.getString("id"))) continue;
                JsonArray columns = board.getJsonArray("columns");
                if (columns.isEmpty()) continue;
                facilitator.command("note.add", new JsonObject().put("board", board.getString("id"))
                        .put("column", columns.getJsonObject(0).getString("id")).put("text", WORD + " " + WORD));
            }
        }
    }

    @Test
    void longWordsAndTheLongestRoleNeverMakeAPhoneScrollSideways() {
        TestServer server = stage.server(new JsonObject().put("timeScale", 0.02));
        Browser phone = stage.phone();
        for (String format : List.of("open", "dilemma", "cards", "spearheads")) {
            JsonObject body = new JsonObject().put("format", format).put("title", WORD);
            if (format.equals("dilemma")) body.put("options", new JsonObject().put("autoRun", false));
            if (format.equals("cards")) body.put("pack", "kaartspel-mantelzorg");
            if (format.equals("spearheads")) body.put("pack", "speerpunten");
            Run run = new Run(server, format, server.createSession(body), phone);
            walk(run);
            run.others.forEach(LiveClient::close);
            run.facilitator.close();
        }
    }

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

    /**
     * Items 8 to 10: the countdown stays in view on the phone while typing; the end of a step
     * is signalled without covering the step and goes when the next one is on; a screen reader
     * hears each new step and the time left at sensible moments, never every second.
     */
    @Test
    void theCountdownStaysInViewTheEndSignalNeverHidesTheNextStepAndAnnouncementsAreSparse() {
        TestServer server = stage.server();
        Browser phone = stage.phone();
        JsonObject created = server.createSession(new JsonObject().put("format", "open").put("title", "Klok"));
        LiveClient f = server.client();
        JsonArray steps = f.attach(created.getString("code"), created.getString("facilitatorToken"), 0)
                .getJsonObject("snapshot").getJsonObject("agenda").getJsonArray("steps");
        String talk = steps.getJsonObject(1).getJsonObject("title").getString("nl");
        String plenary = steps.getJsonObject(2).getJsonObject("title").getString("nl");
        phone.go(created.getString("joinUrl"));
        phone.type("join-name", "Anna");
        phone.click("join-submit");
        phone.awaitText("me-label", "Anna");
        // Item 17: after joining, focus is on the screen's content; one Shift+Tab and Enter reach the note field.
        phone.await(d -> "step-title".equals(js(phone, "return document.activeElement.dataset.testid")) ? true : null);
        phone.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.SHIFT, org.openqa.selenium.Keys.TAB));
        assertEquals("skip-to-note", js(phone, "return document.activeElement.dataset.testid"), "the skip link comes first");
        phone.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        assertEquals("note-input", js(phone, "return document.activeElement.dataset.testid"), "the skip link lands in the note field");
        js(phone, """
                window.__said = [];
                const live = document.querySelector('[data-testid="timer-announcer"]');
                new MutationObserver(() => { if (live.textContent) window.__said.push(live.textContent); })
                  .observe(live, {childList: true, characterData: true, subtree: true});""");

        // A step of 62 seconds: its start is announced, then the whole minute, and nothing in between.
        f.ack("step.goto", new JsonObject().put("index", 1));
        f.ack("timer.start", new JsonObject().put("seconds", 62));
        phone.awaitContaining("step-title", talk);
        awaitSaid(phone, "Nog 01:00.");
        // Typing a note far down the page: the compact countdown is still in view.
        phone.centre("note-input");
        phone.read(Browser.testid("note-input"), e -> {
            e.sendKeys("Samen eten");
            return true;
        });
        WebElementBox box = box(phone, "timer-compact");
        assertTrue(box.top >= 0 && box.bottom <= box.viewport && box.height > 0,
                "the compact countdown is in view while typing: " + box);
        String compact = phone.text("timer-compact").trim();
        assertTrue(compact.matches("0[01]:\\d\\d"), "the compact countdown shows the time: " + compact);
        phone.screenshot("timer-compact-while-typing");
        // Touch targets: with a note of her own (edit and remove) every button on the phone is 44 by 44 px or more.
        phone.click("note-submit");
        phone.awaitText("note-text", "Samen eten");
        List<String> small = phone.smallTargets("button, a.btn, [role=\"tab\"], summary");
        assertEquals(List.of(), small, "touch targets under 44 by 44 px");

        // A 12-second run to its end: three announcements (start, ten seconds, time up), not twelve.
        f.ack("step.goto", new JsonObject().put("index", 1));
        js(phone, "window.__said = []");
        f.ack("timer.start", new JsonObject().put("seconds", 12));
        awaitSaid(phone, "De tijd is om.");
        @SuppressWarnings("unchecked")
        List<String> said = (List<String>) js(phone, "return window.__said");
        assertTrue(said.contains("Nog 00:10."), "ten seconds left is announced: " + said);
        assertTrue(said.size() <= 4, "a few announcements, never one per second: " + said);

        // The end signal: it names the step that ended, and covers neither the step nor its timer.
        WebElementBox banner = box(phone, "end-banner");
        assertTrue(phone.read(By.cssSelector(".end-banner"), WebElement::getText).contains(talk));
        js(phone, "window.scrollTo(0, 0)");
        WebElementBox title = box(phone, "step-title");
        WebElementBox timer = box(phone, "timer");
        banner = box(phone, "end-banner");
        assertTrue(banner.top >= title.bottom && banner.top >= timer.bottom,
                "the end banner covers the step or its timer: banner " + banner + ", title " + title + ", timer " + timer);
        phone.screenshot("timer-ended-banner");

        // The next step is on: the banner goes at once and the new step is announced.
        f.ack("step.goto", new JsonObject().put("index", 2));
        f.ack("timer.start", new JsonObject());
        phone.awaitContaining("step-title", plenary);
        phone.await(d -> d.findElements(By.cssSelector(".end-banner")).stream().noneMatch(e -> e.isDisplayed()) ? true : null);
        awaitSaid(phone, "Nieuwe stap: " + plenary);
        awaitSaid(phone, "De tijd loopt: ");
        phone.screenshot("timer-next-step");
        f.close();
    }

    /**
     * Items 12 to 14 on a spearheads session: the phone's tabs are one row and the parking lot's
     * tab says so; one dot is "1 stip" on the console and in the print view; the closing table
     * reads at 360 px, names across the card and every cell labelled.
     */
    @Test
    void spearheadsTabsDotsAndTheClosingTableReadOnAPhone() {
        TestServer server = stage.server();
        Browser laptop = stage.laptop();
        Browser phone = stage.open(360, 800);
        JsonObject created = server.createSession(new JsonObject().put("format", "spearheads").put("pack", "speerpunten")
                .put("title", "Speerpunten"));
        String code = created.getString("code");
        LiveClient f = server.client();
        JsonObject snapshot = f.attach(code, created.getString("facilitatorToken"), 0).getJsonObject("snapshot");
        JsonArray steps = snapshot.getJsonObject("agenda").getJsonArray("steps");
        String parking = snapshot.getJsonArray("boards").stream().map(o -> (JsonObject) o)
                .filter(b -> b.getString("id").equals("plenary")).findFirst().orElseThrow()
                .getJsonObject("title").getString("nl");
        phone.go(created.getString("joinUrl"));
        phone.type("join-name", "Anna");
        phone.click("join-submit");
        phone.awaitText("me-label", "Anna");
        LiveClient bram = server.client();
        bram.join(code, "Bram");
        laptop.go(created.getString("facilitatorUrl"));
        laptop.awaitText("participant-count", "2");

        int spearhead = -1;
        int closing = -1;
        for (int i = 0; i < steps.size(); i++) {
            String kind = steps.getJsonObject(i).getString("kind");
            if (kind.equals("spearhead") && spearhead < 0) spearhead = i;
            if (kind.equals("closing")) closing = i;
        }
        String id = steps.getJsonObject(spearhead).getString("id");
        f.ack("step.goto", new JsonObject().put("index", spearhead));
        JsonObject note = bram.ack("note.add", new JsonObject().put("board", "plenary/" + id).put("column", "actions")
                .put("text", "Factsheet delen"));
        String noteId = bram.event("note.upserted", d -> d.getJsonObject("note").getString("text").equals("Factsheet delen"))
                .getJsonObject("data").getJsonObject("note").getString("id");
        bram.ack("vote.add", new JsonObject().put("board", "plenary/" + id).put("note", noteId));
        assertTrue(note.containsKey("seq"));
        laptop.awaitContaining("sp-action-notes", "1 stip");
        assertTrue(!laptop.text("sp-action-notes").contains("1 stippen"), "one dot is '1 stip'");

        // The phone's tabs: one row, and the parking lot named as its board is.
        phone.await(d -> d.findElements(Browser.testid("board-tab")).size() >= 2 ? true : null);
        @SuppressWarnings("unchecked")
        List<Object> tabs = (List<Object>) js(phone, """
                return [...document.querySelectorAll('[data-testid="board-tab"]')].map((t) => [t.dataset.board, t.textContent.trim(), t.offsetTop]);""");
        assertEquals(1, tabs.stream().map(t -> ((List<?>) t).get(2)).distinct().count(), "the tabs are one row: " + tabs);
        assertTrue(tabs.stream().anyMatch(t -> ((List<?>) t).get(0).equals("plenary") && ((List<?>) t).get(1).equals(parking)),
                "the parking lot's tab says '" + parking + "': " + tabs);
        phone.centre("board-tab");
        phone.screenshot("spearheads-tabs-360");

        // The print view counts one dot as one.
        String print = laptop.read(Browser.testid("sp-print"), e -> e.getDomProperty("href"));

        // The closing table at 360 px: names across the card, each cell labelled.
        f.ack("step.goto", new JsonObject().put("index", closing));
        phone.find("sp-closing");
        @SuppressWarnings("unchecked")
        List<Object> rows = (List<Object>) js(phone, """
                return [...document.querySelectorAll('[data-testid="sp-closing-row"]')].map((row) => [
                  row.querySelector('th').getBoundingClientRect().width / window.innerWidth,
                  [...row.querySelectorAll('td')].map((td) => getComputedStyle(td, '::before').content)]);""");
        assertFalse(rows.isEmpty());
        for (Object o : rows) {
            List<?> row = (List<?>) o;
            assertTrue(((Number) row.get(0)).doubleValue() > 0.6, "a spearhead's name spans the card: " + rows);
            for (Object label : (List<?>) row.get(1)) {
                assertTrue(label.equals("\"Stand van zaken\"") || label.equals("\"Actielijst\""), "every cell has its label: " + rows);
            }
        }
        phone.centre("sp-closing");
        phone.screenshot("spearheads-closing-360");

        laptop.go(print);
        laptop.await(d -> d.findElement(By.tagName("body")).getText().contains("Factsheet delen (1 stip)") ? true : null);
        bram.close();
        f.close();
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

    private record WebElementBox(double top, double bottom, double height, double viewport) { }

    /** The box of the first visible element with this test id (or class, for the end banner). */
    private static WebElementBox box(Browser b, String id) {
        String css = id.equals("end-banner") ? ".end-banner" : "[data-testid=\"" + id + "\"]";
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) b.await(d -> js(b, """
                const e = [...document.querySelectorAll(arguments[0])].find((x) => x.getClientRects().length);
                if (!e) return null;
                const r = e.getBoundingClientRect();
                return [r.top, r.bottom, r.height, window.innerHeight];""", css));
        return new WebElementBox(r.get(0).doubleValue(), r.get(1).doubleValue(), r.get(2).doubleValue(), r.get(3).doubleValue());
    }

    private static void awaitSaid(Browser b, String start) {
        b.await(d -> {
            @SuppressWarnings("unchecked")
            List<String> said = (List<String>) js(b, "return window.__said");
            return said.stream().anyMatch(x -> x.startsWith(start)) ? true : null;
        });
    }

    private static void assertHidden(Browser b, String testid, String why) {
        assertFalse(b.shown(testid), why);
    }

    private static void awaitTimerStatus(Browser b, String status) {
        b.await(d -> d.findElements(Browser.testid("timer")).stream()
                .anyMatch(e -> e.isDisplayed() && status.equals(e.getDomAttribute("data-status"))) ? true : null);
    }

    /** The revealed list's text, found and read in one try: the phone redraws it on every change. */
    private static String revealed(Browser phone) {
        return phone.await(d -> d.findElement(By.cssSelector(".revealed")).getText());
    }

    private void walk(Run run) {
        Browser phone = run.phone;
        phone.driver.manage().window().setSize(new Dimension(390, 844));
        phone.go("http://localhost:" + run.server.port() + "/j/" + run.code);
        phone.type("join-name", NAME);
        phone.click("join-submit");
        phone.awaitText("me-label", NAME);
        for (int i = 0; i < AT_THE_TABLE - 1; i++) {
            LiveClient c = run.server.client();
            c.join(run.code, WORD.substring(0, 20 + i));
            run.others.add(c);
        }
        checkEveryView(run, "joined");
        boolean tables = !run.format.equals("spearheads");
        if (tables) {
            run.facilitator.ack("tables.arrange", new JsonObject().put("maxSize", AT_THE_TABLE));
            phone.awaitText("table-number", "1");
        }
        if (run.format.equals("open")) {
            run.facilitator.ack("roles.deal", new JsonObject());
            phone.click("envelope");
            phone.find("role-title");
            run.facilitator.ack("roles.reveal", new JsonObject());
            phone.await(d -> d.findElements(By.cssSelector(".revealed__item")).size() == AT_THE_TABLE ? true : null);
            assertTrue(revealed(phone).contains(LONGEST_ROLE),
                    "seven at one table hold all seven roles, the longest among them");
        }
        run.wordOnEveryBoard();
        JsonArray steps = run.snapshot().getJsonObject("agenda").getJsonArray("steps");
        for (int i = 0; i < steps.size(); i++) {
            JsonObject step = steps.getJsonObject(i);
            run.facilitator.ack("step.goto", new JsonObject().put("index", i));
            String title = step.getJsonObject("title").getString("nl");
            phone.await(d -> d.findElements(Browser.testid("step-title")).stream()
                    .anyMatch(e -> e.getText().contains(title)) ? true : null);
            duringStep(run, step);
            run.wordOnEveryBoard();
            checkEveryView(run, String.format("%02d-%s", i, step.getString("kind")));
        }
    }

    /** What people type in each format's own parts, with the long word in it. */
    private void duringStep(Run run, JsonObject step) {
        String kind = step.getString("kind");
        List<LiveClient> others = run.others;
        switch (run.format) {
            case "dilemma" -> {
                if (kind.equals("draw")) {
                    run.phone.click("envelope");
                    run.phone.find("role-title");
                }
                if (kind.equals("share")) {
                    for (LiveClient c : others) {
                        c.command("dilemma.values", new JsonObject().put("values", new JsonArray().add("autonomie"))
                                .put("other", new JsonArray().add(WORD)).put("note", WORD + " " + WORD));
                    }
                }
                if (kind.equals("choose")) {
                    for (LiveClient c : others) {
                        c.command("dilemma.choose", new JsonObject().put("choice", "middle").put("reason", WORD));
                    }
                }
                if (kind.equals("lead")) others.get(0).command("dilemma.lead", new JsonObject().put("text", WORD));
                if (kind.equals("reveal")) {
                    run.phone.await(d -> d.findElements(By.cssSelector(".revealed__item")).size() == AT_THE_TABLE ? true : null);
                    assertTrue(revealed(run.phone).contains(LONGEST_ROLE),
                            "seven at one table hold all seven perspectives, the longest among them");
                }
            }
            case "cards" -> {
                if (kind.equals("play")) {
                    run.facilitator.ack("cards.draw", new JsonObject().put("game", "t1"));
                    run.phone.find("cards-card");
                    others.get(0).command("cards.insight", new JsonObject().put("game", "t1").put("text", WORD + " " + WORD));
                    run.phone.awaitContaining("cards-insights", WORD.substring(0, 30));
                }
            }
            case "spearheads" -> {
                if (kind.equals("spearhead")) {
                    run.facilitator.ack("spearheads.action.add", new JsonObject().put("spearhead", step.getString("id"))
                            .put("what", WORD + " " + WORD).put("whoText", WORD).put("firstStep", WORD));
                    run.facilitator.ack("spearheads.summary", new JsonObject().put("spearhead", step.getString("id"))
                            .put("text", WORD));
                }
            }
            default -> { }
        }
    }

    /** At both widths, every flip-over tab of the phone: the page is never wider than the screen. */
    private static void checkEveryView(Run run, String name) {
        Browser phone = run.phone;
        for (int width : WIDTHS) {
            phone.driver.manage().window().setSize(new Dimension(width, 844));
            phone.await(d -> ((Number) js(phone, "return window.innerWidth")).intValue() == width ? true : null);
            assertNoSidewaysScroll(run, name + " at " + width + " px");
            List<String> tabs = tabIds(phone);
            for (String tab : tabs) {
                By selector = By.cssSelector("[data-testid=\"board-tab\"][data-board=\"" + tab + "\"]");
                // Scrolled clear of the sticky bars first, then tapped.
                phone.onElement(selector, "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()");
                phone.await(d -> "true".equals(d.findElement(selector).getDomAttribute("aria-selected")) ? true : null);
                assertNoSidewaysScroll(run, name + ", tab " + tab + ", at " + width + " px");
            }
            if (width == 320) phone.screenshot(run.format + "-" + name + "-320");
        }
        phone.driver.manage().window().setSize(new Dimension(390, 844));
    }

    @SuppressWarnings("unchecked")
    private static List<String> tabIds(Browser phone) {
        return (List<String>) js(phone, """
                return [...document.querySelectorAll('[data-testid="board-tab"]')]
                  .filter((e) => e.getClientRects().length).map((e) => e.dataset.board);""");
    }

    private static void assertNoSidewaysScroll(Run run, String where) {
        Browser phone = run.phone;
        // Measured after the next frame, so the latest state has been drawn.
        String wide = (String) ((JavascriptExecutor) phone.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                requestAnimationFrame(() => requestAnimationFrame(() => {
                  const limit = window.innerWidth;
                  const width = document.documentElement.scrollWidth;
                  if (width <= limit) { done(''); return; }
                  const culprits = [...document.querySelectorAll('body *')]
                    .filter((e) => e.getBoundingClientRect().right > limit + 0.5 && e.getClientRects().length)
                    .slice(-3).map((e) => e.tagName + '.' + [...e.classList].join('.') + ' ' + Math.round(e.getBoundingClientRect().right));
                  done(width + ' > ' + limit + ': ' + culprits.join(', '));
                }));""");
        if (!wide.isEmpty()) phone.screenshot(run.format + "-overflow");
        assertEquals("", wide, run.format + ": the phone scrolls sideways at " + where);
    }

    private static Object js(Browser b, String script, Object... args) {
        return ((JavascriptExecutor) b.driver).executeScript(script, args);
    }
}
