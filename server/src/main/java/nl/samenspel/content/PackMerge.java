package nl.samenspel.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Copy-on-write packs: a pack that names a {@code base} holds only what it changes. Its items
 * replace the base's items with the same id (in the base's order) and new items follow;
 * everything else it holds replaces the base's value. Under a {@link FlatPackMigration#SECTIONED}
 * format key ({@code dilemma}, {@code spearheads}) each member is a section of its own and
 * merges the same way, so a pack may add one dilemma without repeating the game. The base
 * itself is never touched.
 */
public final class PackMerge {

    private PackMerge() {}

    public static ObjectNode onto(ObjectNode base, ObjectNode overlay) {
        ObjectNode merged = sections(base, overlay);
        for (String format : FlatPackMigration.SECTIONED) {
            if (base.get(format) instanceof ObjectNode mine && overlay.get(format) instanceof ObjectNode theirs) {
                merged.set(format, sections(mine, theirs));
            }
        }
        return merged;
    }

    private static ObjectNode sections(ObjectNode base, ObjectNode overlay) {
        ObjectNode merged = base.deepCopy();
        Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode mine = merged.get(f.getKey());
            if (isItemList(mine) && isItemList(f.getValue())) {
                merged.set(f.getKey(), byId((ArrayNode) mine, (ArrayNode) f.getValue()));
            } else {
                merged.set(f.getKey(), f.getValue().deepCopy());
            }
        }
        return merged;
    }

    private static ArrayNode byId(ArrayNode base, ArrayNode overlay) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        base.forEach(item -> items.put(item.get("id").asText(), item));
        overlay.forEach(item -> items.put(item.get("id").asText(), item.deepCopy()));
        ArrayNode out = base.arrayNode();
        items.values().forEach(out::add);
        return out;
    }

    /** A list whose every element is an object with an id. */
    static boolean isItemList(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) return false;
        for (JsonNode item : node) if (!item.isObject() || !item.path("id").isTextual()) return false;
        return true;
    }
}
