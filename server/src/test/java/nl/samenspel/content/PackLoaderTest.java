package nl.samenspel.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.samenspel.Samenspel;
import nl.samenspel.format.Formats;
import nl.samenspel.json.Json;
import nl.samenspel.testing.BrokenContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs are checked on load; every kind of broken pack is refused with errors naming file, item and field. */
class PackLoaderTest {

    private static final String MANIFEST = "\"id\": \"team-pack\", \"title\": {\"nl\": \"Teampakket\", \"en\": \"Team pack\"}, \"version\": \"1.0.0\"";

    /** A pack.json of the team pack with these role sets. */
    private static String withRoleSets(String... sets) {
        return "{" + MANIFEST + ", \"roleSets\": [" + String.join(",", sets) + "]}";
    }

    private static String roleSet(String id, String... roles) {
        return "{\"id\": \"" + id + "\", \"title\": {\"nl\": \"S\"}, \"roles\": [" + String.join(",", roles) + "]}";
    }

    /** A role with this title (a JSON object of texts) and a Dutch brief. */
    private static String role(String id, String title) {
        return "{\"id\": \"" + id + "\", \"title\": " + title + ", \"brief\": {\"nl\": \"b\"}}";
    }

    private final Formats formats = Samenspel.formats();
    private final ObjectMapper mapper = new Json(formats.jsonTypes()).records();
    private final ContentLibrary library = formats.content(mapper);

    @TempDir
    Path dir;

    private List<ContentError> problems(String json) {
        try {
            return library.check(library.files().parse("pack.json", json)).stream().filter(ContentError::blocking).toList();
        } catch (PackException e) {
            return e.errors();
        }
    }

    private ContentError onlyProblem(String json) {
        List<ContentError> found = problems(json);
        assertEquals(1, found.size(), "expected one problem, found " + found);
        return found.get(0);
    }

    @Test
    void everyBuiltInPackPassesTheSchemaAndEveryFormatsChecks() {
        assertFalse(library.all().isEmpty());
        List<ContentError> blocking = library.problems().stream().filter(ContentError::blocking).toList();
        assertTrue(blocking.isEmpty(), "built-in packs with problems: " + blocking);
        library.all().forEach(p -> assertTrue(p.builtIn(), p.id()));
    }

    @Test
    void aFileThatIsNotJsonOrYaml() {
        ContentError e = onlyProblem("{ \"id\": ");
        assertEquals("pack.json", e.file());
        assertTrue(e.message().startsWith("cannot be read"), e.message());
        assertTrue(onlyProblem("[1, 2]").message().contains("an object"));
    }

    @Test
    void aMissingOrMalformedManifest() {
        ContentError noVersion = onlyProblem("{\"id\": \"x\", \"title\": {\"nl\": \"X\"}}");
        assertEquals("version", noVersion.field(), noVersion.toString());
        assertTrue(noVersion.message().contains("missing"), noVersion.toString());
        ContentError badId = onlyProblem("{\"id\": \"Met Spaties\", \"title\": {\"nl\": \"X\"}, \"version\": \"1.0.0\"}");
        assertEquals("id", badId.field());
        ContentError badVersion = onlyProblem("{\"id\": \"x\", \"title\": {\"nl\": \"X\"}, \"version\": \"eerste\"}");
        assertEquals("version", badVersion.field());
        ContentError titleNotText = onlyProblem("{\"id\": \"x\", \"title\": \"X\", \"version\": \"1.0.0\"}");
        assertEquals("title", titleNotText.field());
    }

    @Test
    void aRoleWithoutDutchTitleIsNamedByItsIdAndField() {
        ContentError e = onlyProblem(withRoleSets(roleSet("set", role("ok", "{\"nl\": \"Goed\"}"),
                role("kapot", "{\"en\": \"Only English\"}"))));
        assertEquals("pack.json", e.file());
        assertEquals("kapot", e.item());
        assertEquals("title.nl", e.field());
        assertTrue(e.message().contains("Dutch"), e.message());
    }

