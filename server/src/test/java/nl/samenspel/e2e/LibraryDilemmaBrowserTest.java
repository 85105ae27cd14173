package nl.samenspel.e2e;

import static nl.samenspel.e2e.TrainerLibrary.openPack;
import static nl.samenspel.e2e.TrainerLibrary.press;
import static nl.samenspel.e2e.TrainerLibrary.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.testing.Browser;
import nl.samenspel.testing.BrowserStage;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same for the dilemma game: behind the passcode, a built-in dilemma's situation edited in a
 * copy, a dilemma template that plays it, and the edited situation on a phone once round 1 begins.
 */
class LibraryDilemmaBrowserTest {

    private static final String DILEMMA_PACK_TITLE = "Dilemmaspel: samenwerken met naasten en vrijwilligers";
    private static final String ORIGINAL_SITUATION = "Het team rekent erop dat de familie helpt bij het eten geven. De familie ziet dat als een taak van het personeel.";
    private static final String EDITED_SITUATION = "Op De Linde rekent het team erop dat de dochter van mevrouw Jansen elke avond helpt bij het eten."
            + " De dochter vindt dat een taak van de verzorgenden.";

    @RegisterExtension final BrowserStage stage = new BrowserStage();

    @Test
    void aTrainerAdaptsABuiltInDilemmaMakesATemplateStartsASessionAndAParticipantSeesTheEditedSituation() {
        passcodeServer();
        Browser trainer = stage.laptop(), phone = stage.phone();
        enter(trainer);

        // The built-in dilemma pack shows each dilemma as the phones will, its theme named from the pack.
        openPack(trainer, "dilemmaspel", DILEMMA_PACK_TITLE);
        trainer.find("pack-read-only");
        String card = trainer.text("item-dilemmas-hulp-bij-eten");
        for (String shown : List.of("Wie helpt er bij het eten?", ORIGINAL_SITUATION, "Verwachtingen over en weer",
                "Mantelzorg realistisch inzetten", "De familie niet onder druk zetten")) {
            // Case aside: the card's theme line is set in capitals by the style sheet.
            assertTrue(card.toLowerCase().contains(shown.toLowerCase()), "the dilemma card shows '" + shown + "': " + card);
        }
        trainer.centre("item-dilemmas-hulp-bij-eten");
        trainer.screenshot("21-dilemma-pack");

        // Edit a copy of the situation; the preview is the card the phones will show.
        press(trainer, "edit-dilemmas-hulp-bij-eten");
        trainer.find("edit-form");
        trainer.type("edit-new-name", "Team De Linde");
        trainer.type("edit-situation-nl", EDITED_SITUATION);
        trainer.awaitContaining("edit-preview", EDITED_SITUATION);
        trainer.centre("edit-situation-nl");
        trainer.screenshot("22-edit-dilemma");
        press(trainer, "edit-save");

        // Copy-on-write: an own pack on the built-in one, holding only the changed dilemma.
        trainer.awaitText("pack-title", "Team De Linde");
        trainer.find("pack-own");
        trainer.awaitContaining("item-dilemmas-hulp-bij-eten", EDITED_SITUATION);
        trainer.centre("item-dilemmas-hulp-bij-eten");
        trainer.screenshot("23-own-pack-dilemma");
        JsonObject builtIn = library("/api/library/packs/dilemmaspel").getJsonObject("content");
        assertEquals(ORIGINAL_SITUATION, situation(dilemma(builtIn, "hulp-bij-eten")), "the built-in pack stays untouched");
        JsonObject own = library("/api/library/packs/team-de-linde").getJsonObject("written");
        assertEquals("dilemmaspel", own.getString("base"));
        assertEquals(1, own.getJsonArray("dilemmas").size(), "only the changed dilemma is in the own pack");
        assertFalse(own.containsKey("values") || own.containsKey("dilemma"), "the rest comes from the base: " + own.fieldNames());
        assertEquals(EDITED_SITUATION, situation(dilemma(own, "hulp-bij-eten")));

        // A template: the maker starts on the dilemma game (the pack was written for it); one round, the edited dilemma.
        press(trainer, "make-template");
        trainer.find("maker");
        assertEquals("dilemma", trainer.selected("maker-format"));
        trainer.find("dilemma-setup");
        trainer.type("maker-title-nl", "Dilemma over het eten");
        trainer.type("maker-title-en", "Dilemma about mealtimes");
        trainer.type("maker-session-title", "Teamdag De Linde");
        trainer.type("dlm-setup-rounds", "1", org.openqa.selenium.Keys.TAB);
        trainer.await(d -> trainer.all("dlm-setup-dilemma").size() == 1 ? true : null);
        trainer.select("dlm-setup-dilemma", "hulp-bij-eten");
        trainer.awaitContaining("maker-setup", EDITED_SITUATION);
        trainer.centre("dilemma-setup");
        trainer.screenshot("24-template-maker");
        press(trainer, "maker-save");
        trainer.awaitContaining("template-dilemma-over-het-eten", "Dilemma’s: hulp-bij-eten");
        trainer.awaitText("manifest-version", "1.0.1");
        trainer.centre("templates");
        trainer.screenshot("25-template-saved");
        JsonObject template = library("/api/library/packs/team-de-linde").getJsonObject("written")
                .getJsonArray("templates").getJsonObject(0);
        assertEquals("dilemma", template.getString("format"));
        assertEquals("Teamdag De Linde", template.getString("sessionTitle"));
        assertEquals(1, template.getJsonObject("options").getInteger("rounds"));
        assertEquals(new JsonArray().add("hulp-bij-eten"), template.getJsonObject("options").getJsonArray("dilemmas"));

        // Adapting the template starts from its choices, not from the pack's defaults.
        press(trainer, "template-duplicate-dilemma-over-het-eten");
        trainer.find("dilemma-setup");
        trainer.await(d -> "1".equals(trainer.read(Browser.testid("dlm-setup-rounds"), e -> e.getAttribute("value")))
                && "hulp-bij-eten".equals(trainer.selected("dlm-setup-dilemma")));
        press(trainer, "maker-cancel");

        // One click starts the session; a participant joins on a phone; the facilitator starts round 1.
        press(trainer, "template-start-dilemma-over-het-eten");
        String code = trainer.text("code").trim();
        trainer.find("dilemma-console");
        phone.join(stage.url("/j/" + code), "Anna");
        phone.find("dilemma-rule");
        trainer.awaitText("participant-count", "1");
        nextStep(trainer, "Welkom");
        nextStep(trainer, "Ronde 1");
        phone.awaitContaining("dilemma-situation", EDITED_SITUATION);
        assertFalse(phone.text("dilemma-card").contains(ORIGINAL_SITUATION));
        phone.onElement(Browser.testid("dilemma-card"), "window.scrollTo(0, arguments[0].getBoundingClientRect().top + window.scrollY - 70)");
        phone.screenshot("26-participant-dilemma");
        trainer.screenshot("26-facilitator-round-1");

        assertEquals(List.of(), trainer.consoleErrors(), "trainer's console");
        assertEquals(List.of(), phone.consoleErrors(), "participant's console");
    }

    private TestServer passcodeServer() {
        return TrainerLibrary.passcodeServer(stage);
    }

    private void enter(Browser trainer) {
        TrainerLibrary.enter(stage, trainer);
    }

    private JsonObject library(String path) {
        return TrainerLibrary.library(stage, path);
    }

    /** The console's "next step" button, then until the console's clock names that step. */
    private static void nextStep(Browser facilitator, String step) {
        press(facilitator, "dilemma-next");
        facilitator.await(d -> d.findElements(org.openqa.selenium.By.cssSelector(".clock__step")).stream()
                .anyMatch(e -> e.getText().contains(step)) ? true : null);
    }

    private static JsonObject dilemma(JsonObject pack, String id) {
        return pack.getJsonArray("dilemmas").stream().map(o -> (JsonObject) o)
                .filter(d -> d.getString("id").equals(id)).findFirst().orElseThrow(() -> new AssertionError("no dilemma " + id));
    }

    private static String situation(JsonObject dilemma) {
        return dilemma.getJsonObject("situation").getString("nl");
    }
}
