package nl.samenspel.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A pack as written, before checks: its JSON (in the nested layout), where it came from, for a
 * folder pack which file each section came from (so an error can name the file), and whether
 * it was written in the flat layout and moved into the nested one when read.
 */
public record RawPack(String source, ObjectNode json, Map<String, String> sectionFiles, boolean migrated) {

    /** A section as the checks see it: a top-level one, or one under a sectioned format key. */
    public record Section(String name, JsonNode node, String file) {}

    public RawPack {
        sectionFiles = sectionFiles == null ? Map.of() : Map.copyOf(sectionFiles);
    }

    public RawPack(String source, ObjectNode json, Map<String, String> sectionFiles) {
        this(source, json, sectionFiles, false);
    }

    public String id() {
        return json.path("id").asText(null);
    }

    public String version() {
        return json.path("version").asText(null);
    }

    /** The file that holds a top-level section. */
    public String fileOf(String section) {
        return sectionFiles.getOrDefault(section, source);
    }

    /** The file that holds {@code member} of a top-level section ({@code dilemma.themes} may have a file of its own). */
    public String fileOf(String section, String member) {
        String own = sectionFiles.get(section + "." + member);
        return own != null ? own : fileOf(section);
    }

    /** The sections: the top-level ones, with the members of {@link FlatPackMigration#SECTIONED} format keys in their key's place. */
    public List<Section> sections() {
        List<Section> out = new ArrayList<>();
        json.fields().forEachRemaining(f -> {
            if (FlatPackMigration.SECTIONED.contains(f.getKey()) && f.getValue().isObject()) {
                f.getValue().fields().forEachRemaining(m -> out.add(new Section(m.getKey(), m.getValue(), fileOf(f.getKey(), m.getKey()))));
            } else {
                out.add(new Section(f.getKey(), f.getValue(), fileOf(f.getKey())));
            }
        });
        return out;
    }
}