    @Test
    void anIdUsedTwice() {
        String set = roleSet("set", role("a", "{\"nl\": \"A\"}"));
        ContentError e = onlyProblem(withRoleSets(set, set));
        assertEquals("set", e.item());
        assertEquals("id", e.field());
    }

    @Test
    void aBaseThatIsNotHereOrItself() {
        assertTrue(onlyProblem("{" + MANIFEST + ", \"base\": \"elders\"}").message().contains("not on this server"));
        assertTrue(onlyProblem("{" + MANIFEST + ", \"base\": \"team-pack\"}").message().contains("itself"));
    }

    @Test
    void aTemplateForAFormatThatDoesNotExist() {
        ContentError e = onlyProblem("{" + MANIFEST + ", \"templates\": [{\"id\": \"t\", \"title\": {\"nl\": \"T\"}, \"format\": \"schaak\"}]}");
        assertEquals("t", e.item());
        assertEquals("format", e.field());
    }

    @Test
    void anOverBuiltInPackIsRefusedButBuildingOnItIsFine() {
        ContentError e = onlyProblem("{\"id\": \"samenspel-basis\", \"title\": {\"nl\": \"X\"}, \"version\": \"9.0.0\"}");
        assertTrue(e.message().contains("built-in"), e.message());
        assertTrue(problems("{" + MANIFEST + ", \"base\": \"samenspel-basis\"}").isEmpty());
    }

