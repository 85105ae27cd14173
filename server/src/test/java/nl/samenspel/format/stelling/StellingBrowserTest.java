package nl.samenspel.format.stelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.samenspel.testing.Browser;
import nl.samenspel.testing.BrowserStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The statement round in real headless Chromium: the facilitator starts it from the start page,
 * two phones place and move stickers, the console and projector show the spread live, the vote
 * closes and an argument goes on the flip-over. Screenshots in target/screenshots/StellingBrowserTest/.
 */
class StellingBrowserTest {

    private static final String ARGUMENT = "Niet elke cliënt wil zijn naaste erbij";

    @RegisterExtension final BrowserStage stage = new BrowserStage();

    @Test
    void twoPhonesVoteTheSpreadShowsAndTheArgumentsStartOnTheLeastChosenSide() {
        Browser laptop = stage.laptop(), anna = stage.phone(), bram = stage.phone(), projector = stage.projector();

        laptop.go(stage.url("/"));
        laptop.select("create-format", "stelling");
        laptop.await(d -> "stellingen-mantelzorg".equals(laptop.selected("create-pack")) ? true : null);
        laptop.find("setup-statement-vaste-plek");
        laptop.type("create-title", "Teamoverleg De Hoeve");
        laptop.screenshot("01-start-setup");
        laptop.click("create-submit");
        String code = laptop.text("created-code").trim();
        String projectorUrl = laptop.read(Browser.testid("open-projector"), e -> e.getDomProperty("href"));
        laptop.click("open-facilitator");
        laptop.find("stelling-console");
        projector.go(projectorUrl);

        anna.join(stage.url("/j/" + code), "Anna");
        bram.join(stage.url("/j/" + code), "Bram");
        laptop.click("stelling-start");
        for (Browser b : List.of(anna, bram)) b.find("stelling-statement");
        projector.awaitContaining("stelling-projector", "Stelling 1 van 5");

        anna.click("stelling-place-4");
        bram.click("stelling-place-2");
        laptop.awaitText("stelling-count-2", "1");
        bram.click("stelling-place-5");
        for (Browser staff : List.of(laptop, projector)) {
            Map.of("stelling-count-2", "0", "stelling-count-4", "1", "stelling-count-5", "1", "stelling-total", "2 stickers")
                    .forEach(staff::awaitText);
        }
        bram.awaitContaining("stelling-mine", "Helemaal eens");
        anna.awaitContaining("stelling-mine", "Eens");
        assertTrue(anna.all("stelling-spread").isEmpty() && bram.all("stelling-spread").isEmpty(),
                "phones show no spread while the vote is open");
        bram.screenshot("02-bram-moved-his-sticker");
        laptop.screenshot("03-console-live-spread");
        projector.screenshot("04-projector-live-spread");

        laptop.click("stelling-close");
        for (Browser staff : List.of(laptop, projector)) staff.awaitContaining("stelling-first-side", "oneens");
        anna.find("stelling-closed");
        // The phone switches to the statement's flip-over by itself once the vote is closed.
        By statementTab = By.cssSelector("[data-testid=\"board-tab\"][data-board=\"plenary/vaste-plek\"]");
        anna.await(d -> d.findElements(statementTab).stream().anyMatch(e -> "true".equals(e.getAttribute("aria-selected"))) ? true : null);
        anna.screenshot("05-anna-after-the-vote");
        anna.type("note-input", ARGUMENT);
        anna.click(By.cssSelector("input.segmented__input[value=\"oneens\"] + label"));
        anna.click("note-submit");
        anna.awaitText("note-text", ARGUMENT);
        anna.screenshot("06-anna-argument");
        laptop.awaitText("note-text", ARGUMENT);
        projector.awaitText("note-text", ARGUMENT);
        laptop.screenshot("07-console-first-side");
        projector.screenshot("08-projector-arguments");

        for (Browser b : List.of(laptop, anna, bram, projector)) assertEquals(List.of(), b.consoleErrors());
    }
}
