package nl.samenspel.e2e;

import static nl.samenspel.e2e.WorkshopSteps.js;
import static nl.samenspel.e2e.WorkshopSteps.revealed;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Issue 14 walked through in real browsers, one session per format: every step of every format
 * on a phone at 320 and 390 px, with the longest role dealt and a 60-letter word in every place
 * people type, must never scroll sideways. Screenshots: target/screenshots/WorkshopNarrowPhoneBrowserTest/.
 */
class WorkshopNarrowPhoneBrowserTest {

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
}
