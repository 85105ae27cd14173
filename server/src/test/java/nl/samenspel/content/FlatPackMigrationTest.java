package nl.samenspel.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.samenspel.Samenspel;
import nl.samenspel.format.Formats;
import nl.samenspel.format.cards.CardsContent;
import nl.samenspel.format.dilemma.DilemmaContent;
import nl.samenspel.format.spearheads.SpearheadsContent;
import nl.samenspel.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packs in the flat layout keep loading. The fixtures in {@code content-flat/} are the built-in
 * packs exactly as they were before each format's sections moved under the format's key.
 */
class FlatPackMigrationTest {

    private static final List<String> BUILT_IN = List.of("samenspel-basis", "dilemmaspel", "kaartspel-mantelzorg", "speerpunten");
    private static final String DILEMMA = """
            {"id": "nieuw-dilemma", "theme": "taakverdeling", "title": {"nl": "Nieuw", "en": "New"},
             "situation": {"nl": "Een nieuwe situatie.", "en": "A new situation."},
             "sides": {"a": {"nl": "A", "en": "A"}, "b": {"nl": "B", "en": "B"}}}""";
    private static final String MANIFEST = "\"id\": \"team-dilemmas\", \"title\": {\"nl\": \"Team\", \"en\": \"Team\"}, \"version\": \"1.0.0\", \"base\": \"dilemmaspel\"";

    private final Formats formats = Samenspel.formats();
    private final ObjectMapper mapper = new Json(formats.jsonTypes()).records();
    private final ContentLibrary nested = formats.content(mapper);
    private final ContentLibrary flat = formats.content(mapper, fixtures());

    @TempDir
    Path dir;

    private static Path fixtures() {
        try {
            return Path.of(FlatPackMigrationTest.class.getClassLoader().getResource("content-flat").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void todaysBuiltInPacksInTheFlatLayoutGiveTheSameContentAsTheNestedOnes() {
        assertEquals(List.of(), flat.problems().stream().filter(ContentError::blocking).toList(), "the flat packs load");
        assertEquals(BUILT_IN.stream().sorted().toList(), flat.all().stream().map(ContentPack::id).sorted().toList());
        for (String id : BUILT_IN) {
            ContentPack before = flat.pack(id).orElseThrow();
            ContentPack now = nested.pack(id).orElseThrow();
            assertEquals(now.raw(), before.raw(), id + ": read as nested");
            assertEquals(now.roleSets(), before.roleSets(), id);
        }
        assertEquals(DilemmaContent.read(nested.pack("dilemmaspel").orElseThrow()), DilemmaContent.read(flat.pack("dilemmaspel").orElseThrow()));
        assertEquals(SpearheadsContent.read(nested.pack("speerpunten").orElseThrow()), SpearheadsContent.read(flat.pack("speerpunten").orElseThrow()));
        assertEquals(CardsContent.of(nested.pack("kaartspel-mantelzorg").orElseThrow()), CardsContent.of(flat.pack("kaartspel-mantelzorg").orElseThrow()));
        assertEquals(List.of(), nested.migrated(), "the shipped packs are nested");
        assertEquals(List.of("dilemmaspel.json: flat layout, read as nested; re-save to update",
                "speerpunten.json: flat layout, read as nested; re-save to update"), flat.migrated(),
                "the packs whose sections moved; the others read the same in both layouts");
    }

    @Test
    void flatteningANestedPackGivesTheFlatFileBack() throws IOException {
        for (String file : List.of("dilemmaspel.json", "speerpunten.json", "basis.json", "kaartspel.json")) {
            ObjectNode before = (ObjectNode) mapper.readTree(Files.readString(fixtures().resolve(file)));
            ObjectNode now = (ObjectNode) mapper.readTree(Files.readString(Path.of("..", "content", file)));
            assertEquals(before, FlatPackMigration.flatten(now), file);
            assertEquals(now, FlatPackMigration.nest(new RawPack(file, before, null)).json(), file);
        }
    }

    @Test
    void aFlatCopyOnWritePackStillAddsToItsBaseAndItsNestedTwinIsTheSame() {
        RawPack old = nested.files().parse("team.json", "{" + MANIFEST + ", \"dilemmas\": [" + DILEMMA + "]}");
        assertTrue(old.migrated());
        RawPack now = nested.files().parse("team.json", "{" + MANIFEST + ", \"dilemma\": {\"dilemmas\": [" + DILEMMA + "]}}");
        assertFalse(now.migrated());
        assertEquals(now.json(), old.json());
        ContentPack pack = nested.add(old, false);
        DilemmaContent content = DilemmaContent.read(pack);
        assertEquals(13, content.dilemmas().size(), "the base's twelve and its own");
        assertEquals(DilemmaContent.read(nested.pack("dilemmaspel").orElseThrow()).rule(), content.rule(), "the base's game stays");
        assertEquals(List.of("team.json: flat layout, read as nested; re-save to update"), nested.migrated());
        nested.add(now, false);
        assertEquals(List.of(), nested.migrated(), "saved nested, the note goes");
    }

    @Test
    void aSectionWrittenBothAtTheTopAndUnderItsFormatIsRefusedByName() {
        PackException e = assertThrows(PackException.class, () -> nested.files().parse("twee.json",
                "{" + MANIFEST + ", \"dilemma\": {\"dilemmas\": [" + DILEMMA + "]}, \"dilemmas\": [" + DILEMMA + "]}"));
        ContentError error = e.errors().get(0);
        assertEquals("twee.json", error.file());
        assertEquals("dilemma.dilemmas", error.field());
        assertTrue(error.message().contains("both at the top"), error.message());
    }

    @Test
    void aFlatFolderPackNamesTheFileOfAFaultInAMovedSection() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("team"));
        Files.writeString(folder.resolve("pack.json"), "{" + MANIFEST + "}");
        Files.writeString(folder.resolve("dilemmas.json"), "[" + DILEMMA.replace("taakverdeling", "onbekend") + "]");
        RawPack raw = nested.files().read(folder);
        assertTrue(raw.migrated());
        List<ContentError> blocking = nested.check(raw).stream().filter(ContentError::blocking).toList();
        assertEquals(1, blocking.size(), blocking.toString());
        assertEquals("team/dilemmas.json", blocking.get(0).file());
        assertEquals("nieuw-dilemma", blocking.get(0).item());
        assertEquals("theme", blocking.get(0).field());
    }

    @Test
    void checkContentNotesEveryFlatPackAndStillPasses() throws IOException {
        Path file = Files.writeString(dir.resolve("team.json"), "{" + MANIFEST + ", \"dilemmas\": [" + DILEMMA + "]}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ContentCheck.run(flat, file, new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, printed);
        assertTrue(printed.contains("In the old flat layout (3):"), printed);
        for (String name : List.of("dilemmaspel.json", "speerpunten.json", "team.json")) {
            assertTrue(printed.contains("  " + name + ": flat layout, read as nested; re-save to update"), printed);
        }
        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        ContentCheck.run(nested, null, new PrintStream(quiet, true, StandardCharsets.UTF_8));
        assertFalse(quiet.toString(StandardCharsets.UTF_8).contains("flat layout"), "nothing to note for nested packs");
    }
}
