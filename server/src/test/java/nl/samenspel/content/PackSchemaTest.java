package nl.samenspel.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.samenspel.Samenspel;
import nl.samenspel.format.Formats;
import nl.samenspel.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published schema (docs/content-pack.schema.json) describes every section of every format:
 * the built-in packs pass it without a single error, and a copy of a built-in pack with one fault
 * in any section is refused with the file, the item and the field of the fault. Faults the schema
 * cannot see (a reference to a theme, a missing step, a duplicate id in a nested list) are found
 * by the formats' own checks and named the same way.
 */
class PackSchemaTest {

    private static final Formats FORMATS = Samenspel.formats();
    private static final ObjectMapper MAPPER = new Json(FORMATS.jsonTypes()).records();
    private static final ContentLibrary LIBRARY = FORMATS.content(MAPPER);
    private static final PackSchema SCHEMA = new PackSchema(MAPPER);
    private static final Path CONTENT = Path.of("..", "content");

    @Test
    void everyBuiltInPackPassesTheSchemaWithoutASingleError() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(CONTENT)) {
            files = list.filter(PackFiles::isPackFile).sorted().toList();
        }
        assertEquals(4, files.size(), "basis, dilemmaspel, kaartspel, speerpunten: " + files);
        for (Path file : files) {
            RawPack raw = LIBRARY.files().read(file);
            assertEquals(List.of(), SCHEMA.check(raw), file + " against the schema");
            assertTrue(LIBRARY.pack(raw.id()).isPresent(), raw.id() + " is loaded");
        }
        assertEquals(List.of(), LIBRARY.problems().stream().filter(ContentError::blocking).toList());
    }

    @Test
    void theSchemaInTheJarIsThePublishedOne() throws IOException {
        try (InputStream in = PackSchema.class.getClassLoader().getResourceAsStream(PackSchema.RESOURCE)) {
            assertEquals(MAPPER.readTree(Path.of("..", "docs", "content-pack.schema.json").toFile()), MAPPER.readTree(in));
        }
    }

    @Test
    void theSchemaNamesEveryFormatSectionUnderItsFormatsKey() throws IOException {
        JsonNode schema = MAPPER.readTree(Path.of("..", "docs", "content-pack.schema.json").toFile());
        for (String section : List.of("roleSets", "templates", "dilemma", "cards", "spearheads")) {
            assertTrue(schema.path("properties").has(section), section);
        }
        Map<String, List<String>> nested = Map.of("dilemma", List.of("rule", "steps", "themes", "dilemmas", "values"),
                "spearheads", List.of("model", "columns", "spearheads", "thermometer", "steps", "parking"));
        nested.forEach((format, sections) -> {
            String ref = schema.path("properties").path(format).path("$ref").asText();
            JsonNode def = schema.at(ref.substring(1));
            sections.forEach(section -> assertTrue(def.path("properties").has(section), format + "." + section));
            assertFalse(schema.path("properties").has(sections.get(sections.size() - 1)), "not at the top: " + sections);
        });
    }

    /** A fault, where it is put, and where the error must say it is. */
    private static Arguments fault(String name, String pack, Consumer<ObjectNode> breakIt, String item, String field, String message) {
        return Arguments.of(name, pack, breakIt, item, field, message);
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                // --- the dilemma game: dilemma -------------------------------------------------------------
                fault("dilemma: a number written as text", "dilemmaspel.json",
                        p -> obj(p, "/dilemma").put("rounds", "twee"), null, "dilemma.rounds", "integer"),
                fault("dilemma: too many rounds", "dilemmaspel.json",
                        p -> obj(p, "/dilemma").put("rounds", 5), null, "dilemma.rounds", "4"),
                fault("dilemma: the rule without Dutch", "dilemmaspel.json",
                        p -> obj(p, "/dilemma/rule").remove("nl"), null, "dilemma.rule.nl", "the Dutch text is missing"),
                fault("dilemma: a field that does not exist", "dilemmaspel.json",
                        p -> obj(p, "/dilemma").put("ronden", 2), null, "dilemma.ronden", "not a field"),
                fault("dilemma: a step of an unknown kind", "dilemmaspel.json",
                        p -> obj(p, "/dilemma/steps/2").put("kind", "pauze"), null, "dilemma.steps[2].kind", "intro"),
                fault("dilemma: a step too short", "dilemmaspel.json",
                        p -> obj(p, "/dilemma/steps/1").put("seconds", 5), null, "dilemma.steps[1].seconds", "10"),
                fault("dilemma: a step kind missing", "dilemmaspel.json",
                        p -> ((ArrayNode) p.at("/dilemma/steps")).remove(1), null, "dilemma.steps", "'draw' is missing"),
                fault("dilemma: a step kind twice", "dilemmaspel.json",
                        p -> obj(p, "/dilemma/steps/2").put("kind", "draw"), null, "dilemma.steps[2].kind", "twice"),
                fault("dilemma: a table size upside down", "dilemmaspel.json",
                        p -> obj(p, "/dilemma/tableSize").put("min", 8), null, "dilemma.tableSize", "larger than max"),
                // --- the dilemma game: themes, dilemmas, values --------------------------------------------
                fault("themes: a title without Dutch", "dilemmaspel.json",
                        p -> obj(p, "/dilemma/themes/0/title").put("nl", " "), "taakverdeling", "title.nl", "Dutch"),
                fault("themes: an id with spaces", "dilemmaspel.json",
                        p -> obj(p, "/dilemma/themes/1").put("id", "Goede Zorg"), "Goede Zorg", "id", "not an id"),
                fault("themes: an id twice", "dilemmaspel.json",
                        p -> obj(p, "/dilemma/themes/1").put("id", "taakverdeling"), "taakverdeling", "id", "twice"),
                fault("dilemmas: an unknown theme", "dilemmaspel.json",
                        p -> obj(p, "/dilemma/dilemmas/1").put("theme", "onbekend"), "open-deur", "theme", "no theme 'onbekend'"),
                fault("dilemmas: one side missing", "dilemmaspel.json",
                        p -> obj(p, "/dilemma/dilemmas/0/sides").remove("b"), "wassen-of-douchen", "sides.b", "missing"),
                fault("dilemmas: the situation as plain text", "dilemmaspel.json",
                        p -> obj(p, "/dilemma/dilemmas/2").put("situation", "Familie zit vaak in de huiskamer."),
                        "familie-in-de-huiskamer", "situation", "object"),
                fault("dilemmas: a misspelt field", "dilemmaspel.json",
                        p -> obj(p, "/dilemma/dilemmas/0").set("situatie", obj(p, "/dilemma/dilemmas/0").get("situation").deepCopy()),
                        "wassen-of-douchen", "situatie", "not a field"),
                fault("dilemmas: the game needs English", "dilemmaspel.json",
                        p -> obj(p, "/dilemma/dilemmas/0/sides/a").remove("en"), "wassen-of-douchen", "sides.a.en", "English"),
                fault("dilemmas: an empty list", "dilemmaspel.json",
                        p -> p.withObject("/dilemma").putArray("dilemmas"), null, "dilemma.dilemmas", "empty"),
                fault("values: a title that does not fit a sticky note", "dilemmaspel.json",
                        p -> obj(p, "/dilemma/values/0/title").put("nl", "Autonomie, zelfbeschikking en eigen regie over het leven"),
                        "autonomie", "title.nl", "40"),
                fault("values: no explanation", "dilemmaspel.json",
                        p -> obj(p, "/dilemma/values/1").remove("explanation"), "eigen-regie", "explanation", "missing"),
                fault("values: not a list", "dilemmaspel.json",
                        p -> p.withObject("/dilemma").putObject("values").put("id", "autonomie"), null, "dilemma.values", "array"),
                // --- the card game ---------------------------------------------------------------------------
                fault("cards: an answer that is not an option", "kaartspel.json",
                        p -> obj(p, "/cards/decks/0/cards/0").put("answer", "z"), "k01", "answer", "not one of the options"),
                fault("cards: questions on a knowledge card", "kaartspel.json",
                        p -> obj(p, "/cards/decks/0/cards/0").set("questions", card(p, "c01").get("questions").deepCopy()),
                        "k01", "questions", "does not belong"),
                fault("cards: a card of an unknown type", "kaartspel.json",
                        p -> obj(p, "/cards/decks/0/cards/1").put("type", "quiz"), "k02", "type", "knowledge"),
                fault("cards: an unknown theme", "kaartspel.json",
                        p -> obj(p, "/cards/decks/0/cards/2").put("theme", "onbekend"), "k03", "theme", "not one of the themes"),
                fault("cards: a case without questions", "kaartspel.json",
                        p -> card(p, "c01").remove("questions"), "c01", "questions", "missing"),
                fault("cards: a statement with a Dutch text that is empty", "kaartspel.json",
                        p -> ((ObjectNode) card(p, "s01").get("text")).put("nl", ""), "s01", "text.nl", "Dutch"),
                fault("cards: a card id twice in a deck", "kaartspel.json",
                        p -> obj(p, "/cards/decks/0/cards/1").put("id", "k01"), "k01", "id", "twice"),
                fault("cards: rules with an unknown limit", "kaartspel.json",
                        p -> obj(p, "/cards/rules").put("limit", "rondes"), null, "cards.rules.limit", "cards"),
                fault("cards: an insight column that is not a column", "kaartspel.json",
                        p -> obj(p, "/cards/board").put("insightColumn", "elders"), null, "cards.board.insightColumn", "columns"),
                fault("cards: no step to play", "kaartspel.json",
                        p -> obj(p, "/cards/steps/1").put("kind", "intro"), null, "cards.steps", "play"),
                fault("cards: a column of an unknown colour", "kaartspel.json",
                        p -> obj(p, "/cards/board/columns/0").put("color", "rood"), "inzichten", "color", "yellow"),
                fault("cards: the section without decks", "kaartspel.json",
                        p -> obj(p, "/cards").remove("decks"), null, "cards.decks", "missing"),
                fault("cards: a statement option without text", "kaartspel.json",
                        p -> obj(p, "/cards/statementOptions/2").remove("text"), "depends", "text", "missing"),
                // --- the spearhead session -------------------------------------------------------------------
                fault("model: no intro", "speerpunten.json",
                        p -> obj(p, "/spearheads/model").remove("intro"), null, "spearheads.model.intro", "missing"),
                fault("columns: an unknown colour", "speerpunten.json",
                        p -> obj(p, "/spearheads/columns/1").put("color", "rood"), "important", "color", "yellow"),
                fault("columns: two instead of three", "speerpunten.json",
                        p -> ((ArrayNode) p.at("/spearheads/columns")).remove(2), null, "spearheads.columns", "three columns"),
                fault("spearheads: no summary", "speerpunten.json",
                        p -> obj(p, "/spearheads/spearheads/1").remove("summary"), "rol-professional", "summary", "missing"),
                fault("spearheads: a guiding question without Dutch", "speerpunten.json",
                        p -> obj(p, "/spearheads/spearheads/0/questions/1").remove("nl"), "kennis-visie", "questions[1].nl", "the Dutch text is missing"),
                fault("spearheads: the id of another step", "speerpunten.json",
                        p -> obj(p, "/spearheads/spearheads/2").put("id", "closing"), "closing", "id", "not one of [intro, thermometer, review, closing]"),
                fault("spearheads: no minutes", "speerpunten.json",
                        p -> obj(p, "/spearheads/spearheads/3").put("minutes", 0), "omgeving-context", "minutes", "1"),
                fault("spearheads: an id twice", "speerpunten.json",
                        p -> obj(p, "/spearheads/spearheads/3").put("id", "kennis-visie"), "kennis-visie", "id", "twice"),
                fault("thermometer: a factor id twice", "speerpunten.json",
                        p -> obj(p, "/spearheads/thermometer/factors/1").put("id", "taakverdeling"), "taakverdeling", "id", "twice"),
                fault("thermometer: a factor without a title", "speerpunten.json",
                        p -> obj(p, "/spearheads/thermometer/factors/2").remove("title"), "regelmaat-contact", "title", "missing"),
                fault("thermometer: the scale as plain text", "speerpunten.json",
                        p -> obj(p, "/spearheads/thermometer").put("scale", "1 tot 5"), null, "spearheads.thermometer.scale", "object"),
                fault("steps: a step this session does not have", "speerpunten.json",
                        p -> obj(p, "/spearheads/steps").set("pauze", obj(p, "/spearheads/steps/intro").deepCopy()), null, "spearheads.steps.pauze", "not a field"),
                fault("steps: minutes as a word", "speerpunten.json",
                        p -> obj(p, "/spearheads/steps/intro").put("minutes", "vijf"), null, "spearheads.steps.intro.minutes", "integer"),
                fault("parking: a title as plain text", "speerpunten.json",
                        p -> obj(p, "/spearheads/parking").put("title", "Parkeerplaats"), null, "spearheads.parking.title", "object"),
                // --- role sets, templates and the manifest ---------------------------------------------------
                fault("roleSets: a role without a brief", "basis.json",
                        p -> obj(p, "/roleSets/0/roles/2").remove("brief"), "vrijwilliger", "brief", "missing"),
                fault("roleSets: a prompt without Dutch", "basis.json",
                        p -> obj(p, "/roleSets/0/roles/0/prompts/0").put("nl", ""), "bewoner", "prompts[0].nl", "Dutch"),
                fault("templates: no format", "basis.json",
                        p -> p.putArray("templates").addObject().put("id", "kort").set("title", obj(p, "/title").deepCopy()),
                        "kort", "format", "missing"),
                // --- sections no format reads ----------------------------------------------------------------
                fault("an unknown field that is not a section", "basis.json",
                        p -> p.put("license", "CC BY 4.0"), null, "license", "array"),
                fault("an extra section whose items have no id", "basis.json",
                        p -> p.putArray("weetjes").addObject().set("title", obj(p, "/title").deepCopy()), null, "weetjes[0].id", "missing"),
                fault("a section name that is not a name", "basis.json",
                        p -> p.putArray("dilemma's"), null, "dilemma's", "not a section name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aPackWithOneFaultIsRefusedNamingFileItemAndField(String name, String file, Consumer<ObjectNode> breakIt,
                                                          String item, String field, String message) {
        ObjectNode json = (ObjectNode) LIBRARY.files().read(CONTENT.resolve(file)).json().deepCopy();
        json.put("id", "kopie");
        breakIt.accept(json);
        List<ContentError> blocking = LIBRARY.check(new RawPack("kopie.json", json, Map.of())).stream()
                .filter(ContentError::blocking).toList();
        assertEquals(1, blocking.size(), "one problem, precisely named: " + blocking);
        ContentError e = blocking.get(0);
        assertEquals("kopie.json", e.file(), e.toString());
        assertEquals(item, e.item(), e.toString());
        assertEquals(field, e.field(), e.toString());
        assertTrue(e.message().contains(message), "the message says " + message + ": " + e);
        assertFalse(e.message().startsWith("$"), "no JSON path in the message: " + e);
        assertTrue(LIBRARY.pack("kopie").isEmpty(), "nothing added");
    }

    @Test
    void aSectionNoFormatReadsIsAllowedAsAListOfItemsOrAnObject() {
        String pack = """
                id: wijkteam-noord
                title: {nl: Wijkteam Noord, en: Neighbourhood team North}
                version: 1.0.0
                weetjes:
                  - id: mantelzorg-cijfers
                    title: {nl: Mantelzorg in cijfers, en: Family care in numbers}
                    text: {nl: Bijna een op de drie volwassenen zorgt voor een naaste.}
                notities: {nl: Alleen voor de trainer}
                """;
        List<ContentError> all = LIBRARY.check(LIBRARY.files().parse("wijkteam-noord.yaml", pack));
        assertEquals(List.of(), all.stream().filter(ContentError::blocking).toList());
        assertEquals(2, all.size(), "the texts without English are counted, in extra sections too: " + all);
    }

    @Test
    void anEditorsSchemaLineIsAllowed() {
        String pack = "{\"$schema\": \"../docs/content-pack.schema.json\", \"id\": \"met-schema\", "
                + "\"title\": {\"nl\": \"Met schema\", \"en\": \"With schema\"}, \"version\": \"1.0.0\"}";
        assertEquals(List.of(), LIBRARY.check(LIBRARY.files().parse("met-schema.json", pack)));
    }

    private static ObjectNode obj(ObjectNode pack, String pointer) {
        JsonNode n = pack.at(pointer);
        if (!(n instanceof ObjectNode o)) throw new IllegalArgumentException("no object at " + pointer);
        return o;
    }

    private static ObjectNode card(ObjectNode pack, String id) {
        for (JsonNode deck : pack.at("/cards/decks")) {
            for (JsonNode c : deck.path("cards")) if (Objects.equals(id, c.path("id").asText())) return (ObjectNode) c;
        }
        throw new IllegalArgumentException("no card " + id);
    }
}
