package nl.samenspel.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Packs written before each format's sections moved under the format's own key (the "flat"
 * layout: {@code themes}, {@code dilemmas}, {@code values}, {@code model}, {@code columns},
 * {@code spearheads}, {@code thermometer}, {@code steps}, {@code parking} at the top) are moved
 * into the nested layout when read, so trainers' files and stored packs keep working. The
 * table below is the flat layout as it was: it does not grow with new formats.
 */
public final class FlatPackMigration {

    /** The format keys whose members are sections of their own, each merged with a base like a top-level section. */
    public static final Set<String> SECTIONED = Set.of("dilemma", "spearheads");

    /** Each flat top-level section and the format key it lives under now. */
    private static final Map<String, String> MOVED = moved();

    private FlatPackMigration() {}

    private static Map<String, String> moved() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String s : List.of("themes", "dilemmas", "values")) m.put(s, "dilemma");
        for (String s : List.of("model", "columns", "spearheads", "thermometer", "steps", "parking")) m.put(s, "spearheads");
        return Map.copyOf(m);
    }

    /** Whether the pack has a section at the top that now belongs under a format's key. */
    public static boolean isFlat(ObjectNode json) {
        return MOVED.keySet().stream().anyMatch(s -> isFlatSection(json, s));
    }

    /** The spearheads' key holds an object now; as a list it is the flat layout's list of spearheads. */
    private static boolean isFlatSection(ObjectNode json, String section) {
        JsonNode node = json.get(section);
        return node != null && !(section.equals("spearheads") && node.isObject());
    }

    /**
     * The pack in the nested layout, marked as migrated; a nested pack is returned as it is.
     * The section files of a folder pack follow their sections ({@code themes} becomes
     * {@code dilemma.themes}). Throws {@link PackException} when a section is written both ways.
     */
    public static RawPack nest(RawPack raw) {
        if (!isFlat(raw.json())) return raw;
        ObjectNode written = raw.json().deepCopy();
        ObjectNode nested = written.objectNode();
        Map<String, String> files = new HashMap<>(raw.sectionFiles());
        written.fields().forEachRemaining(f -> {
            String section = f.getKey();
            String format = isFlatSection(written, section) ? MOVED.get(section) : null;
            JsonNode already = nested.get(format == null ? section : format);
            if (format == null) {
                if (already == null) nested.set(section, f.getValue());
                else if (f.getValue() instanceof ObjectNode own) addAll(raw, (ObjectNode) already, own, section);
                else throw new PackException(ContentError.of(raw.source(), null, section, "must be an object"));
                return;
            }
            if (already != null && !already.isObject()) {
                throw new PackException(ContentError.of(raw.source(), null, format, "must be an object holding " + section));
            }
            ObjectNode target = nested.withObject("/" + format);
            if (target.has(section)) throw twice(raw, format, section);
            target.set(section, f.getValue());
            String file = files.remove(section);
            if (file != null) files.put(format + "." + section, file);
        });
        return new RawPack(raw.source(), nested, files, true);
    }

    /** A format's own object met after some of its sections were moved in already (it follows them in the file). */
    private static void addAll(RawPack raw, ObjectNode target, ObjectNode own, String format) {
        own.fields().forEachRemaining(f -> {
            if (target.has(f.getKey())) throw twice(raw, format, f.getKey());
            target.set(f.getKey(), f.getValue());
        });
    }

    private static PackException twice(RawPack raw, String format, String section) {
        return new PackException(ContentError.of(raw.source(), null, format + "." + section,
                "'" + section + "' is written both at the top (the old layout) and under '" + format + "'; keep the one under '" + format + "'"));
    }

    /**
     * The pack in the flat layout, for the library API that today's clients read section by
     * section. The inverse of {@link #nest} for a pack without sections written both ways.
     */
    public static ObjectNode flatten(ObjectNode nested) {
        ObjectNode flat = nested.objectNode();
        nested.fields().forEachRemaining(f -> {
            if (!SECTIONED.contains(f.getKey()) || !f.getValue().isObject()) {
                flat.set(f.getKey(), f.getValue());
                return;
            }
            // The format's own settings first, then its sections: nesting this again gives the same order.
            ObjectNode stays = flat.objectNode();
            ObjectNode moved = flat.objectNode();
            f.getValue().fields().forEachRemaining(m -> (f.getKey().equals(MOVED.get(m.getKey())) ? moved : stays).set(m.getKey(), m.getValue()));
            if (!stays.isEmpty()) flat.set(f.getKey(), stays);
            flat.setAll(moved);
        });
        return flat;
    }

    /** The note {@code --check-content} prints for a pack read in the flat layout. */
    public static String note(RawPack raw) {
        return raw.source() + ": flat layout, read as nested; re-save to update";
    }
}
