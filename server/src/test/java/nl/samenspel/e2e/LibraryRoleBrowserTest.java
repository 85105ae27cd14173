package nl.samenspel.e2e;

import static nl.samenspel.e2e.TrainerLibrary.PASSCODE;
import static nl.samenspel.e2e.TrainerLibrary.awaitSetUp;
import static nl.samenspel.e2e.TrainerLibrary.openPack;
import static nl.samenspel.e2e.TrainerLibrary.press;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.testing.Browser;
import nl.samenspel.testing.BrowserStage;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A trainer adapts a built-in role card end to end: behind the organisation passcode, the trainer
 * copies it into their own pack (copy-on-write), sees a refused save explained field by field,
 * saves, makes a template for the open format from the pack and starts a session from it in one
 * click; a participant on a phone then finds the edited text on their role card.
 */
class LibraryRoleBrowserTest {

    private static final String ORIGINAL_BRIEF = "Het gaat over jouw leven en jouw dagen. Je wilt zoveel mogelijk zelf bepalen, ook als je hulp nodig hebt.";
    private static final String EDITED_BRIEF = "Je woont al veertig jaar in De Linde en kent iedereen op de gang. Je wilt zelf bepalen wanneer je opstaat.";

    @RegisterExtension final BrowserStage stage = new BrowserStage();