    @Test
    void aFolderPackNamesTheFileOfTheBrokenSection() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("teampakket"));
        Files.writeString(folder.resolve("pack.yaml"), "id: team-pack\ntitle:\n  nl: Teampakket\nversion: 1.2.0\n");
        Files.writeString(folder.resolve("roleSets.yaml"), """
                - id: set
                  title: {nl: Set}
                  roles:
                    - id: zonder-brief
                      title: {nl: Zonder brief}
                """);
        List<ContentError> found = library.check(library.files().read(folder)).stream().filter(ContentError::blocking).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals("teampakket/roleSets.yaml", found.get(0).file());
        assertEquals("zonder-brief", found.get(0).item());
        assertEquals("brief", found.get(0).field());
        assertTrue(found.get(0).message().contains("missing"));
    }

    @Test
    void aFolderWithoutManifestOrWithASectionTwice() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("leeg"));
        assertTrue(assertThrows(PackException.class, () -> library.files().read(empty)).getMessage().contains("pack.json"));
        Path twice = Files.createDirectory(dir.resolve("dubbel"));
        Files.writeString(twice.resolve("pack.json"), "{" + MANIFEST + ", \"roleSets\": []}");
        Files.writeString(twice.resolve("roleSets.json"), "[]");
        assertTrue(assertThrows(PackException.class, () -> library.files().read(twice)).getMessage().contains("also in"));
    }

    @Test
    void aMissingEnglishTextIsOnlyAWarningAndTheDutchIsUsed() {
        List<ContentError> all = library.check(library.files().parse("pack.json", "{\"id\": \"nl-only\", "
                + "\"title\": {\"nl\": \"Alleen Nederlands\"}, \"version\": \"1.0.0\"}"));
        assertEquals(1, all.size());
        assertFalse(all.get(0).blocking());
        assertEquals("title", all.get(0).field());
        ContentPack pack = library.add(library.files().parse("pack.json", "{\"id\": \"nl-only\", \"title\": {\"nl\": \"Alleen Nederlands\"}, \"version\": \"1.0.0\"}"), false);
        assertEquals("Alleen Nederlands", pack.title().in("en"));
    }

    @Test
    void aBrokenPackIsSkippedAndTheOthersLoad() {
        library.addAll(List.of(
                library.files().parse("kapot.json", "{\"id\": \"kapot\", \"title\": \"geen tekst\", \"version\": \"1.0.0\"}"),
                library.files().parse("goed.json", "{\"id\": \"goed\", \"title\": {\"nl\": \"Goed\", \"en\": \"Good\"}, \"version\": \"1.0.0\", \"base\": \"samenspel-basis\"}")),
                false);
        assertTrue(library.pack("goed").isPresent());
        assertTrue(library.pack("kapot").isEmpty());
        assertTrue(library.problems().stream().anyMatch(p -> "kapot.json".equals(p.file()) && p.blocking()));
    }

    @Test
    void aCopyOnWritePackChangesOneRoleAndKeepsTheBaseUntouched() {
        library.add(library.files().parse("eigen.json", "{\"id\": \"eigen\", \"title\": {\"nl\": \"Eigen\", \"en\": \"Own\"}, "
                + "\"version\": \"1.0.0\", \"base\": \"samenspel-basis\", \"roleSets\": [{\"id\": \"perspectieven\", "
                + "\"title\": {\"nl\": \"Onze perspectieven\", \"en\": \"Our perspectives\"}, \"roles\": [{\"id\": \"vrijwilliger\", "
                + "\"title\": {\"nl\": \"Buurtvrijwilliger\", \"en\": \"Neighbourhood volunteer\"}, \"brief\": {\"nl\": \"Eigen tekst\", \"en\": \"Own text\"}}]}]}"), false);
        ContentPack own = library.pack("eigen").orElseThrow();
        assertEquals("Buurtvrijwilliger", own.roleSet("perspectieven").orElseThrow().role("vrijwilliger").orElseThrow().title().nl());
        assertEquals(1, own.roleSet("perspectieven").orElseThrow().roles().size(), "a role set is replaced as one item");
        assertEquals("Vrijwilliger", library.pack("samenspel-basis").orElseThrow().roleSet("perspectieven").orElseThrow()
                .role("vrijwilliger").orElseThrow().title().nl(), "the built-in pack is untouched");
    }

    @Test
    void aRoleSetWhoseCoreNamesARoleItDoesNotHoldIsRefusedWithTheRole() {
        PackException refused = assertThrows(PackException.class, () -> library.add(library.files().parse("kern.json", "{\"id\": \"kern\", \"title\": {\"nl\": \"Kern\", \"en\": \"Core\"}, "
                + "\"version\": \"1.0.0\", \"roleSets\": [{\"id\": \"set\", \"title\": {\"nl\": \"Set\", \"en\": \"Set\"}, "
                + "\"core\": [\"bewoner\", \"niemand\"], \"roles\": [{\"id\": \"bewoner\", "
                + "\"title\": {\"nl\": \"Bewoner\", \"en\": \"Resident\"}, \"brief\": {\"nl\": \"Tekst\", \"en\": \"Text\"}}]}]}"), false));
        assertTrue(refused.getMessage().contains("kern.json") && refused.getMessage().contains("'niemand' is not a role"), refused.getMessage());
        assertTrue(library.pack("kern").isEmpty(), "the pack is not used");
        assertEquals(List.of("bewoner", "naaste", "vrijwilliger", "zorgprofessional"),
                library.pack("samenspel-basis").orElseThrow().roleSet("perspectieven").orElseThrow().core());
    }

    // --- a pack with a base holds only some items: the schema checks what is written, the formats the merged pack ---

    @Test
    void aPackOnTheDilemmaGameMayHoldJustOneDilemmaOnAThemeOfItsBase() {
        String dilemma = "{\"id\": \"eigen\", \"theme\": \"%s\", \"title\": {\"nl\": \"Eigen\", \"en\": \"Own\"},"
                + " \"situation\": {\"nl\": \"Een situatie.\", \"en\": \"A situation.\"},"
                + " \"sides\": {\"a\": {\"nl\": \"A\", \"en\": \"A\"}, \"b\": {\"nl\": \"B\", \"en\": \"B\"}}}";
        String pack = "{" + MANIFEST + ", \"base\": \"dilemmaspel\", \"dilemmas\": [" + dilemma + "]}";
        assertEquals(List.of(), problems(pack.formatted("privacy")));
        ContentError e = onlyProblem(pack.formatted("bestaat-niet"));
        assertEquals("eigen", e.item());
        assertEquals("theme", e.field());
        assertTrue(e.message().contains("no theme 'bestaat-niet'"), e.message());
    }

    @Test
    void aPackOnTheSpearheadsMayReplaceAColumnButTheMergedPackStillHasThree() {
        String column = "{\"id\": \"%s\", \"title\": {\"nl\": \"Onze stand\", \"en\": \"Our standing\"}, \"color\": \"pink\"}";
        String pack = "{" + MANIFEST + ", \"base\": \"speerpunten\", \"columns\": [" + column + "]}";
        assertEquals(List.of(), problems(pack.formatted("status")), "replaces the first column");
        ContentError e = onlyProblem(pack.formatted("vierde"));
        assertEquals("spearheads.columns", e.field(), "named where the nested layout has it");
        assertTrue(e.message().contains("three columns, not 4"), e.message());
    }

    @Test
    void aSectionThatIsNotAListOfItemsIsReplacedWholeSoItMustBeComplete() {
        List<ContentError> found = problems("{" + MANIFEST + ", \"base\": \"kaartspel-mantelzorg\", \"cards\": {\"decks\": []}}");
        assertEquals(7, found.size(), "six parts missing and no deck: " + found);
        found.forEach(e -> assertEquals("cards", e.field().split("\\.")[0], e.toString()));
        assertTrue(found.stream().anyMatch(e -> e.field().equals("cards.themes") && e.message().equals("is missing")), found.toString());
    }

    // --- a content folder with a broken pack of every kind ---

    @Test
    void aBrokenPackOfEveryKindInTheContentFolderIsReportedAndSkippedAndTheOthersLoad() {
        ContentLibrary loaded = formats.content(mapper, BrokenContent.folder(dir));
        assertEquals(BrokenContent.GOOD.stream().sorted().toList(), loaded.all().stream().map(ContentPack::id).sorted().toList());
        loaded.all().forEach(p -> assertTrue(p.builtIn(), p.id()));
        assertEquals(1, loaded.pack("goed").orElseThrow().raw().path("dilemma").path("dilemmas").size() - 12, "the base's twelve and its own");
        List<ContentError> blocking = loaded.problems().stream().filter(ContentError::blocking).toList();
        for (BrokenContent.Expected x : BrokenContent.EXPECTED) {
            assertTrue(blocking.stream().anyMatch(e -> x.file().equals(e.file()) && Objects.equals(x.item(), e.item())
                            && Objects.equals(x.field(), e.field()) && e.message().contains(x.message())),
                    "reported: " + x + " in " + blocking);
        }
        assertEquals(BrokenContent.EXPECTED.size(), blocking.stream().map(ContentError::file).distinct().count(),
                "nothing else is reported: " + blocking);
    }

    @Test
    void aFormatThatTripsOverAPackRefusesThatPackAndNothingElse() {
        PackChecker.FormatChecks tripping = (pack, raw) -> {
            if (pack.raw().has("weetjes")) throw new IllegalStateException("boom");
            return List.of();
        };
        ContentLibrary own = new ContentLibrary(mapper, new PackChecker(new PackSchema(mapper), Map.of("struikel", tripping)));
        own.addAll(List.of(
                own.files().parse("struikel.json", "{\"id\": \"struikel\", \"title\": {\"nl\": \"S\", \"en\": \"S\"}, "
                        + "\"version\": \"1.0.0\", \"weetjes\": [{\"id\": \"een\"}]}"),
                own.files().parse("goed.json", "{\"id\": \"goed\", \"title\": {\"nl\": \"G\", \"en\": \"G\"}, \"version\": \"1.0.0\"}")),
                true);
        assertTrue(own.pack("goed").isPresent());
        assertTrue(own.pack("struikel").isEmpty());
        ContentError e = own.problems().get(0);
        assertEquals("struikel.json", e.file());
        assertTrue(e.message().contains("'struikel' cannot read this pack") && e.message().contains("boom"), e.message());
    }
}
