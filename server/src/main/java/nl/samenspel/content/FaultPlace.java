package nl.samenspel.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a format's reading fault, "cards.decks[0].cards[3].answer: …", into a {@link ContentError}
 * as the schema check names its problems: the file that holds the section, the id of the
 * innermost item on the way (ids, not positions: a pack built on another has its own order),
 * and the field within that item.
 */
public final class FaultPlace {

    private static final Pattern FAULT = Pattern.compile("([A-Za-z][\\w.\\[\\]-]*): (.*)", Pattern.DOTALL);
    private static final Pattern PART = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

    private FaultPlace() {}

    /**
     * A format's check of its sections: reads them as a session would, and names the first
     * fault. A pack without the format's sections has nothing to check.
     */
    public static List<ContentError> check(ContentPack pack, RawPack raw, Predicate<ContentPack> offered,
                                           Consumer<ContentPack> read) {
        if (!offered.test(pack)) return List.of();
        try {
            read.accept(pack);
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(locate(e.getMessage(), pack, raw));
        }
    }

    /** @param fault a message that starts with the path of the fault, then ": " */
    public static ContentError locate(String fault, ContentPack pack, RawPack raw) {
        Matcher m = FAULT.matcher(fault);
        if (!m.matches()) return ContentError.of(raw.source(), null, null, fault);
        List<Object> parts = new ArrayList<>();
        Matcher p = PART.matcher(m.group(1));
        while (p.find()) parts.add(p.group(1) != null ? p.group(1) : (Object) Integer.parseInt(p.group(2)));
        return at(parts, pack.raw(), raw, m.group(2));
    }

    /**
     * A problem at {@code path} (a section name, then names and indices) within {@code root}: the
     * file of the section, the innermost item with an id on the way, and the field within it.
     */
    static ContentError at(List<Object> path, JsonNode root, RawPack raw, String message) {
        if (path.isEmpty()) return ContentError.of(raw.source(), null, null, message);
        String section = String.valueOf(path.get(0));
        JsonNode node = root.path(section);
        String item = null;
        int fieldStart = 1;
        for (int i = 1; i < path.size(); i++) {
            Object part = path.get(i);
            node = part instanceof Integer n ? node.path(n) : node.path(String.valueOf(part));
            if (part instanceof Integer && node.path("id").isTextual()) {
                item = node.path("id").asText();
                fieldStart = i + 1;
            }
        }
        StringBuilder field = new StringBuilder(item == null ? section : "");
        for (int i = fieldStart; i < path.size(); i++) {
            Object part = path.get(i);
            if (part instanceof Integer n) field.append('[').append(n).append(']');
            else field.append(field.length() == 0 ? "" : ".").append(part);
        }
        String file = path.size() > 1 && path.get(1) instanceof String member ? raw.fileOf(section, member) : raw.fileOf(section);
        return ContentError.of(file, item, field.toString(), message);
    }
}
