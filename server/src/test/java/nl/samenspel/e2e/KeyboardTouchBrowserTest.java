package nl.samenspel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.testing.Browser;
import nl.samenspel.testing.BrowserStage;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.LiveSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue 14, item 17 (the rest): the key "n" takes a phone and the console to the note field
 * from anywhere outside a field, and the console's note buttons are 44 by 44 px or more.
 * Screenshots: target/screenshots/KeyboardTouchBrowserTest/.
 */
class KeyboardTouchBrowserTest {

    @RegisterExtension final BrowserStage stage = new BrowserStage();

    private static Object js(Browser b, String script) {
        return ((JavascriptExecutor) b.driver).executeScript(script);
    }

    private static String focused(Browser b) {
        return (String) js(b, "return document.activeElement && document.activeElement.dataset.testid || document.activeElement.tagName");
    }

    @Test
    void theNKeyReachesTheNoteFieldAndTheConsolesNoteButtonsAreFingerSized() {
        Browser laptop = stage.laptop(), phone = stage.phone();
        LiveSession session = LiveSession.open(stage.server());
        JsonObject created = session.created;
        LiveClient facilitator = session.facilitator;

        phone.join(created.getString("joinUrl"), "Anna");
        phone.await(d -> "step-title".equals(focused(phone)) ? true : null);
        new Actions(phone.driver).sendKeys("n").perform();
        phone.await(d -> "note-input".equals(focused(phone)) ? true : null);
        phone.find("note-input").sendKeys("Samen eten");
        assertEquals("Samen eten", phone.find("note-input").getDomProperty("value"), "the n itself is not typed into the field");
        phone.click("note-submit");
        phone.awaitText("note-text", "Samen eten");
        // Inside a field the key is just a letter.
        phone.find("note-input").sendKeys("n");
        assertEquals("n", phone.find("note-input").getDomProperty("value"));
        phone.screenshot("01-phone-after-n");

        facilitator.ack("note.add", new JsonObject().put("board", "plenary").put("column", "ideas").put("text", "Van de begeleider"));
        laptop.go(created.getString("facilitatorUrl"));
        laptop.awaitContaining("note", "Samen eten");
        laptop.awaitContaining("note", "Van de begeleider");
        js(laptop, "document.activeElement && document.activeElement.blur()");
        new Actions(laptop.driver).sendKeys("n").perform();
        laptop.await(d -> "note-input".equals(focused(laptop)) ? true : null);

        List<String> small = laptop.smallTargets(".board button");
        Number buttons = (Number) js(laptop, "return document.querySelectorAll('.board button').length");
        assertEquals(true, buttons.intValue() >= 5, "the console shows the note buttons: " + buttons);
        assertEquals(List.of(), small, "console buttons under 44 by 44 px");
        laptop.centre("note");
        laptop.screenshot("02-console-note-buttons");
        session.close();
    }
}
