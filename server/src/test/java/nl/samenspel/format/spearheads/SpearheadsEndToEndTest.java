package nl.samenspel.format.spearheads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import nl.samenspel.testing.Browser;
import nl.samenspel.testing.BrowserStage;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One spearhead in real browsers: a phone that rates the thermometer and writes notes, the
 * facilitator's console that shows the result and turns a note into an action, the projector
 * with the thermometer, the spearhead and the closing table, the print view, and the PDF's
 * first page as an image. Screenshots: server/target/screenshots/SpearheadsEndToEndTest/.
 */
class SpearheadsEndToEndTest {

    @RegisterExtension final BrowserStage stage = new BrowserStage();

    @Test
    void oneSpearheadFromThermometerToThePdf() {
        TestServer server = stage.server();
        Browser phone = stage.phone(), laptop = stage.laptop(), projector = stage.projector();
        JsonObject created = server.createSession(new JsonObject().put("format", "spearheads").put("pack", "speerpunten")
                .put("title", "Teamoverleg Wijkteam Noord")
                .put("options", new JsonObject().put("spearheads", new JsonArray().add("kennis-visie"))
                        .put("team", "Wijkteam Noord")));
        String code = created.getString("code");
        String base = "http://localhost:" + server.port();
        laptop.go(base + "/f/" + code + "#" + created.getString("facilitatorToken"));
        laptop.find("code");
        projector.go(base + "/p/" + code + "#" + created.getString("projectorToken"));
        projector.find("code");

        phone.join(base + "/j/" + code, "Anna");
        LiveClient bert = server.client();
        bert.join(code, "Bert");
        LiveClient cor = server.client();
        cor.join(code, "Cor");
        laptop.awaitText("participant-count", "3");

        // The thermometer: everyone rates on their own device; the facilitator shows the result.
        goTo(laptop, 1);
        phone.find("sp-rating");
        List<String> factors = List.of("taakverdeling", "elkaar-nodig", "regelmaat-contact", "ongelijkheid", "vertrouwen",
                "verplaatsen", "tegengestelde-belangen", "ethische-dilemmas", "evalueren");
        for (int i = 0; i < factors.size(); i++) {
            String factor = factors.get(i);
            int score = 2 + i % 4;
            phone.await(d -> {
                WebElement b = d.findElement(By.cssSelector("[data-testid=\"sp-score\"][data-factor=\"" + factor + "\"][data-score=\"" + score + "\"]"));
                b.click();
                return true;
            });
            bert.ack("spearheads.rate", new JsonObject().put("factor", factor).put("score", 4));
            cor.ack("spearheads.rate", new JsonObject().put("factor", factor).put("score", 3));
        }
        phone.awaitText("sp-filled", "9 van 9 ingevuld");
        laptop.awaitContaining("sp-thermo-progress", "3 hebben alles ingevuld");
        phone.screenshot("01-phone-thermometer");
        laptop.click("sp-reveal");
        projector.await(d -> d.findElements(Browser.testid("sp-average")).stream().anyMatch(e -> e.getText().equals("3,7")));
        projector.screenshot("02-projector-thermometer");
        phone.await(d -> d.findElements(Browser.testid("sp-average")).size() == 9);
        ((org.openqa.selenium.JavascriptExecutor) phone.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'start'})", phone.find("sp-thermometer"));
        phone.screenshot("03-phone-thermometer-result");

        // The spearhead: notes on the flip-over, dots, and a note that becomes an action.
        goTo(laptop, 2);
        phone.awaitContaining("sp-spearhead", "Kennis en visie");
        addNote(phone, "status", "We weten weinig over vrijwilligers in de wijk");
        addNote(phone, "actions", "Feitenblad mantelzorg bespreken in het teamoverleg");
        bert.ack("note.add", new JsonObject().put("board", "plenary/kennis-visie").put("column", "important")
                .put("text", "Eén gedeelde visie op papier"));
        String actionNote = bert.event("note.upserted", d -> d.getJsonObject("note").getString("text").startsWith("Feitenblad"))
                .getJsonObject("data").getJsonObject("note").getString("id");
        cor.ack("vote.add", new JsonObject().put("board", "plenary/kennis-visie").put("note", actionNote));
        bert.ack("vote.add", new JsonObject().put("board", "plenary/kennis-visie").put("note", actionNote));
        laptop.awaitContaining("sp-action-notes", "2 stippen");
        laptop.click("sp-make-action");
        laptop.await(d -> d.findElement(Browser.testid("sp-what")).getAttribute("value").startsWith("Feitenblad"));
        laptop.await(d -> {
            new org.openqa.selenium.support.ui.Select(d.findElement(Browser.testid("sp-who"))).selectByVisibleText("Anna");
            return true;
        });
        laptop.await(d -> {
            new org.openqa.selenium.support.ui.Select(d.findElement(Browser.testid("sp-when-kind"))).selectByValue("week");
            return true;
        });
        laptop.type("sp-when-week", "");
        laptop.find("sp-when-week").sendKeys("122026");
        laptop.type("sp-first-step", "Feitenblad opzoeken");
        laptop.click("sp-action-save");
        laptop.awaitContaining("sp-action", "Feitenblad mantelzorg bespreken");
        phone.awaitContaining("sp-action", "Feitenblad mantelzorg bespreken");
        phone.awaitContaining("sp-action", "Anna");
        projector.awaitContaining("sp-spearhead", "Welke visie hebben wij als team");
        projector.await(d -> d.findElements(Browser.testid("note-text")).size() == 3);
        phone.screenshot("04-phone-spearhead");
        laptop.screenshot("05-facilitator-spearhead");
        projector.screenshot("06-projector-spearhead");

