package nl.samenspel.format.spearheads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * The sections of a content pack this format reads (see docs/content/spearheads.md): the model,
 * the three columns, the spearheads, the thermometer, the texts and timings of the other steps,
 * and the parking lot. Anything missing or malformed is named in an {@link IllegalArgumentException}.
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

    public static boolean offeredBy(ContentPack pack) {
        return pack.raw() != null && pack.raw().has("spearheads");
    }

    public static SpearheadsContent read(ContentPack pack) {
        ObjectNode raw = pack.raw();
        if (raw == null || !raw.has("spearheads")) {
            throw new IllegalArgumentException("content pack '" + pack.id() + "' has no spearheads");
        }
        JsonNode model = raw.path("model");
        List<ColumnInfo> columns = new ArrayList<>();
        for (JsonNode c : array(raw, "columns")) {
            String color = c.path("color").asText("yellow");
            if (!Colors.ALL.contains(color)) throw new IllegalArgumentException("columns: unknown colour '" + color + "'");
            columns.add(new ColumnInfo(id(c, "columns"), text(c, "title", "columns"), optionalText(c, "hint"), color));
        }
        if (columns.size() != 3) throw new IllegalArgumentException("columns: a spearhead's flip-over has three columns");
        List<Spearhead> spearheads = new ArrayList<>();
        List<Integer> minutes = new ArrayList<>();
        for (JsonNode s : array(raw, "spearheads")) {
            spearheads.add(new Spearhead(id(s, "spearheads"), text(s, "title", "spearheads"), text(s, "summary", "spearheads"),
                    texts(s, "points"), texts(s, "questions")));
            minutes.add(minutes(s, 10, "spearheads"));
        }
        if (spearheads.isEmpty()) throw new IllegalArgumentException("spearheads: the pack names none");
        unique(spearheads.stream().map(Spearhead::id).toList(), "spearheads");
        JsonNode thermo = raw.path("thermometer");
        List<Factor> factors = new ArrayList<>();
        for (JsonNode f : thermo.path("factors")) {
            factors.add(new Factor(id(f, "thermometer.factors"), text(f, "title", "thermometer.factors"), optionalText(f, "hint")));
        }
        unique(factors.stream().map(Factor::id).toList(), "thermometer.factors");
        JsonNode steps = raw.path("steps");
        JsonNode parking = raw.path("parking");
        return new SpearheadsContent(
                text(model, "title", "model"), text(model, "intro", "model"), optionalText(model, "tip"),
                columns, spearheads, minutes,
                optionalText(thermo, "title"), optionalText(thermo, "intro"),
                optionalText(thermo.path("scale"), "low"), optionalText(thermo.path("scale"), "high"),
                minutes(thermo, 5, "thermometer"), factors,
                step(steps.path("intro"), 5), step(steps.path("thermometer"), minutes(thermo, 5, "thermometer")),
                step(steps.path("review"), 10), step(steps.path("spearhead"), 10), step(steps.path("closing"), 5),
                orDefault(optionalText(parking, "title"), Text.of("Parkeerplaats", "Parking lot")),
                orDefault(optionalText(parking, "column"), Text.of("Voor later", "For later")));
    }

    private static StepText step(JsonNode node, int fallbackMinutes) {
        return new StepText(optionalText(node, "title"), optionalText(node, "hint"), minutes(node, fallbackMinutes, "steps"));
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode a = node.path(field);
        if (!a.isArray()) throw new IllegalArgumentException(field + ": a list is expected");
        return a;
    }

    private static String id(JsonNode node, String where) {
        String id = node.path("id").asText("");
        if (!id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException(where + ": id '" + id + "' must be 1–40 of a–z, 0–9 and -");
        }
        return id;
    }

    private static int minutes(JsonNode node, int fallback, String where) {
        JsonNode m = node.path("minutes");
        if (m.isMissingNode() || m.isNull()) return fallback;
        if (!m.canConvertToInt() || m.asInt() < 1 || m.asInt() > 120) {
            throw new IllegalArgumentException(where + ": minutes must be from 1 to 120");
        }
        return m.asInt();
    }

    static Text text(JsonNode node, String field, String where) {
        Text t = optionalText(node, field);
        if (t == null) throw new IllegalArgumentException(where + ": '" + field + "' needs a Dutch text");
        return t;
    }

    static Text optionalText(JsonNode node, String field) {
        JsonNode t = node.path(field);
        if (!t.isObject()) return null;
        String nl = t.path("nl").asText("");
        if (nl.isBlank()) return null;
        String en = t.path("en").asText("");
        return Text.of(nl, en.isBlank() ? null : en);
    }

    private static List<Text> texts(JsonNode node, String field) {
        List<Text> out = new ArrayList<>();
        for (JsonNode t : node.path(field)) {
            Text text = optionalText(t.isObject() ? wrap(t) : node, "x");
            if (text != null) out.add(text);
        }
        return out;
    }

    private static JsonNode wrap(JsonNode text) {
        ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        o.set("x", text);
        return o;
    }

    private static Text orDefault(Text t, Text fallback) {
        return t == null ? fallback : t;
    }

    private static void unique(List<String> ids, String where) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) if (!seen.add(id)) throw new IllegalArgumentException(where + ": id '" + id + "' appears twice");
    }
}
