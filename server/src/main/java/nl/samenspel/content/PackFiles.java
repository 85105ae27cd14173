package nl.samenspel.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads packs as trainers write them: one JSON or YAML file, or a folder holding
 * {@code pack.json} (or {@code pack.yaml}) with the manifest and a file per section
 * ({@code dilemma.yaml} holds the dilemma game's sections). A pack in the flat layout is
 * moved into the nested one ({@link FlatPackMigration}).
 */
public final class PackFiles {

    private static final List<String> EXTENSIONS = List.of(".json", ".yaml", ".yml");

    private final ObjectMapper json;
    private final ObjectMapper yaml;

    public PackFiles(ObjectMapper json) {
        this.json = json;
        this.yaml = new ObjectMapper(new YAMLFactory());
    }

    public static boolean isPackFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith) && !name.startsWith(".");
    }

    /** A file or a folder; throws {@link PackException} with a located error when it cannot be read. */
    public RawPack read(Path path) {
        return FlatPackMigration.nest(Files.isDirectory(path) ? readFolder(path) : new RawPack(name(path), object(path), Map.of()));
    }

    /** A pack sent as text (an import): JSON, or YAML when it does not start with '{'. */
    public RawPack parse(String source, String text) {
        try {
            JsonNode node = text.stripLeading().startsWith("{") ? json.readTree(text) : yaml.readTree(text);
            if (!(node instanceof ObjectNode o)) throw new PackException(ContentError.of(source, null, null, "a pack is an object with an id, a title and a version"));
            return FlatPackMigration.nest(new RawPack(source, o, Map.of()));
        } catch (IOException e) {
            throw new PackException(ContentError.of(source, null, null, "cannot be read: " + firstLine(e.getMessage())));
        }
    }

    private RawPack readFolder(Path folder) {
        Path manifest = EXTENSIONS.stream().map(ext -> folder.resolve("pack" + ext)).filter(Files::exists).findFirst()
                .orElseThrow(() -> new PackException(ContentError.of(name(folder), null, null,
                        "a pack folder needs a pack.json or pack.yaml with the manifest")));
        ObjectNode pack = object(manifest);
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.sorted().toList()) {
                if (file.equals(manifest) || !isPackFile(file)) continue;
                String section = stripExtension(file.getFileName().toString());
                if (pack.has(section)) {
                    throw new PackException(ContentError.of(name(file), null, section,
                            "section '" + section + "' is also in " + name(manifest)));
                }
                pack.set(section, tree(file));
                files.put(section, name(folder) + "/" + file.getFileName());
            }
        } catch (IOException e) {
            throw new PackException(ContentError.of(name(folder), null, null, "cannot be read: " + e.getMessage()));
        }
        return new RawPack(name(folder) + "/" + manifest.getFileName(), pack, files);
    }

    private ObjectNode object(Path file) {
        JsonNode node = tree(file);
        if (node instanceof ObjectNode o) return o;
        throw new PackException(ContentError.of(name(file), null, null, "a pack is an object with an id, a title and a version"));
    }

    private JsonNode tree(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            return (name.endsWith(".json") ? json : yaml).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new PackException(ContentError.of(name(file), null, null, "cannot be read: " + firstLine(e.getMessage())));
        }
    }

    private static String name(Path path) {
        Path file = path.getFileName();
        return file == null ? path.toString() : file.toString();
    }

    private static String stripExtension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }

    private static String firstLine(String message) {
        if (message == null) return "unknown error";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
