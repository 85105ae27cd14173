package nl.samenspel.format.stelling;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.samenspel.content.ContentPack;
import nl.samenspel.content.Text;
import nl.samenspel.format.stelling.StellingPlan.Statement;

/**
 * A pack's {@code stelling} section: {@code {"minutes": 10, "statements": [{id, text, hint?}]}}.
 * A fault starts with its path ({@code stelling.statements[1].text: the Dutch text is missing}).
 */
record StellingContent(int minutes, List<Statement> statements) {

    static final String SECTION = "stelling";
    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");
    static final int MAX_TEXT = 300;

    static boolean offeredBy(ContentPack pack) {
        return pack.raw() != null && pack.raw().has(SECTION);
    }

    static StellingContent read(ContentPack pack) {
        JsonNode section = pack.raw() == null ? null : pack.raw().get(SECTION);
        if (section == null || !section.isObject()) throw fault(SECTION, "must be an object with statements");
        int minutes = section.path("minutes").asInt(10);
        if (!section.path("minutes").isMissingNode() && (!section.get("minutes").canConvertToExactIntegral() || minutes < 1 || minutes > 60)) {
            throw fault(SECTION + ".minutes", "must be a whole number from 1 to 60");
        }
        JsonNode list = section.path("statements");
        if (!list.isArray() || list.isEmpty()) throw fault(SECTION + ".statements", "the pack names no statements");
        List<Statement> statements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String at = SECTION + ".statements[" + i + "]";
            String id = item.path("id").asText("");
            if (!ID.matcher(id).matches()) throw fault(at + ".id", "an id is lower-case letters, digits and '-', at most 40");
            if (id.equals(StellingSetup.INTRO)) throw fault(at + ".id", "'" + id + "' is the id of the opening step");
            if (!ids.add(id)) throw fault(at + ".id", "the id '" + id + "' is used twice");
            statements.add(new Statement(id, text(item, "text", at, true), text(item, "hint", at, false)));
        }
        return new StellingContent(minutes, List.copyOf(statements));
    }

    private static Text text(JsonNode item, String field, String at, boolean required) {
        JsonNode t = item.get(field);
        if (t == null) {
            if (required) throw fault(at + "." + field, "the Dutch text is missing");
            return null;
        }
        String nl = t.path("nl").asText("").strip();
        if (nl.isEmpty()) throw fault(at + "." + field + ".nl", "the Dutch text is missing");
        String en = t.path("en").isTextual() ? t.get("en").asText() : null;
        if (nl.length() > MAX_TEXT || (en != null && en.length() > MAX_TEXT)) {
            throw fault(at + "." + field, "a statement fits on the projector: at most " + MAX_TEXT + " characters");
        }
        return Text.of(nl, en);
    }

    private static IllegalArgumentException fault(String at, String message) {
        return new IllegalArgumentException(at + ": " + message);
    }
}
