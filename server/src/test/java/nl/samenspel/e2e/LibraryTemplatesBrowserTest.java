package nl.samenspel.e2e;

import static nl.samenspel.e2e.TrainerLibrary.press;
import static nl.samenspel.e2e.TrainerLibrary.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import nl.samenspel.testing.Browser;
import nl.samenspel.testing.BrowserStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * Packs and templates in the library: imports reported plainly (added, refused as a conflict,
 * refused as broken), templates duplicated and deleted; templates of the card game and the
 * spearheads duplicated with every choice kept, listing their step lengths by step title.
 */
class LibraryTemplatesBrowserTest {

    @RegisterExtension final BrowserStage stage = new BrowserStage();

    /** Where the test writes the files a trainer imports. */
    @TempDir
    Path dir;

    private static final String YAML_PACK = """
            id: wijkteam-noord
            title: {nl: Wijkteam Noord, en: Neighbourhood team North}
            version: 1.0.0
            author: Trainer Wijkteam
            licence: CC BY 4.0
            languages: [nl, en]
            weetjes:
              - id: mantelzorg-cijfers
                title: {nl: Mantelzorg in cijfers, en: Family care in numbers}
                text: {nl: Bijna een op de drie volwassenen zorgt voor een naaste.}
            templates:
              - id: wijkavond
                title: {nl: Wijkavond, en: Neighbourhood evening}
                format: open
                sessionTitle: Wijkavond Noord
                options: {minutes: 25, maxTableSize: 6, dots: 2}
            """;

    @Test
    void importsAreReportedPlainlyAndTemplatesAreDuplicatedAndDeleted() throws Exception {
        Path file = file("wijkteam-noord.yaml", YAML_PACK);
        Path conflict = file("wijkteam-noord-anders.yaml", YAML_PACK.replace("Wijkavond Noord", "Wijkavond Noord-Oost"));
        Path broken = file("kapot.json", "{\"id\": \"kapot\", \"title\": {\"en\": \"Only English\"}, \"version\": \"1.0.0\","
                + " \"roleSets\": [{\"id\": \"set\", \"title\": {\"nl\": \"Set\"}, \"roles\": [{\"id\": \"zonder-tekst\", \"title\": {\"nl\": \"Rol\"}}]}]}");
        Browser trainer = signedIn();

        // A YAML pack is added; its texts without English are counted; an unknown section is shown with its field names.
        upload(trainer, file);
        trainer.awaitContaining("import-result", "Toegevoegd: „Wijkteam Noord”, versie 1.0.0.");
        trainer.awaitContaining("import-result", "1 tekst heeft geen Engelse vertaling");
        trainer.awaitText("pack-title", "Wijkteam Noord");
        String fact = trainer.text("item-weetjes-mantelzorg-cijfers");
        assertTrue(fact.contains("Mantelzorg in cijfers") && fact.contains("Tekst")
                && fact.contains("Bijna een op de drie volwassenen"), fact);
        trainer.awaitContaining("template-wijkavond", "Gesprek aan tafel (minuten): 25");
        trainer.centre("import-result");
        trainer.screenshot("11-imported");

        // The same file again changes nothing; the same version with other content is a conflict; errors are listed.
        upload(trainer, file);
        trainer.awaitContaining("import-result", "Niets veranderd");
        upload(trainer, conflict);
        trainer.awaitContaining("import-result", "versie 1.0.0 van „wijkteam-noord” staat hier al");
        upload(trainer, broken);
        String refused = trainer.readContaining("import-result", "Niet ingelezen: het bestand heeft", WebElement::getText);
        assertTrue(refused.contains("zonder-tekst") && refused.contains("title"), refused);
        trainer.centre("import-result");
        trainer.screenshot("12-import-refused");
        assertEquals(1, trainer.all("pack-wijkteam-noord").size(), "imported once");

        // Duplicate and adapt a template: the set-up panel starts from its choices; then delete the copy.
        press(trainer, "template-duplicate-wijkavond");
        trainer.find("maker");
        assertEquals("Wijkavond (kopie)", trainer.read(Browser.testid("maker-title-nl"), e -> e.getAttribute("value")));
        trainer.await(d -> "25".equals(trainer.read(Browser.testid("setup-minutes"), e -> e.getAttribute("value"))));
        trainer.type("setup-minutes", "30");
        press(trainer, "maker-save");
        trainer.find("template-wijkavond-kopie");
        trainer.awaitContaining("template-wijkavond-kopie", "Gesprek aan tafel (minuten): 30");
        trainer.awaitText("manifest-version", "1.0.1");
        press(trainer, "template-delete-wijkavond-kopie");
        trainer.awaitText("template-delete-wijkavond-kopie", "Zeker weten?");
        trainer.click("template-delete-wijkavond-kopie");
        trainer.awaitContaining("notice", "verwijderd");
        trainer.awaitText("manifest-version", "1.0.2");
        assertTrue(trainer.all("template-wijkavond-kopie").isEmpty());
        assertEquals(1, library("/api/library/packs/wijkteam-noord").getJsonObject("written").getJsonArray("templates").size());

        // English: the previews follow the language switch.
        trainer.click("lang-toggle");
        trainer.awaitContaining("item-weetjes-mantelzorg-cijfers", "Family care in numbers");
        trainer.awaitText("pack-title", "Neighbourhood team North");
        press(trainer, "export-pack");
        trainer.screenshot("13-english");

        List<String> errors = new java.util.ArrayList<>(trainer.consoleErrors());
        // Refused imports are answers of the server (409, 422), which Chromium logs as failed requests.
        errors.removeIf(m -> m.contains("/api/library/packs?file=") && (m.contains("409") || m.contains("422")));
        assertEquals(List.of(), errors, "trainer's console");
    }

