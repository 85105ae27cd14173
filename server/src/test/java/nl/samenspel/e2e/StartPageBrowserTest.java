package nl.samenspel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.testing.Browser;
import nl.samenspel.testing.BrowserStage;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

/**
 * The start page with all four formats, as a facilitator meets it: the dilemma game first, and
 * every format, once chosen, comes with its own pack and its own set-up, whatever was chosen
 * before. Screenshots in target/screenshots/StartPageBrowserTest/.
 */
class StartPageBrowserTest {

    @RegisterExtension final BrowserStage stage = new BrowserStage();

    @Test
    void everyFormatComesWithItsOwnPackAndSetUp() {
        Browser laptop = stage.laptop();
        laptop.go(stage.url("/"));
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
        String token = laptop.read(Browser.testid("open-facilitator"), e -> e.getDomProperty("href")).replaceAll(".*#", "");
        TestServer server = stage.server();
        JsonObject session = TestServer.await(server.http.get(server.port(), "localhost", "/api/sessions/" + code)
                .putHeader("authorization", "Bearer " + token).send()).bodyAsJsonObject().getJsonObject("session");
        assertEquals("dilemma", session.getString("format"));
        assertEquals("dilemmaspel", session.getString("pack"));
        assertEquals(List.of(), laptop.consoleErrors(), "no errors on the start page");
    }

    private static void choose(Browser b, String format) {
        b.select("create-format", format);
    }

    /** Waits until this format and pack are chosen and the format's set-up shows (an element of it by test id). */
    private static void awaitChosen(Browser b, String format, String pack, String setUp) {
        b.await(d -> format.equals(b.selected("create-format")) && pack.equals(b.selected("create-pack")) ? true : null);
        b.find(setUp);
    }

    private static List<String> values(Browser b, String testid) {
        return b.read(Browser.testid(testid), e -> new Select(e).getOptions().stream().map(o -> o.getDomProperty("value")).toList());
    }
}
