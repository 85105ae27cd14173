package nl.samenspel.format.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The card game in real headless Chromium: the facilitator creates it on the start page, two
 * phones and one simulated phone play a knowledge card and a statement card at one table,
 * the projector shows the spread. Screenshots in target/screenshots/CardsBrowserTest/.
 */
class CardsBrowserTest {

    @RegisterExtension final BrowserStage stage = new BrowserStage();

    @Test
    void aKnowledgeCardAndAStatementCardFromTheStartPageToTheSpread() {
        TestServer server = stage.server();
        Browser laptop = stage.laptop(), anna = stage.phone(), bram = stage.phone(), projector = stage.projector();
        String base = "http://localhost:" + server.port();

        // The start page: choosing the card game picks its pack and shows its set-up.
        laptop.go(base + "/");
        laptop.select("create-format", "cards");
        laptop.await(d -> laptop.selected("create-pack")
                .equals("kaartspel-mantelzorg"));
        laptop.find("cards-setup");
        laptop.type("create-title", "Teamoverleg De Linde");
        // Only the answered types here: cases, tips and assignments are talked over or done at the table.
        for (String type : List.of("case", "tip", "assignment")) laptop.click("cards-setup-type-" + type);
        laptop.type("cards-setup-seconds-knowledge", "120");
        laptop.screenshot("01-start-setup");
        laptop.click("create-submit");
        String code = laptop.text("created-code").trim();
        assertEquals(6, code.length());
        String projectorUrl = laptop.read(Browser.testid("open-projector"), e -> e.getAttribute("href"));
        laptop.click("open-facilitator");
        laptop.find("cards-console");

        anna.join(base + "/j/" + code, "Anna");
        bram.join(base + "/j/" + code, "Bram");
        LiveClient carla = server.client();
        String carlaId = carla.join(code, "Carla").getJsonObject("you").getString("participant");
        projector.go(projectorUrl);

        laptop.click("arrange-tables");
        anna.awaitText("table-number", "1");
        laptop.click("cards-start");
        anna.awaitContaining("cards-panel", "aan de beurt");
        carla.event("timer.changed", d -> "running".equals(d.getJsonObject("timer").getString("status")));

        Map<String, Browser> phones = new LinkedHashMap<>();
        phones.put("Anna", anna);
        phones.put("Bram", bram);
        List<String> types = new ArrayList<>();
        for (int card = 1; card <= 2; card++) {
            int play = card;
            String lead = leadOf(server, code, laptop);
            if (phones.containsKey(lead)) {
                tap(phones.get(lead), "cards-draw");
            } else {
                carla.ack("cards.draw", new JsonObject().put("game", "t1"));
            }
            for (Browser phone : phones.values()) phone.find("cards-card");
            String type = anna.read(Browser.testid("cards-card"), e -> e.getAttribute("data-type"));
            types.add(type);
            projector.find("cards-tile");
            show(anna, "cards-panel");
            anna.screenshot("0" + (card * 2) + "-anna-" + type + "-card");

            // Anna answers: Bram sees that she answered, never what.
            tapOption(anna, 0);
            anna.await(d -> !d.findElements(By.cssSelector(".cards-option.is-chosen")).isEmpty());
            bram.awaitContaining("cards-answered", "1 van 3");
            assertTrue(bram.driver.findElements(By.cssSelector(".cards-option.is-chosen")).isEmpty(),
                    "Bram's phone shows no choice before he makes one");
            assertFalse(bram.driver.findElements(By.cssSelector(".cards-answered__people .is-in")).isEmpty());
            show(bram, "cards-answered");
            bram.screenshot("0" + (card * 2) + "-bram-sees-who-answered");
            tapOption(bram, 1);
            laptop.awaitContaining("cards-status", "2/3");
            carla.ack("cards.answer", new JsonObject().put("game", "t1").put("play", play).put("option",
                    type.equals("knowledge") ? "a" : "depends"));

            // Everyone answered: the spread, with the explanation or the talking guide.
            for (Browser b : List.of(anna, bram, laptop)) b.find("cards-spread");
            List<Integer> counts = anna.texts("cards-count").stream().map(Integer::parseInt).toList();
            assertEquals(3, counts.stream().mapToInt(Integer::intValue).sum(), "three answers in the spread: " + counts);
            if (type.equals("knowledge")) {
                anna.find("cards-explanation");
                anna.find("cards-verdict");
                assertTrue(anna.text("cards-explanation").contains("Bron"), "the source is named");
            } else {
                anna.find("cards-guide");
            }
            show(anna, "cards-spread");
            anna.screenshot("0" + (card * 2 + 1) + "-anna-" + type + "-spread");
            projector.screenshot("0" + (card * 2 + 1) + "-projector-" + type);

            if (card == 2) {
                bram.type("cards-insight-text", "Eerst luisteren, dan pas oplossen");
                tap(bram, "cards-insight-add");
                for (Browser b : List.of(anna, bram)) b.awaitContaining("cards-insights", "Eerst luisteren");
                // The insight is on the table's flip-over, which the phone shows first.
                anna.awaitContaining("note-text", "Eerst luisteren");
                show(bram, "cards-insights");
                bram.screenshot("06-bram-insight");
                show(laptop, "cards-console");
                laptop.screenshot("06-console");
            }
            String leadNow = leadOf(server, code, laptop);
            if (phones.containsKey(leadNow)) tap(phones.get(leadNow), "cards-finish");
            else carla.ack("cards.finish", new JsonObject().put("game", "t1").put("play", play));
            anna.await(d -> d.findElements(Browser.testid("cards-card")).isEmpty());
        }
        assertEquals(2, types.size());
        assertTrue(types.contains("knowledge") && types.contains("statement"),
                "one knowledge card and one statement (the deck alternates types): " + types);
        show(anna, "cards-panel");
        anna.screenshot("07-anna-after");
        assertNoErrors(anna, "Anna's phone");
        assertNoErrors(bram, "Bram's phone");
        assertNoErrors(laptop, "the console");
        assertNoErrors(projector, "the projector");
        assertFalse(carlaId.isEmpty());
        carla.close();
    }

