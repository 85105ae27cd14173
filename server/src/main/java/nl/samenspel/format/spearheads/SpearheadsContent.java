package nl.samenspel.format.spearheads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.samenspel.content.ContentPack;
import nl.samenspel.content.Text;
import nl.samenspel.format.spearheads.SpearheadsPlan.ColumnInfo;
import nl.samenspel.format.spearheads.SpearheadsPlan.Factor;
import nl.samenspel.format.spearheads.SpearheadsPlan.Spearhead;
import nl.samenspel.session.domain.board.Colors;

/**
 * The sections of a content pack this format reads, all under {@code spearheads} (see
 * docs/content/spearheads.md): the model, the three columns, the spearheads, the thermometer,
 * the texts and timings of the other steps, and the parking lot. Anything missing or malformed
 * is named in an {@link IllegalArgumentException} that starts with its path
 * ({@code spearheads.spearheads[2].questions[0].nl: the Dutch text is missing}).
 */
public record SpearheadsContent(
        Text modelTitle, Text modelIntro, Text modelTip,
        List<ColumnInfo> columns,
        List<Spearhead> spearheads,
        List<Integer> spearheadMinutes,
        Text thermometerTitle, Text thermometerIntro, Text low, Text high, int thermometerMinutes,
        List<Factor> factors,
        StepText intro, StepText thermometerStep, StepText review, StepText spearheadStep, StepText closing,
        Text parkingTitle, Text parkingColumn) {

    /** The title, hint and default length of a step. */
    public record StepText(Text title, Text hint, int minutes) {}

    /** The pack's key that holds this format's sections. */
    static final String KEY = "spearheads";

    public static boolean offeredBy(ContentPack pack) {
        return pack.raw() != null && pack.raw().path(KEY).has("spearheads");
    }

    public static SpearheadsContent read(ContentPack pack) {
        if (!offeredBy(pack)) {
            throw new IllegalArgumentException("content pack '" + pack.id() + "' has no spearheads");
        }
        try {
            return read(pack.raw().get(KEY));
        } catch (IllegalArgumentException e) {
            // The paths below are written within the format's key; the pack names them from its top.
            throw new IllegalArgumentException(KEY + "." + e.getMessage(), e);
        }
    }

    private static SpearheadsContent read(JsonNode raw) {
        JsonNode model = object(raw, "model", "model", true);
        List<ColumnInfo> columns = items(raw, "columns", "columns", (c, id, at) -> {
            JsonNode color = c.path("color");
            if (!color.isMissingNode() && !(color.isTextual() && Colors.ALL.contains(color.asText()))) {
                throw fault(at + ".color", "must be one of " + Colors.ALL);
            }
            return new ColumnInfo(id, text(c, "title", at), optionalText(c, "hint", at), color.asText("yellow"));
        });
        if (columns.size() != 3) {
            throw fault("columns", "a spearhead's flip-over has three columns, not " + columns.size());
        }
        List<Integer> minutes = new ArrayList<>();
        List<Spearhead> spearheads = items(raw, "spearheads", "spearheads", (s, id, at) -> {
            if (SpearheadsSetup.STEP_IDS.contains(id)) {
                throw fault(at + ".id", "'" + id + "' is the id of another step " + SpearheadsSetup.STEP_IDS.stream().sorted().toList());
            }
            Spearhead spearhead = new Spearhead(id, text(s, "title", at), text(s, "summary", at), texts(s, "points", at), texts(s, "questions", at));
            minutes.add(minutes(s, 10, at));
            return spearhead;
        });
        if (spearheads.isEmpty()) throw fault("spearheads", "the pack names none");
        JsonNode thermo = object(raw, "thermometer", "thermometer", false);
        List<Factor> factors = !thermo.has("factors") ? List.of() : items(thermo, "factors", "thermometer.factors",
                (f, id, at) -> new Factor(id, text(f, "title", at), optionalText(f, "hint", at)));
        JsonNode scale = object(thermo, "scale", "thermometer.scale", false);
        int thermometerMinutes = minutes(thermo, 5, "thermometer");
        JsonNode steps = object(raw, "steps", "steps", false);
        JsonNode parking = object(raw, "parking", "parking", false);
        return new SpearheadsContent(
                text(model, "title", "model"), text(model, "intro", "model"), optionalText(model, "tip", "model"),
                columns, spearheads, minutes,
                optionalText(thermo, "title", "thermometer"), optionalText(thermo, "intro", "thermometer"),
                optionalText(scale, "low", "thermometer.scale"), optionalText(scale, "high", "thermometer.scale"),
                thermometerMinutes, factors,
                step(steps, "intro", 5), step(steps, "thermometer", thermometerMinutes),
                step(steps, "review", 10), step(steps, "spearhead", 10), step(steps, "closing", 5),
                orDefault(optionalText(parking, "title", "parking"), Text.of("Parkeerplaats", "Parking lot")),
                orDefault(optionalText(parking, "column", "parking"), Text.of("Voor later", "For later")));
    }

    // --- reading helpers: each fault starts with its path, e.g. "spearheads[2].questions[0].nl: …" ---

    /** Reads one item of a list, given its node, its id and its path. */
    @FunctionalInterface
    private interface Item<T> {
        T read(JsonNode node, String id, String at);
    }

    /** The items of the list {@code field} (at {@code at}), each with an id of its own. */
    private static <T> List<T> items(JsonNode parent, String field, String at, Item<T> item) {
        JsonNode list = array(parent, field, at);
        Set<String> ids = new HashSet<>();
        List<T> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String place = at + "[" + i + "]";
            out.add(item.read(list.get(i), id(list.get(i), place, ids), place));
        }
        return out;
    }

    private static IllegalArgumentException fault(String at, String message) {
        return new IllegalArgumentException(at + ": " + message);
    }

    private static StepText step(JsonNode steps, String name, int fallbackMinutes) {
        String at = "steps." + name;
        JsonNode node = object(steps, name, at, false);
        return new StepText(optionalText(node, "title", at), optionalText(node, "hint", at), minutes(node, fallbackMinutes, at));
    }

    /** An object; when it is optional and absent, an empty one (its fields then take their defaults). */
    private static JsonNode object(JsonNode parent, String field, String at, boolean required) {
        JsonNode n = parent.path(field);
        if ((n.isMissingNode() || n.isNull()) && !required) return MissingNode.getInstance();
        if (!n.isObject()) throw fault(at, "must be an object");
        return n;
    }

    private static JsonNode array(JsonNode parent, String field, String at) {
        JsonNode a = parent.path(field);
        if (!a.isArray()) throw fault(at, "must be a list");
        return a;
    }

    private static String id(JsonNode item, String at, Set<String> taken) {
        if (!item.isObject()) throw fault(at, "must be an object with an id");
        String id = item.path("id").asText("");
        if (!item.path("id").isTextual() || !id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw fault(at + ".id", "'" + id + "' is not an id: 1–40 of a–z, 0–9 and -");
        }
        if (!taken.add(id)) throw fault(at + ".id", "'" + id + "' appears twice");
        return id;
    }

    private static int minutes(JsonNode node, int fallback, String at) {
        JsonNode m = node.path("minutes");
        if (m.isMissingNode() || m.isNull()) return fallback;
        if (!m.isIntegralNumber() || m.asInt() < 1 || m.asInt() > 120) {
            throw fault(at + ".minutes", "must be a whole number from 1 to 120");
        }
        return m.asInt();
    }

    /** A required text {@code {nl, en?}}. */
    static Text text(JsonNode node, String field, String at) {
        Text t = optionalText(node, field, at);
        if (t == null) throw fault(at + "." + field, "the Dutch text is missing");
        return t;
    }

    /** A text {@code {nl, en?}}, or null when the field is absent; a field that is there must be a text with Dutch. */
    static Text optionalText(JsonNode node, String field, String at) {
        JsonNode t = node.path(field);
        if (t.isMissingNode() || t.isNull()) return null;
        return asText(t, at + "." + field);
    }

    private static Text asText(JsonNode t, String at) {
        if (!t.isObject()) throw fault(at, "must be a text {\"nl\": …, \"en\": …}");
        String nl = t.path("nl").asText("");
        if (!t.path("nl").isTextual() || nl.isBlank()) throw fault(at + ".nl", "the Dutch text is missing");
        JsonNode en = t.path("en");
        if (!en.isMissingNode() && !en.isNull() && !en.isTextual()) throw fault(at + ".en", "must be a text");
        return Text.of(nl, en.asText("").isBlank() ? null : en.asText());
    }

    private static List<Text> texts(JsonNode node, String field, String at) {
        JsonNode list = node.path(field);
        if (list.isMissingNode() || list.isNull()) return List.of();
        if (!list.isArray()) throw fault(at + "." + field, "must be a list of texts");
        List<Text> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) out.add(asText(list.get(i), at + "." + field + "[" + i + "]"));
        return out;
    }

    private static Text orDefault(Text t, Text fallback) {
        return t == null ? fallback : t;
    }
}
