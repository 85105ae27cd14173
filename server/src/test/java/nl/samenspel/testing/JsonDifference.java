package nl.samenspel.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;

/** Where two JSON trees first differ, map order aside: a failed comparison of states names its place. */
final class JsonDifference {

    private JsonDifference() {
    }

    /** The path of the first difference below {@code path}, with both values; null when the trees are equal. */
    static String first(String path, JsonNode a, JsonNode b) {
        if (a.equals(b)) return null;
        if (a.isObject() && b.isObject()) {
            Set<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode x = a.get(name);
                JsonNode y = b.get(name);
                if (x == null || y == null) return path + "." + name + " (" + x + " vs " + y + ")";
                String d = first(path + "." + name, x, y);
                if (d != null) return d;
            }
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                String d = first(path + "[" + i + "]", a.get(i), b.get(i));
                if (d != null) return d;
            }
        }
        return path + " (" + a + " vs " + b + ")";
    }
}
