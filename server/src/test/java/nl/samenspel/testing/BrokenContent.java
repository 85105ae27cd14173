package nl.samenspel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A content folder as the server reads its built-in packs from: copies of the real packs, a
 * pack that builds on one of them, and next to them a broken pack of every kind (not JSON, not
 * an object, no version, a schema fault, a fault only a format sees, a duplicate id, a broken
 * section file in a folder pack, a folder without manifest, a base that was skipped). Each broken
 * one must be reported with its file, item and field, and skipped; the others load.
 */
public final class BrokenContent {

    /** What the report must say about one broken pack: its file, item and field, and a word of the message. */
    public record Expected(String file, String item, String field, String message) {}

    /** The packs that load: the four built-in ones and one that builds on the dilemma game. */
    public static final List<String> GOOD = List.of("samenspel-basis", "dilemmaspel", "kaartspel-mantelzorg", "speerpunten", "goed");

    public static final List<Expected> EXPECTED = List.of(
            new Expected("kapot.json", null, null, "cannot be read"),
            new Expected("lijst.yaml", null, null, "an object"),
            new Expected("zonder-versie.json", null, "version", "is missing"),
            new Expected("schema-fout.yaml", "nieuw-dilemma", "sides", "is missing"),
            new Expected("thema-onbekend.json", "nieuw-dilemma", "theme", "no theme 'onbekend'"),
            new Expected("vier-kolommen.json", null, "spearheads.columns", "three columns"),
            new Expected("kaartspel-half.json", null, "cards.themes", "is missing"),
            new Expected("dubbel.json", "set", "id", "twice"),
            new Expected("team-map/roleSets.yaml", "zonder-brief", "brief", "is missing"),
            new Expected("leeg", null, null, "pack.json"),
            new Expected("op-kapot.json", null, "base", "'thema-onbekend' is not on this server"));

    private static final String MANIFEST = "\"title\": {\"nl\": \"Kapot\", \"en\": \"Broken\"}, \"version\": \"1.0.0\"";
    private static final String DILEMMA = """
            {"id": "nieuw-dilemma", "theme": "%s", "title": {"nl": "Nieuw", "en": "New"},
             "situation": {"nl": "Een nieuwe situatie.", "en": "A new situation."},
             "sides": {"a": {"nl": "A", "en": "A"}, "b": {"nl": "B", "en": "B"}}}""";

    private BrokenContent() {}

    /** Writes the folder under {@code dir} and returns it. */
    public static Path folder(Path dir) {
        try {
            Path folder = Files.createDirectories(dir.resolve("content"));
            try (Stream<Path> real = Files.list(Path.of("..", "content"))) {
                for (Path p : real.toList()) Files.copy(p, folder.resolve(p.getFileName()));
            }
            write(folder, "goed.yaml", """
                    id: goed
                    title: {nl: Goed, en: Good}
                    version: 1.0.0
                    base: dilemmaspel
                    dilemmas:
                      - %s
                    weetjes:
                      - id: cijfers
                        title: {nl: Mantelzorg in cijfers, en: Family care in numbers}
                    """.formatted(DILEMMA.formatted("taakverdeling").replace("\n", " ")));
            write(folder, "kapot.json", "{ \"id\": ");
            write(folder, "lijst.yaml", "- een\n- twee\n");
            write(folder, "zonder-versie.json", "{\"id\": \"zonder-versie\", \"title\": {\"nl\": \"X\", \"en\": \"X\"}}");
            write(folder, "schema-fout.yaml", """
                    id: schema-fout
                    title: {nl: Kapot, en: Broken}
                    version: 1.0.0
                    base: dilemmaspel
                    dilemmas:
                      - id: nieuw-dilemma
                        theme: taakverdeling
                        title: {nl: Nieuw, en: New}
                        situation: {nl: Zonder kanten., en: Without sides.}
                    """);
            write(folder, "thema-onbekend.json", "{\"id\": \"thema-onbekend\", " + MANIFEST + ", \"base\": \"dilemmaspel\", "
                    + "\"dilemmas\": [" + DILEMMA.formatted("onbekend") + "]}");
            write(folder, "vier-kolommen.json", "{\"id\": \"vier-kolommen\", " + MANIFEST + ", \"base\": \"speerpunten\", "
                    + "\"columns\": [{\"id\": \"vierde\", \"title\": {\"nl\": \"Vierde\", \"en\": \"Fourth\"}}]}");
            write(folder, "kaartspel-half.json", "{\"id\": \"kaartspel-half\", " + MANIFEST + ", \"base\": \"kaartspel-mantelzorg\", "
                    + "\"cards\": {\"decks\": []}}");
            write(folder, "dubbel.json", "{\"id\": \"dubbel\", " + MANIFEST + ", \"roleSets\": ["
                    + "{\"id\": \"set\", \"title\": {\"nl\": \"S\"}, \"roles\": [{\"id\": \"a\", \"title\": {\"nl\": \"A\"}, \"brief\": {\"nl\": \"b\"}}]},"
                    + "{\"id\": \"set\", \"title\": {\"nl\": \"S\"}, \"roles\": [{\"id\": \"a\", \"title\": {\"nl\": \"A\"}, \"brief\": {\"nl\": \"b\"}}]}]}");
            Path map = Files.createDirectory(folder.resolve("team-map"));
            write(map, "pack.yaml", "id: team-map\ntitle: {nl: Team, en: Team}\nversion: 1.0.0\nbase: samenspel-basis\n");
            write(map, "roleSets.yaml", """
                    - id: perspectieven
                      title: {nl: Onze rollen, en: Our roles}
                      roles:
                        - id: zonder-brief
                          title: {nl: Zonder brief, en: Without a brief}
                    """);
            Files.createDirectory(folder.resolve("leeg"));
            write(folder, "op-kapot.json", "{\"id\": \"op-kapot\", " + MANIFEST + ", \"base\": \"thema-onbekend\"}");
            write(folder, "lees-mij.txt", "Not a pack: ignored.");
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path folder, String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }
}
