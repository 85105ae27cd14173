package nl.samenspel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import nl.samenspel.testing.Browser;
import nl.samenspel.testing.BrowserStage;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.LiveSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Issue 14, item 18, in real browsers: the console's switch hides the dots of a board while
 * people vote; the phone then says so and shows only its own dots, the projector shows no
 * count; the reveal shows every count at once. Screenshots: target/screenshots/HiddenVotesBrowserTest/.
 */
class HiddenVotesBrowserTest {

    private static final By COUNT = By.cssSelector("[data-testid=\"note\"] .note__vote-count");

    @RegisterExtension
    final BrowserStage stage = new BrowserStage();

    @Test
    void theConsoleHidesTheDotsUntilTheRevealOnPhonesAndProjector() {
        Browser laptop = stage.laptop(), phone = stage.phone();
        LiveSession session = LiveSession.open(stage.server(), "Bert");
        JsonObject created = session.created;
        LiveClient bert = session.participant("Bert");
        LiveClient facilitator = session.facilitator;
        facilitator.ack("note.add", new JsonObject().put("board", "plenary").put("column", "ideas").put("text", "Vaker samen koken"));
        String note = bert.event("note.upserted").getJsonObject("data").getJsonObject("note").getString("id");
        JsonObject dot = new JsonObject().put("board", "plenary").put("note", note);

        laptop.go(created.getString("facilitatorUrl"));
        laptop.awaitText("participant-count", "1");
        phone.join(created.getString("joinUrl"), "Anna");
        phone.awaitContaining("note", "Vaker samen koken");

        // Off by default: the switch offers to hide, the room sees counts.
        assertEquals("Stippen verbergen", laptop.text("hide-votes"));
        bert.ack("vote.add", dot);
        phone.await(d -> d.findElements(COUNT).stream().anyMatch(e -> e.getText().equals("1 stip")) ? true : null);

        laptop.click("hide-votes");
        laptop.awaitText("hide-votes", "Stippen onthullen");
        assertEquals("true", laptop.find("hide-votes").getDomAttribute("aria-pressed"));
        assertTrue(laptop.text("votes-hidden").contains("alleen jij ziet de aantallen"), laptop.text("votes-hidden"));
        phone.awaitText("votes-hidden", "Stippen verborgen tot de onthulling");
        phone.await(d -> d.findElements(COUNT).isEmpty() ? true : null);

        // Anna places a dot: she sees her own, never the total; the console sees the total.
        phone.click(By.cssSelector("[data-testid=\"note\"] button[aria-label=\"Stip zetten\"]"));
        phone.await(d -> d.findElements(By.cssSelector("[data-testid=\"note\"] .note__mine")).stream()
                .anyMatch(e -> e.getText().equals("1")) ? true : null);
        bert.ack("vote.add", dot);
        laptop.await(d -> d.findElements(COUNT).stream().anyMatch(e -> e.getText().equals("3 stippen")) ? true : null);
        assertTrue(phone.driver.findElements(COUNT).isEmpty(), "the phone shows no count while hidden");
        assertTrue(phone.driver.findElements(By.cssSelector("[data-testid=\"note\"] .dot--vote")).size() == 1,
                "the phone draws only Anna's own dot");
        phone.screenshot("01-phone-dots-hidden");
        laptop.screenshot("02-console-dots-hidden");

        // The projector (the same browser at projector size) shows the notice and no count.
        phone.driver.manage().window().setSize(new Dimension(1280, 720));
        phone.go(created.getString("projectorUrl"));
        phone.awaitContaining("note", "Vaker samen koken");
        phone.awaitText("votes-hidden", "Stippen verborgen tot de onthulling");
        assertTrue(phone.driver.findElements(COUNT).isEmpty(), "the projector shows no count while hidden");
        phone.screenshot("03-projector-dots-hidden");

        // The reveal: every count at once, on the projector too.
        laptop.click("hide-votes");
        laptop.awaitText("hide-votes", "Stippen verbergen");
        phone.await(d -> d.findElements(COUNT).stream().anyMatch(e -> e.getText().equals("3 stippen")) ? true : null);
        assertTrue(phone.driver.findElements(Browser.testid("votes-hidden")).isEmpty(), "the notice goes with the reveal");
        phone.screenshot("04-projector-revealed");
        assertTrue(laptop.consoleErrors().isEmpty());
        session.close();
    }
}
