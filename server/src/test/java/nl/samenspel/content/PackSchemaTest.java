package nl.samenspel.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * in any section (the table in test/resources/pack-faults.yaml) is refused with the file,
 * the item and the field of the fault. Faults the schema cannot see (a reference to a theme, a
 * missing step, a duplicate id in a nested list) are found by the formats' own checks and named
 * the same way.
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
        assertEquals(nl.samenspel.testing.BuiltInPacks.ids().size(), files.size(),
                "one file for each format's own pack " + nl.samenspel.testing.BuiltInPacks.ids() + ": " + files);
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

    /** Every fault of test/resources/pack-faults.yaml, with the built-in pack it is put in. */
    static Stream<Arguments> faults() throws IOException {
        JsonNode table;
        try (InputStream in = PackSchemaTest.class.getResourceAsStream("/pack-faults.yaml")) {
            table = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        List<Arguments> faults = new ArrayList<>();
        table.fields().forEachRemaining(pack -> pack.getValue().forEach(f -> faults.add(Arguments.of(
                f.path("name").asText(), pack.getKey(), (Consumer<ObjectNode>) p -> breakIn(p, f),
                f.path("item").isNull() ? null : f.path("item").asText(), f.path("field").asText(), f.path("message").asText()))));
        assertTrue(faults.size() >= 54, "no fault of the table lost: " + faults.size());
        return faults.stream();
    }

    /** Puts one fault of the table into the pack: sets keys, copies a node to a key, or removes a key or an element. */
    private static void breakIn(ObjectNode pack, JsonNode fault) {
        JsonNode target = at(pack, fault.path("at").asText());
        fault.path("set").fields().forEachRemaining(e -> ((ObjectNode) target).set(e.getKey(), e.getValue().deepCopy()));
        fault.path("copy").fields().forEachRemaining(e -> ((ObjectNode) target).set(e.getKey(), at(pack, e.getValue().asText()).deepCopy()));
        JsonNode remove = fault.path("remove");
        if (remove.isInt()) ((ArrayNode) target).remove(remove.asInt());
        else if (remove.isTextual()) ((ObjectNode) target).remove(remove.asText());
    }

    /** The node at a JSON pointer whose step "@id" is the element of a list with that id. */
    private static JsonNode at(JsonNode pack, String pointer) {
        JsonNode n = pack;
        for (String step : pointer.split("/")) {
            if (step.isEmpty()) continue;
            if (step.startsWith("@")) {
                JsonNode list = n;
                n = null;
                for (JsonNode e : list) if (Objects.equals(step.substring(1), e.path("id").asText())) n = e;
            } else {
                n = n.isArray() ? n.get(Integer.parseInt(step)) : n.get(step);
            }
            if (n == null) throw new IllegalArgumentException("nothing at " + pointer);
        }
        return n;
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
}
