package nl.samenspel.content;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A pack as written, before checks: its JSON, where it came from, and for a folder pack which
 * file each section came from (so an error can name the file).
 */
public record RawPack(String source, ObjectNode json, Map<String, String> sectionFiles) {

    public RawPack {
        sectionFiles = sectionFiles == null ? Map.of() : Map.copyOf(sectionFiles);
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
}
