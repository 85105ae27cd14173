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
        String section = (String) parts.get(0);
        JsonNode node = pack.raw().path(section);
        String item = null;
        int fieldStart = 1;
        for (int i = 1; i < parts.size(); i++) {
            node = parts.get(i) instanceof Integer n ? node.path(n) : node.path((String) parts.get(i));
            if (parts.get(i) instanceof Integer && node.path("id").isTextual()) {
                item = node.path("id").asText();
                fieldStart = i + 1;
            }
        }
        StringBuilder field = new StringBuilder(item == null ? section : "");
        for (int i = fieldStart; i < parts.size(); i++) {
            if (parts.get(i) instanceof Integer n) field.append('[').append(n).append(']');
            else field.append(field.length() == 0 ? "" : ".").append(parts.get(i));
        }
        return ContentError.of(raw.fileOf(section), item, field.toString(), m.group(2));
    }
}