    private static final String CARDS_PACK = """
            id: kaartspel-noord
            title: {nl: Kaartspel Noord, en: Card game North}
            version: 1.0.0
            base: kaartspel-mantelzorg
            author: Trainer Wijkteam
            licence: CC BY-SA 4.0
            languages: [nl, en]
            templates:
              - id: kaartmiddag
                title: {nl: Kaartmiddag, en: Card afternoon}
                format: cards
                options:
                  deck: in-gesprek
                  types: [statement, case]
                  themes: [samenwerken, balans]
                  grouping: plenary
                  limit: time
                  cards: 4
                  seconds: {knowledge: 60, statement: 90, case: 240}
                  turnOrder: free
                  scoring: true
                  maxTableSize: 4
                  steps: {uitleg: 90, spelen: 1500, plenair: 600}
            """;

    private static final String SPEARHEADS_PACK = """
            id: speerpunten-noord
            title: {nl: Speerpunten Noord, en: Spearheads North}
            version: 1.0.0
            base: speerpunten
            author: Trainer Wijkteam
            licence: CC BY-SA 4.0
            languages: [nl, en]
            templates:
              - id: teamochtend
                title: {nl: Teamochtend, en: Team morning}
                format: spearheads
                options:
                  spearheads: [aan-de-slag, kennis-visie]
                  minutes: {intro: 7, aan-de-slag: 12, kennis-visie: 15, closing: 8}
                  thermometer: false
                  tableBoards: true
                  team: Wijkteam Noord
                  dots: 4
                  maxTableSize: 6
            """;

