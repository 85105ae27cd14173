package nl.samenspel.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything checked before a pack is used: the published schema; ids unique within each
 * section; the base pack present; templates naming a known format; each format's own checks
 * of its sections (references between items, a correct answer among the options…); and, as
 * a warning only, every text without English.
 */
public final class PackChecker {

    /** A format's own checks of a resolved pack. */
    public interface FormatChecks {
        List<ContentError> check(ContentPack pack, RawPack raw);
    }

    private final PackSchema schema;
    private final Map<String, FormatChecks> formats;

    /** @param formats every format's checks, by format id; each checks the sections that are its own */
    public PackChecker(PackSchema schema, Map<String, FormatChecks> formats) {
        this.schema = schema;
        this.formats = Map.copyOf(formats);
    }

    /** Problems in the pack as written (schema, ids, base); the base must be resolvable through {@code library}. */
    public List<ContentError> checkWritten(RawPack raw, Function<String, ContentPack> library) {
        List<ContentError> errors = new ArrayList<>(schema.check(raw));
        if (!errors.isEmpty()) return errors;
        uniqueIds(raw, errors);
        String base = raw.json().path("base").asText(null);
        if (base != null) {
            if (base.equals(raw.id())) errors.add(ContentError.of(raw.source(), null, "base", "a pack cannot build on itself"));
            else if (library.apply(base) == null) {
                errors.add(ContentError.of(raw.source(), null, "base", "the base pack '" + base + "' is not on this server"));
            }
        }
        return errors;
    }

    /** Problems that show once the pack is merged with its base: templates and the formats' own rules. */
    public List<ContentError> checkResolved(ContentPack pack, RawPack raw) {
        List<ContentError> errors = new ArrayList<>();
        for (JsonNode template : pack.raw().path("templates")) {
            String format = template.path("format").asText();
            if (!formats.containsKey(format)) {
                errors.add(ContentError.of(raw.fileOf("templates"), template.path("id").asText(), "format",
                        "there is no format '" + format + "'"));
            }
        }
        formats.forEach((id, f) -> {
            try {
                errors.addAll(f.check(pack, raw));
            } catch (RuntimeException e) {
                // A format's reader that trips over a pack must not take the server down: the pack is refused instead.
                errors.add(ContentError.of(raw.source(), null, null, "the format '" + id + "' cannot read this pack: " + e));
            }
        });
        return errors;
    }

    /** Texts without English, as warnings: they fall back to Dutch. */
    public List<ContentError> missingEnglish(RawPack raw) {
        List<ContentError> out = new ArrayList<>();
        for (RawPack.Section s : raw.sections()) walk(s.file(), null, s.name(), s.node(), out, true);
        return out;
    }

    private static void walk(String file, String item, String path, JsonNode node, List<ContentError> out, boolean top) {
        if (node.isObject()) {
            if (node.has("nl") && node.size() <= 2 && (node.size() == 1 || node.has("en"))) {
                if (node.path("en").asText("").isBlank()) {
                    out.add(ContentError.warning(file, item, path, "no English text; Dutch is shown"));
                }
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                walk(file, item, item == null && top ? f.getKey() : join(path, f.getKey()), f.getValue(), out, false);
            }
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode element : node) {
                if (item == null && element.path("id").isTextual()) {
                    walk(file, element.path("id").asText(), "", element, out, false);
                } else {
                    walk(file, item, path + "[" + i + "]", element, out, false);
                }
                i++;
            }
        }
    }

    private static String join(String path, String field) {
        return path == null || path.isEmpty() ? field : path + "." + field;
    }

    private static void uniqueIds(RawPack raw, List<ContentError> errors) {
        for (RawPack.Section s : raw.sections()) {
            if (!s.node().isArray()) continue;
            Set<String> seen = new HashSet<>();
            for (JsonNode item : s.node()) {
                String id = item.path("id").asText(null);
                if (id != null && !seen.add(id)) {
                    errors.add(ContentError.of(s.file(), id, "id", "the id '" + id + "' is used twice in " + s.name()));
                }
                if (item.path("roles").isArray()) {
                    Set<String> roles = new HashSet<>();
                    for (JsonNode role : item.path("roles")) {
                        if (!roles.add(role.path("id").asText())) {
                            errors.add(ContentError.of(s.file(), id, "roles", "role '" + role.path("id").asText() + "' is used twice"));
                        }
                    }
                }
            }
        }
    }

}
