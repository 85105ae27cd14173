package nl.samenspel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import nl.samenspel.testing.Browser;
import nl.samenspel.testing.BrowserStage;
import nl.samenspel.testing.TestServer;

/** The library as a trainer meets it in a browser: behind the passcode, one pack open at a time. */
final class TrainerLibrary {

    static final String PASSCODE = "linde-2026";

    private TrainerLibrary() { }

    static String value(Browser b, String testid) {
        return b.await(d -> d.findElement(Browser.testid(testid)).getAttribute("value"));
    }

    /** The start page is ready once the chosen format's set-up panel is in it (whichever format is the default). */
    static void awaitSetUp(Browser b) {
        b.await(d -> d.findElements(org.openqa.selenium.By.cssSelector("[data-testid=\"create-setup\"] > *")).isEmpty() ? null : true);
    }

    /** A trainer on a laptop who enters the library with the passcode and opens the built-in base pack. */
    static Browser signedIn(BrowserStage stage) {
        passcodeServer(stage);
        Browser trainer = stage.laptop();
        enter(stage, trainer);
        openPack(trainer, "samenspel-basis", "Samenspel basis");
        return trainer;
    }

    /** The test's server, behind the organisation passcode. */
    static TestServer passcodeServer(BrowserStage stage) {
        return stage.server(new JsonObject().put("passcode", PASSCODE));
    }

    /** The trainer enters the library with the passcode. */
    static void enter(BrowserStage stage, Browser trainer) {
        trainer.go(stage.url("/bibliotheek"));
        trainer.type("passcode", PASSCODE);
        trainer.click("passcode-submit");
    }

    /** Opens a pack from the library's list, as a trainer does: the library opens on whichever pack comes first. */
    static void openPack(Browser b, String id, String title) {
        b.find("pack-" + id);
        press(b, "pack-" + id);
        b.awaitText("pack-title", title);
    }

    /** Clicks after bringing the element to the middle of the window, clear of the sticky top bar. */
    static void press(Browser b, String testid) {
        b.centre(testid);
        b.click(testid);
    }

    static JsonObject library(BrowserStage stage, String path) {
        TestServer server = stage.server();
        HttpResponse<Buffer> r = TestServer.await(server.http.get(server.port(), "localhost", path)
                .putHeader("x-samenspel-passcode", PASSCODE).send());
        assertEquals(200, r.statusCode(), r.bodyAsString());
        return r.bodyAsJsonObject();
    }
}