    @Test
    void duplicatingACardGameOrSpearheadTemplateStartsFromItsChoicesAndKeepsThem() throws Exception {
        Path cardsFile = file("kaartspel-noord.yaml", CARDS_PACK);
        Path spearheadsFile = file("speerpunten-noord.yaml", SPEARHEADS_PACK);
        Browser trainer = signedIn();

        // The card game: the template lists its step lengths by the pack's step titles, in minutes.
        importPack(trainer, cardsFile, "Kaartspel Noord");
        String row = trainer.readContaining("template-kaartmiddag",
                "Tijd per stap: Uitleg van het spel (1 min 30 sec), Kaartspel aan tafel (25 min), Plenair: wat nemen we mee? (10 min)",
                WebElement::getText);
        assertFalse(row.contains("uitleg 90"), row);
        trainer.centre("template-kaartmiddag");
        trainer.screenshot("31-cards-template");

        // Duplicating shows the template's choices, not the pack's defaults.
        press(trainer, "template-duplicate-kaartmiddag");
        trainer.find("cards-setup");
        assertEquals("Kaartmiddag (kopie)", trainer.read(Browser.testid("maker-title-nl"), e -> e.getAttribute("value")));
        assertFalse(checked(trainer, "cards-setup-type-knowledge"));
        assertTrue(checked(trainer, "cards-setup-type-statement") && checked(trainer, "cards-setup-type-case"));
        assertTrue(checked(trainer, "cards-setup-grouping-plenary"));
        assertTrue(checked(trainer, "cards-setup-limit-time"));
        assertEquals("4", value(trainer, "cards-setup-cards"));
        assertEquals(List.of("60", "90", "240"), List.of(value(trainer, "cards-setup-seconds-knowledge"),
                value(trainer, "cards-setup-seconds-statement"), value(trainer, "cards-setup-seconds-case")));
        assertEquals("free", trainer.selected("cards-setup-turn"));
        assertTrue(checked(trainer, "cards-setup-scoring"));
        assertEquals("4", value(trainer, "cards-setup-table-size"));
        assertEquals(List.of("1.5", "25", "10"), List.of(value(trainer, "cards-setup-step-uitleg"),
                value(trainer, "cards-setup-step-spelen"), value(trainer, "cards-setup-step-plenair")));
        assertEquals(List.of("samenwerken", "balans"), trainer.await(d -> d.findElements(Browser.testid("cards-setup-theme")).stream()
                .filter(WebElement::isSelected).map(e -> e.getAttribute("value")).toList()));
        trainer.centre("cards-setup");
        trainer.screenshot("32-cards-duplicate");

        saveUnchanged(trainer, "kaartspel-noord", "kaartmiddag");

        // The spearheads: the same for their order, minutes, thermometer, flip-overs, team and dots.
        importPack(trainer, spearheadsFile, "Speerpunten Noord");
        trainer.awaitContaining("template-teamochtend", "Tijd per stap: Het model: vier speerpunten (7 min),"
                + " Aan de slag (instrumenten) (12 min), Kennis en visie (15 min), Onze actielijst (8 min)");
        trainer.centre("template-teamochtend");
        trainer.screenshot("33-spearheads-template");

        press(trainer, "template-duplicate-teamochtend");
        trainer.find("sp-setup");
        assertEquals("Teamochtend (kopie)", trainer.read(Browser.testid("maker-title-nl"), e -> e.getAttribute("value")));
        // Every box and its minutes are read in one try: the set-up may redraw between two reads.
        List<List<String>> spearheads = trainer.await(d -> {
            List<WebElement> boxes = d.findElements(Browser.testid("sp-setup-spearhead"));
            List<WebElement> minutes = d.findElements(Browser.testid("sp-setup-minutes"));
            return boxes.isEmpty() ? null : List.of(boxes.stream().map(e -> e.getAttribute("data-spearhead")).toList(),
                    boxes.stream().map(e -> String.valueOf(e.isSelected())).toList(),
                    minutes.stream().map(e -> e.getAttribute("value")).toList());
        });
        assertEquals(List.of("aan-de-slag", "kennis-visie", "rol-professional", "omgeving-context"),
                spearheads.get(0), "the chosen ones first, in their order");
        assertEquals(List.of("true", "true", "false", "false"), spearheads.get(1));
        assertEquals(List.of("12", "15", "10", "10"), spearheads.get(2));
        assertFalse(checked(trainer, "sp-setup-thermometer"));
        assertTrue(checked(trainer, "sp-setup-tableboards"));
        assertEquals("Wijkteam Noord", value(trainer, "sp-setup-team"));
        assertEquals("4", value(trainer, "sp-setup-dots"));
        trainer.awaitText("sp-setup-total", "Totaal: 42 minuten");
        trainer.centre("sp-setup");
        trainer.screenshot("34-spearheads-duplicate");

        saveUnchanged(trainer, "speerpunten-noord", "teamochtend");

        // In English the step titles and units follow the language switch.
        trainer.click("lang-toggle");
        trainer.awaitContaining("template-teamochtend-kopie", "Time per step: The model: four key areas (7 min)");
        trainer.centre("template-teamochtend-kopie");
        trainer.screenshot("35-spearheads-template-english");

        assertEquals(List.of(), trainer.consoleErrors(), "trainer's console");
    }

    /** Imports a pack file, which is added and shown. */
    private static void importPack(Browser trainer, Path file, String title) {
        upload(trainer, file);
        trainer.awaitContaining("import-result", "Toegevoegd: „" + title + "”");
        trainer.awaitText("pack-title", title);
    }

    /** Saves a duplicated template unchanged: the copy then holds the same choices as the original. */
    private void saveUnchanged(Browser trainer, String pack, String template) {
        press(trainer, "maker-save");
        trainer.find("template-" + template + "-kopie");
        trainer.awaitText("manifest-version", "1.0.1");
        assertSameOptions(pack, template, template + "-kopie");
    }

    private void assertSameOptions(String pack, String original, String copy) {
        JsonArray templates = library("/api/library/packs/" + pack).getJsonObject("written").getJsonArray("templates");
        assertEquals(2, templates.size(), templates.encode());
        JsonObject before = template(templates, original);
        JsonObject after = template(templates, copy);
        assertEquals(before.getString("format"), after.getString("format"));
        assertEquals(before.getJsonObject("options"), after.getJsonObject("options"), "the copy's options: " + after.encode());
    }

    private static JsonObject template(JsonArray templates, String id) {
        return templates.stream().map(o -> (JsonObject) o).filter(t -> id.equals(t.getString("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no template " + id + " in " + templates.encode()));
    }

    private static boolean checked(Browser b, String testid) {
        return b.await(d -> java.util.Optional.of(d.findElement(Browser.testid(testid)).isSelected())).get();
    }

    private Browser signedIn() {
        return TrainerLibrary.signedIn(stage);
    }

    /** A file the trainer imports, written in the test's folder. */
    private Path file(String name, String content) throws java.io.IOException {
        return java.nio.file.Files.writeString(dir.resolve(name), content);
    }

    private static void upload(Browser b, Path file) {
        b.driver.findElement(Browser.testid("import-file")).sendKeys(file.toAbsolutePath().toString());
    }

    private JsonObject library(String path) {
        return TrainerLibrary.library(stage, path);
    }
}