        // The closing table on the projector.
        goTo(laptop, 3);
        projector.awaitContaining("sp-closing-row", "Feitenblad mantelzorg bespreken");
        projector.screenshot("07-projector-closing");
        phone.awaitContaining("sp-closing-row", "Feitenblad");
        phone.screenshot("08-phone-closing");

        // The PDF: downloaded with the facilitator token, read back, first page as an image.
        HttpResponse<Buffer> pdf = TestServer.await(server.http.get(server.port(), "localhost",
                        "/api/sessions/" + code + "/export/actions.pdf")
                .putHeader("authorization", "Bearer " + created.getString("facilitatorToken")).send());
        assertEquals(200, pdf.statusCode());
        String text = ExportChecks.flat(ExportChecks.pdfText(pdf.body().getBytes()));
        assertTrue(text.contains("Feitenblad mantelzorg bespreken in het teamoverleg"), text);
        assertTrue(text.contains("week 12 (2026)") && text.contains("Wijkteam Noord"), text);
        ExportChecks.firstPagePng(pdf.body().getBytes(), Browser.SCREENSHOTS.resolve(getClass().getSimpleName()).resolve("09-pdf-first-page.png"));

        // The print view, opened from the console.
        String print = laptop.read(Browser.testid("sp-print"), e -> e.getDomProperty("href"));
        laptop.go(print);
        laptop.awaitText("print-title", "Teamoverleg Wijkteam Noord");
        assertEquals(1, laptop.all("print-action").size());
        laptop.screenshot("10-print-view");

        assertEquals(List.of(), phone.consoleErrors());
        assertEquals(List.of(), projector.consoleErrors());
        assertEquals(List.of(), laptop.consoleErrors());
        bert.close();
        cor.close();
    }

    @Test
    void theStartPageSetsUpAChosenSubsetInTheChosenOrder() {
        Browser laptop = stage.laptop();
        laptop.go(stage.url("/"));
        laptop.await(d -> {
            // The selects stay disabled until the catalogue has loaded, which under load takes a while.
            if (!d.findElement(Browser.testid("create-format")).isEnabled()) return null;
            new org.openqa.selenium.support.ui.Select(d.findElement(Browser.testid("create-format"))).selectByValue("spearheads");
            new org.openqa.selenium.support.ui.Select(d.findElement(Browser.testid("create-pack"))).selectByValue("speerpunten");
            return true;
        });
        laptop.find("sp-setup");
        laptop.type("create-title", "Startsessie");
        for (String id : List.of("rol-professional", "aan-de-slag")) {
            By box = By.cssSelector("[data-testid=\"sp-setup-spearhead\"][data-spearhead=\"" + id + "\"]");
            laptop.driver.findElement(box).click();
            laptop.await(d -> !d.findElement(box).isSelected());
        }
        laptop.type("sp-setup-team", "Wijkteam West");
        laptop.awaitContaining("sp-setup-total", "Totaal: 35 minuten");
        laptop.screenshot("11-start-page-setup");
        laptop.click("create-submit");
        String code = laptop.text("created-code").trim();
        String token = laptop.find("open-facilitator").getAttribute("href").replaceAll(".*#", "");
        TestServer server = stage.server();
        JsonObject state = TestServer.await(server.http.get(server.port(), "localhost", "/api/sessions/" + code)
                .putHeader("authorization", "Bearer " + token).send()).bodyAsJsonObject();
        assertEquals(List.of("intro", "thermometer", "kennis-visie", "omgeving-context", "closing"),
                state.getJsonObject("agenda").getJsonArray("steps").stream().map(o -> ((JsonObject) o).getString("id")).toList());
        assertEquals("Wijkteam West", state.getJsonObject("format").getJsonObject("plan").getString("team"));
        assertEquals(List.of(), laptop.consoleErrors());
    }

    private static void goTo(Browser laptop, int index) {
        laptop.await(d -> {
            WebElement button = d.findElements(Browser.testid("step-goto")).stream()
                    .filter(e -> String.valueOf(index).equals(e.getAttribute("data-index"))).findFirst().orElseThrow();
            ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
            button.click();
            return true;
        });
        laptop.await(d -> d.findElements(By.cssSelector(".steps__item.is-current")).size() == 1
                && d.findElements(By.cssSelector(".steps__item")).get(index).getAttribute("class").contains("is-current"));
    }

    private static void addNote(Browser phone, String column, String text) {
        phone.await(d -> {
            d.findElement(By.cssSelector("label[for=\"compose-col-" + column + "\"]")).click();
            return true;
        });
        phone.type("note-input", text);
        phone.click("note-submit");
        phone.awaitContaining("note-text", text);
    }
}
