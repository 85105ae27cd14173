package nl.samenspel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import nl.samenspel.testing.Browser;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The start page with all four formats, as a facilitator meets it: the dilemma game first, and
 * every format, once chosen, comes with its own pack and its own set-up, whatever was chosen
 * before. Screenshots in target/screenshots/StartPageBrowserTest/.
 */
class StartPageBrowserTest {

    private static final String TEST = "StartPageBrowserTest";

    @TempDir
    Path dir;

    @Test
    void everyFormatComesWithItsOwnPackAndSetUp() {
        Browser.assumeAvailable();
        try (TestServer server = TestServer.start(dir); Browser laptop = Browser.laptop(TEST)) {
            laptop.go("http://localhost:" + server.port() + "/");
            awaitChosen(laptop, "dilemma", "dilemmaspel", "dilemma-setup");
            List<String> registered = nl.samenspel.Samenspel.formats().all().stream().map(f -> f.id()).toList();
            assertEquals(List.of("dilemma", "cards", "spearheads"), registered.subList(0, 3), "the first workshop formats");
            assertEquals("open", registered.get(registered.size() - 1), "the open session comes last");
            assertEquals(registered, values(laptop, "create-format"), "every registered format, in the server's order");
            laptop.screenshot("01-dilemma");

            choose(laptop, "cards");
            awaitChosen(laptop, "cards", "kaartspel-mantelzorg", "cards-setup");
            assertEquals(List.of("kaartspel-mantelzorg"), values(laptop, "create-pack"));
            choose(laptop, "spearheads");
            awaitChosen(laptop, "spearheads", "speerpunten", "sp-setup");
            assertEquals(List.of("speerpunten"), values(laptop, "create-pack"), "no pack the session cannot be played from");
            laptop.screenshot("02-spearheads");
            choose(laptop, "open");
            awaitChosen(laptop, "open", "samenspel-basis", "setup-minutes");
            laptop.screenshot("03-open");

            // Back to the dilemma game: the open session's pack (which it could also use) gives way to its own.
            choose(laptop, "dilemma");
            awaitChosen(laptop, "dilemma", "dilemmaspel", "dilemma-setup");
            laptop.type("create-title", "Teamdag De Linde");
            laptop.click("create-submit");
            String code = laptop.text("created-code").trim();
            String token = laptop.find("open-facilitator").getAttribute("href").replaceAll(".*#", "");
            JsonObject session = TestServer.await(server.http.get(server.port(), "localhost", "/api/sessions/" + code)
                    .putHeader("authorization", "Bearer " + token).send()).bodyAsJsonObject().getJsonObject("session");
            assertEquals("dilemma", session.getString("format"));
            assertEquals("dilemmaspel", session.getString("pack"));
            assertEquals(List.of(), laptop.consoleErrors(), "no errors on the start page");
        }
    }

    private static void choose(Browser b, String format) {
        new Select(b.find("create-format")).selectByValue(format);
    }

    /** Waits until this format and pack are chosen and the format's set-up shows (an element of it by test id). */
    private static void awaitChosen(Browser b, String format, String pack, String setUp) {
        b.await(d -> format.equals(selected(b, "create-format")) && pack.equals(selected(b, "create-pack")) ? true : null);
        b.find(setUp);
    }

    private static String selected(Browser b, String testid) {
        WebElement select = b.find(testid);
        return new Select(select).getFirstSelectedOption().getAttribute("value");
    }

    private static List<String> values(Browser b, String testid) {
        return new Select(b.find(testid)).getOptions().stream().map(o -> o.getAttribute("value")).toList();
    }
}
