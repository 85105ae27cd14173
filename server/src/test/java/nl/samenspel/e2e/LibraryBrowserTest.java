package nl.samenspel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import nl.samenspel.testing.Browser;
import nl.samenspel.testing.BrowserStage;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The trainer's workflow end to end: behind the organisation passcode, a trainer copies a
 * built-in role card into their own pack (copy-on-write), sees a refused save explained field
 * by field, saves, makes a template for the open format from their pack and starts a session
 * from it in one click; a participant on a phone then finds the edited text on their role card.
 * The same for the dilemma game: a built-in dilemma's situation edited in a copy, a dilemma
 * template that plays it, and the edited situation on a phone once round 1 begins. Templates of
 * the card game and the spearheads are duplicated with every choice kept, and list their step
 * lengths by step title.
 */
class LibraryBrowserTest {

    private static final String PASSCODE = "linde-2026";
    private static final String ORIGINAL_BRIEF = "Het gaat over jouw leven en jouw dagen. Je wilt zoveel mogelijk zelf bepalen, ook als je hulp nodig hebt.";
    private static final String EDITED_BRIEF = "Je woont al veertig jaar in De Linde en kent iedereen op de gang. Je wilt zelf bepalen wanneer je opstaat.";

    @RegisterExtension final BrowserStage stage = new BrowserStage();

    /** Where the test writes the files a trainer imports. */
    @TempDir
    Path dir;

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

    private static final String DILEMMA_PACK_TITLE = "Dilemmaspel: samenwerken met naasten en vrijwilligers";
    private static final String ORIGINAL_SITUATION = "Het team rekent erop dat de familie helpt bij het eten geven. De familie ziet dat als een taak van het personeel.";
    private static final String EDITED_SITUATION = "Op De Linde rekent het team erop dat de dochter van mevrouw Jansen elke avond helpt bij het eten."
            + " De dochter vindt dat een taak van de verzorgenden.";

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

    private static String value(Browser b, String testid) {
        return b.await(d -> d.findElement(Browser.testid(testid)).getAttribute("value"));
    }

    /** The start page is ready once the chosen format's set-up panel is in it (whichever format is the default). */
    static void awaitSetUp(Browser b) {
        b.await(d -> d.findElements(org.openqa.selenium.By.cssSelector("[data-testid=\"create-setup\"] > *")).isEmpty() ? null : true);
    }

    /** A trainer on a laptop who enters the library with the passcode and opens the built-in base pack. */
    private Browser signedIn() {
        passcodeServer();
        Browser trainer = stage.laptop();
        enter(trainer);
        openPack(trainer, "samenspel-basis", "Samenspel basis");
        return trainer;
    }

    /** The test's server, behind the organisation passcode. */
    private TestServer passcodeServer() {
        return stage.server(new JsonObject().put("passcode", PASSCODE));
    }

    /** A file the trainer imports, written in the test's folder. */
    private Path file(String name, String content) throws java.io.IOException {
        return java.nio.file.Files.writeString(dir.resolve(name), content);
    }

    /** The trainer enters the library with the passcode. */
    private void enter(Browser trainer) {
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

    private static void upload(Browser b, Path file) {
        b.driver.findElement(Browser.testid("import-file")).sendKeys(file.toAbsolutePath().toString());
    }

    /** Clicks after bringing the element to the middle of the window, clear of the sticky top bar. */
    private static void press(Browser b, String testid) {
        b.centre(testid);
        b.click(testid);
    }

    private static Object js(Browser b, String script) {
        return ((JavascriptExecutor) b.driver).executeScript(script);
    }

    private JsonObject library(String path) {
        TestServer server = stage.server();
        HttpResponse<Buffer> r = TestServer.await(server.http.get(server.port(), "localhost", path)
                .putHeader("x-samenspel-passcode", PASSCODE).send());
        assertEquals(200, r.statusCode(), r.bodyAsString());
        return r.bodyAsJsonObject();
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