    @Test
    void theFacilitatorBringsATablesCardToThePlenaryAndTheProjectorShowsTheSpread() {
        TestServer server = stage.server();
        Browser laptop = stage.laptop(), anna = stage.phone(), projector = stage.projector();
        JsonObject created = server.createSession(new JsonObject().put("format", "cards").put("pack", "kaartspel-mantelzorg")
                .put("title", "Teamdag").put("options", new JsonObject().put("types", new io.vertx.core.json.JsonArray().add("knowledge"))
                        .put("seconds", new JsonObject().put("knowledge", 0))));
        String code = created.getString("code");
        laptop.go(created.getString("facilitatorUrl"));
        laptop.find("cards-console");
        projector.go(created.getString("projectorUrl"));
        anna.join(created.getString("joinUrl"), "Anna");
        List<LiveClient> others = server.join(code, "Bram", "Carla");
        laptop.click("arrange-tables");
        anna.awaitText("table-number", "1");
        laptop.click("cards-start");
        anna.find("cards-turn");
        laptop.click("cards-draw");
        anna.find("cards-card");

        tap(laptop, "cards-this-to-plenary");
        projector.read(By.cssSelector("[data-testid=\"cards-projector\"] .cards-card--big"), e -> true);
        anna.awaitText("cards-where", "Plenair");
        tapOption(anna, 1);
        projector.awaitContaining("cards-answered", "1 van 3");
        show(anna, "cards-panel");
        anna.screenshot("11-anna-plenary-card");
        projector.screenshot("11-projector-plenary-card");
        for (LiveClient c : others) c.ack("cards.answer", new JsonObject().put("game", "plenary").put("play", 1).put("option", "b"));
        projector.find("cards-spread");
        List<Integer> counts = projector.texts("cards-count").stream().map(Integer::parseInt).toList();
        assertEquals(3, counts.get(1), "everyone chose b: " + counts);
        projector.find("cards-explanation");
        projector.screenshot("12-projector-plenary-spread");
        show(laptop, "cards-plenary");
        laptop.screenshot("12-console-plenary");

        tap(laptop, "cards-resume");
        anna.awaitText("cards-where", "Tafel 1");
        assertTrue(anna.driver.findElements(Browser.testid("cards-paused")).isEmpty(), "the table plays on");
        projector.find("cards-tile");
        projector.screenshot("13-projector-tables-again");
        assertNoErrors(anna, "Anna's phone");
        assertNoErrors(laptop, "the console");
        assertNoErrors(projector, "the projector");
        others.forEach(LiveClient::close);
    }