    @Test
    void aTrainerAdaptsABuiltInRoleMakesATemplateStartsASessionAndAParticipantSeesTheEditedText() {
        TestServer server = passcodeServer();
        Browser trainer = stage.laptop(), phone = stage.phone();

        // The start page leads trainers to the library, which asks for the passcode first.
        trainer.go(stage.url("/"));
        awaitSetUp(trainer);
        trainer.centre("library-link");
        trainer.screenshot("00-start-page");
        trainer.click("library-link");
        trainer.find("passcode");
        trainer.screenshot("01-passcode");
        trainer.type("passcode", "raden");
        trainer.click("passcode-submit");
        trainer.awaitContaining("passcode-error", "klopt niet");
        trainer.type("passcode", PASSCODE);
        trainer.click("passcode-submit");

        // The built-in pack, read-only, with its manifest and its role cards as participants see them.
        openPack(trainer, "samenspel-basis", "Samenspel basis");
        trainer.find("pack-read-only");
        assertTrue(trainer.text("manifest").contains("CC BY-SA 4.0"));
        String card = trainer.text("role-perspectieven-bewoner");
        assertTrue(card.contains("Bewoner of cliënt"), card);
        assertTrue(card.contains(ORIGINAL_BRIEF), card);
        assertTrue(card.contains("Wat maakt een dag voor jou de moeite waard?"), "prompt questions are shown");
        assertEquals(PASSCODE, js(trainer, "return sessionStorage.getItem('samenspel:passcode')"), "asked once, kept for the tab");
        trainer.centre("role-perspectieven-bewoner");
        trainer.screenshot("02-library");

        // Edit a copy: the first save has no Dutch text and is refused with the item and the field.
        trainer.click("edit-role-perspectieven-bewoner");
        trainer.find("edit-form");
        trainer.type("edit-new-name", "Team De Linde");
        trainer.read(Browser.testid("edit-brief-nl"), e -> {
            e.clear();
            return true;
        });
        press(trainer, "edit-save");
        String refused = trainer.readContaining("edit-errors", "brief.nl", WebElement::getText);
        assertTrue(refused.contains("bewoner"), refused);
        trainer.await(d -> d.findElements(org.openqa.selenium.By.cssSelector("[data-testid=\"edit-form\"] .lib-edit__pair.is-invalid")).size() == 1);
        trainer.screenshot("03-save-refused");
        trainer.type("edit-brief-nl", EDITED_BRIEF);
        trainer.awaitContaining("edit-preview", EDITED_BRIEF);
        press(trainer, "edit-save");

        // The trainer's own pack: based on the built-in one, version 1.0.0, holding the edited card.
        trainer.awaitText("pack-title", "Team De Linde");
        trainer.find("pack-own");
        trainer.awaitText("manifest-version", "1.0.0");
        trainer.awaitContaining("role-perspectieven-bewoner", EDITED_BRIEF);
        trainer.find("changed");
        trainer.screenshot("04-own-pack-card");
        js(trainer, "window.scrollTo(0, 0)");
        trainer.awaitContaining("notice", "versie 1.0.0");
        trainer.screenshot("04-own-pack");
        JsonObject builtIn = library("/api/library/packs/samenspel-basis");
        assertEquals(ORIGINAL_BRIEF, bewoner(builtIn.getJsonObject("content")).getJsonObject("brief").getString("nl"),
                "the built-in pack stays untouched");
        JsonObject own = library("/api/library/packs/team-de-linde").getJsonObject("written");
        assertEquals("samenspel-basis", own.getString("base"));
        assertEquals("1.0.0", own.getString("version"));
        assertEquals(1, own.getJsonArray("roleSets").size(), "only the changed item is in the own pack");
        assertEquals(EDITED_BRIEF, bewoner(own).getJsonObject("brief").getString("nl"));

        // A template for the open format from the own pack, with the format's own set-up panel.
        press(trainer, "make-template");
        trainer.find("maker");
        trainer.select("maker-format", "open");
        trainer.fill("maker-title-nl", "Korte teamsessie", "maker-title-en", "Short team session",
                "maker-session-title", "Teamoverleg De Linde", "setup-minutes", "20", "setup-maxTableSize", "4");
        trainer.screenshot("05-template-maker");
        press(trainer, "maker-save");
        trainer.find("template-korte-teamsessie");
        trainer.awaitText("manifest-version", "1.0.1");
        trainer.centre("templates");
        trainer.screenshot("06-template-saved");
        JsonArray templates = library("/api/library/packs/team-de-linde").getJsonObject("written").getJsonArray("templates");
        assertEquals(1, templates.size());
        JsonObject template = templates.getJsonObject(0);
        assertEquals("open", template.getString("format"));
        assertEquals("Teamoverleg De Linde", template.getString("sessionTitle"));
        assertEquals(new JsonObject().put("minutes", 20).put("maxTableSize", 4).put("dots", 3), template.getJsonObject("options"));

        // One click starts the session and opens the facilitator console, with the tokens kept as the start page keeps them.
        press(trainer, "template-start-korte-teamsessie");
        String code = trainer.text("code").trim();
        assertEquals(6, code.length(), code);
        String url = trainer.driver.getCurrentUrl();
        assertTrue(url.startsWith(stage.url("/f/" + code + "#")), url);
        String facilitatorToken = url.substring(url.indexOf('#') + 1);
        assertEquals("\"" + facilitatorToken + "\"", js(trainer, "return localStorage.getItem('samenspel:facilitator:" + code + "')"));
        assertNotNull(js(trainer, "return localStorage.getItem('samenspel:projector:" + code + "')"));
        assertTrue(String.valueOf(js(trainer, "return localStorage.getItem('samenspel:recent')")).contains("Teamoverleg De Linde"));
        trainer.screenshot("07-facilitator");

        // A participant joins on a phone; the facilitator makes tables and deals roles.
        phone.join(stage.url("/j/" + code), "Anna");
        try (LiveClient facilitator = server.client()) {
            JsonObject welcome = facilitator.attach(code, facilitatorToken, 0);
            assertEquals("welcome", welcome.getString("type"), welcome.encode());
            JsonObject snapshot = welcome.getJsonObject("snapshot");
            assertEquals("Teamoverleg De Linde", snapshot.getJsonObject("session").getString("title"));
            assertEquals(20 * 60, snapshot.getJsonObject("agenda").getJsonArray("steps").getJsonObject(1).getInteger("seconds"),
                    "the template's timing");
            facilitator.ack("tables.arrange", new JsonObject().put("maxSize", 4));
            // Roles are dealt at random, never twice the same to one person: within six deals Anna holds the edited role.
            String title = "";
            for (int deal = 1; deal <= 6 && !title.equals("Bewoner of cliënt"); deal++) {
                facilitator.ack("roles.deal", new JsonObject());
                int round = deal;
                phone.await(d -> phone.find("envelope") != null
                        && d.getPageSource().contains(round == 1 ? "Ronde 1" : "Ronde " + round));
                phone.click("envelope");
                title = phone.await(d -> d.findElements(Browser.testid("role-title")).stream()
                        .map(e -> e.getText().trim()).filter(x -> !x.isEmpty()).findFirst().orElse(null));
            }
            assertEquals("Bewoner of cliënt", title);
            phone.awaitText("role-brief", EDITED_BRIEF);
        }
        phone.screenshot("08-participant-role");

        List<String> errors = new java.util.ArrayList<>(trainer.consoleErrors());
        // The refused save is an answer of the server (422), which Chromium logs as a failed request.
        errors.removeIf(m -> m.contains("/api/library/packs/team-de-linde") && m.contains("422"));
        assertEquals(List.of(), errors, "trainer's console");
        assertEquals(List.of(), phone.consoleErrors(), "participant's console");
    }

    private TestServer passcodeServer() {
        return TrainerLibrary.passcodeServer(stage);
    }

    private JsonObject library(String path) {
        return TrainerLibrary.library(stage, path);
    }

    private static Object js(Browser b, String script) {
        return ((JavascriptExecutor) b.driver).executeScript(script);
    }

    private static JsonObject bewoner(JsonObject pack) {
        JsonObject set = pack.getJsonArray("roleSets").stream().map(o -> (JsonObject) o)
                .filter(s -> s.getString("id").equals("perspectieven")).findFirst().orElseThrow();
        JsonObject role = set.getJsonArray("roles").stream().map(o -> (JsonObject) o)
                .filter(r -> r.getString("id").equals("bewoner")).findFirst().orElse(null);
        assertNotNull(role, "role bewoner");
        assertFalse(set.getJsonArray("roles").isEmpty());
        return role;
    }
}