    @Test
    void asOneGroupTheTurnGoesRoundTheRoomAndTheProjectorShowsTheCard() {
        TestServer server = stage.server();
        Browser anna = stage.phone(), projector = stage.projector();
        JsonObject created = server.createSession(new JsonObject().put("format", "cards").put("pack", "kaartspel-mantelzorg")
                .put("title", "Hele team").put("options", new JsonObject().put("grouping", "plenary")
                        .put("types", new io.vertx.core.json.JsonArray().add("statement"))));
        String code = created.getString("code");
        anna.join(created.getString("joinUrl"), "Anna");
        LiveClient facilitator = server.client();
        facilitator.attach(code, created.getString("facilitatorToken"), 0);
        List<LiveClient> others = server.join(code, "Bram", "Carla", "Dirk");
        projector.go(created.getString("projectorUrl"));
        facilitator.ack("step.goto", new JsonObject().put("index", 1));
        anna.awaitText("cards-where", "Met de hele groep");
        anna.awaitText("cards-turn", "Jij bent aan de beurt");
        tap(anna, "cards-draw");
        projector.read(By.cssSelector("[data-testid=\"cards-projector\"] .cards-card--big"), e -> true);
        tapOption(anna, 2);
        for (int i = 0; i < others.size(); i++) {
            others.get(i).ack("cards.answer", new JsonObject().put("game", "plenary").put("play", 1)
                    .put("option", i == 0 ? "disagree" : "agree"));
        }
        projector.find("cards-guide");
        assertTrue(projector.text("cards-guide").contains("Het hangt ervan af")
                || projector.text("cards-guide").contains("Oneens"), "the least chosen side speaks first");
        projector.screenshot("21-projector-whole-group-spread");
        show(anna, "cards-panel");
        anna.screenshot("21-anna-whole-group-spread");
        tap(anna, "cards-finish");
        anna.awaitText("cards-turn", "Bram is aan de beurt");
        projector.awaitContaining("cards-projector", "Bram is aan de beurt");
        projector.screenshot("22-projector-whole-group-next");
        assertNoErrors(anna, "Anna's phone");
        assertNoErrors(projector, "the projector");
        others.forEach(LiveClient::close);
        facilitator.close();
    }

    /** Reads the page's error log once: reading it empties it, so a second read would show nothing. */
    private static void assertNoErrors(Browser b, String where) {
        assertEquals(List.of(), b.consoleErrors(), "no errors on " + where);
    }

    /** Scrolls an element up the screen (below the sticky bar), for a screenshot that shows it. */
    private static void show(Browser b, String testid) {
        b.onElement(Browser.testid(testid), "arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -70)");
    }

    /** Taps the n-th answer option (from 0), again if the live page rebuilt the options meanwhile. */
    private static void tapOption(Browser b, int n) {
        b.await(d -> {
            List<WebElement> options = d.findElements(Browser.testid("cards-option"));
            if (options.size() <= n) return null;
            try {
                tap(b, options.get(n));
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.ElementClickInterceptedException retry) {
                return null;
            }
        });
    }

    /** Taps the element with this test id, again if the live page rebuilt it meanwhile. */
    private static void tap(Browser b, String testid) {
        b.await(d -> {
            try {
                WebElement e = b.find(testid);
                if (!e.isEnabled()) return null;
                tap(b, e);
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.ElementClickInterceptedException retry) {
                return null;
            }
        });
    }

    /** A tap as a person does it: the element in view first. */
    private static void tap(Browser b, WebElement e) {
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    /** Whose turn it is at table 1, by first name, as the facilitator's API shows it. */
    private static String leadOf(TestServer server, String code, Browser laptop) {
        String token = laptop.driver.getCurrentUrl().replaceAll(".*#", "");
        JsonObject state = TestServer.await(server.http.get(server.port(), "localhost", "/api/sessions/" + code)
                .putHeader("authorization", "Bearer " + token).send()).bodyAsJsonObject();
        String lead = state.getJsonObject("format").getJsonObject("games").getJsonObject("t1").getString("lead");
        return state.getJsonArray("participants").stream().map(o -> (JsonObject) o)
                .filter(p -> p.getString("id").equals(lead)).findFirst().orElseThrow().getString("label");
    }
}
