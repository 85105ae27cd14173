package nl.samenspel.format.dilemma;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.samenspel.content.ContentPack;
import nl.samenspel.content.Text;

/**
 * The dilemma game's part of a content pack (documented in docs/content/dilemma.md): under
 * {@code dilemma}, the rule, the defaults and the step timings, and the sections {@code themes},
 * {@code dilemmas} and {@code values}. Reading checks every item and names the place of the
 * first fault, e.g. {@code dilemma.dilemmas[3].sides.b.nl}.
 */
public record DilemmaContent(
        String pack,
        Text rule,
        Text middle,
        String roleSet,
        String roleMode,
        int rounds,
        int minTableSize,
        int maxTableSize,
        Map<String, StepTemplate> steps,
        Map<String, Text> themes,
        List<Dilemma> dilemmas,
        List<ValueCard> values) {

    /** A step as the pack describes it: title, hint and default length. */
    public record StepTemplate(String kind, Text title, Text hint, int seconds) {}

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,47}");

    /** Whether this pack carries dilemma game content at all. */
    public static boolean offeredBy(ContentPack pack) {
        return pack.raw() != null && pack.raw().path("dilemma").has("dilemmas");
    }

    public static DilemmaContent read(ContentPack pack) {
        JsonNode game = object(pack.raw(), "dilemma");
        Text rule = text(game, "rule", "dilemma.rule");
        Text middle = text(game, "middle", "dilemma.middle");
        String roleSet = id(game.get("roleSet"), "dilemma.roleSet");
        String roleMode = game.has("roleMode") ? string(game, "roleMode", "dilemma.roleMode") : RoleMode.OPEN;
        if (!RoleMode.ALL.contains(roleMode)) throw fault("dilemma.roleMode", "must be one of " + RoleMode.ALL);
        int rounds = integer(game, "rounds", "dilemma.rounds", 1, DilemmaSetup.MAX_ROUNDS);
        JsonNode size = object(game, "tableSize");
        int min = integer(size, "min", "dilemma.tableSize.min", 2, 12);
        int max = integer(size, "max", "dilemma.tableSize.max", 2, 12);
        if (min > max) throw fault("dilemma.tableSize", "min is larger than max");

        Map<String, StepTemplate> steps = new LinkedHashMap<>();
        JsonNode stepList = array(game, "steps", "dilemma.steps");
        for (int i = 0; i < stepList.size(); i++) {
            JsonNode s = stepList.get(i);
            String at = "dilemma.steps[" + i + "]";
            String kind = string(s, "kind", at + ".kind");
            if (!StepKind.ALL.contains(kind)) throw fault(at + ".kind", "must be one of " + StepKind.ALL);
            if (steps.containsKey(kind)) throw fault(at + ".kind", "'" + kind + "' appears twice");
            steps.put(kind, new StepTemplate(kind, text(s, "title", at + ".title"), optionalText(s, "hint", at + ".hint"),
                    integer(s, "seconds", at + ".seconds", 10, 3600)));
        }
        for (String kind : StepKind.ALL) {
            if (!steps.containsKey(kind)) throw fault("dilemma.steps", "the step '" + kind + "' is missing");
        }

        Map<String, Text> themes = new LinkedHashMap<>();
        items(game, "themes", false, (t, id, at) -> {
            themes.put(id, text(t, "title", at + ".title"));
            return id;
        });
        List<Dilemma> dilemmas = items(game, "dilemmas", true, (d, id, at) -> {
            String theme = id(d.get("theme"), at + ".theme");
            if (!themes.containsKey(theme)) throw fault(at + ".theme", "there is no theme '" + theme + "'");
            JsonNode sides = object(d, "sides", at + ".sides");
            return new Dilemma(id, themes.get(theme), optionalText(d, "setting", at + ".setting"),
                    text(d, "title", at + ".title"), text(d, "situation", at + ".situation"),
                    text(sides, "a", at + ".sides.a"), text(sides, "b", at + ".sides.b"),
                    d.has("roleSet") ? id(d.get("roleSet"), at + ".roleSet") : null);
        });
        List<ValueCard> values = items(game, "values", true,
                (v, id, at) -> new ValueCard(id, text(v, "title", at + ".title"), text(v, "explanation", at + ".explanation")));
        return new DilemmaContent(pack.id(), rule, middle, roleSet, roleMode, rounds, min, max, steps, themes,
                dilemmas, values);
    }

    public Optional<Dilemma> dilemma(String id) {
        return dilemmas.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The seconds of one round by default: draw through lead, and the reveal when roles are secret. */
    public int roundSeconds(String mode) {
        return StepKind.round(mode).stream().mapToInt(k -> steps.get(k).seconds()).sum();
    }

    // --- reading helpers: each names the place of a fault ----------------------------------

    /** Reads one item of a list, given its node, its id and its path. */
    @FunctionalInterface
    private interface Item<T> {
        T read(JsonNode node, String id, String at);
    }

    /** The items of the game's list {@code name}, each with an id of its own. */
    private static <T> List<T> items(JsonNode game, String name, boolean required, Item<T> item) {
        String list = "dilemma." + name;
        JsonNode nodes = array(game, name, list);
        Set<String> ids = new HashSet<>();
        List<T> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String at = list + "[" + i + "]";
            String id = id(nodes.get(i).get("id"), at + ".id");
            if (!ids.add(id)) throw fault(at + ".id", "'" + id + "' appears twice");
            out.add(item.read(nodes.get(i), id, at));
        }
        if (required && out.isEmpty()) throw fault(list, "the list is empty");
        return List.copyOf(out);
    }

    private static IllegalArgumentException fault(String at, String message) {
        return new IllegalArgumentException(at + ": " + message);
    }

    private static JsonNode object(JsonNode parent, String name) {
        return object(parent, name, name);
    }

    private static JsonNode object(JsonNode parent, String name, String at) {
        JsonNode n = parent == null ? null : parent.get(name);
        if (n == null || !n.isObject()) throw fault(at, "must be an object");
        return n;
    }

    private static JsonNode array(JsonNode parent, String name, String at) {
        JsonNode n = parent.get(name);
        if (n == null || !n.isArray()) throw fault(at, "must be a list");
        return n;
    }

    private static String string(JsonNode parent, String name, String at) {
        JsonNode n = parent.get(name);
        if (n == null || !n.isTextual() || n.asText().isBlank()) throw fault(at, "must be a text");
        return n.asText();
    }

    private static String id(JsonNode n, String at) {
        if (n == null || !n.isTextual() || !ID.matcher(n.asText()).matches()) {
            throw fault(at, "must be an id (lower-case letters, digits and '-')");
        }
        return n.asText();
    }

    private static int integer(JsonNode parent, String name, String at, int min, int max) {
        JsonNode n = parent.get(name);
        if (n == null || !n.isIntegralNumber() || n.asInt() < min || n.asInt() > max) {
            throw fault(at, "must be a whole number from " + min + " to " + max);
        }
        return n.asInt();
    }

    /** A text in Dutch and English: {@code {"nl": "…", "en": "…"}}; both are required. */
    private static Text text(JsonNode parent, String name, String at) {
        JsonNode n = parent.get(name);
        if (n == null || !n.isObject()) throw fault(at, "must be {\"nl\": …, \"en\": …}");
        String nl = n.path("nl").asText("");
        String en = n.path("en").asText("");
        if (nl.isBlank()) throw fault(at + ".nl", "the Dutch text is missing");
        if (en.isBlank()) throw fault(at + ".en", "the English text is missing");
        return Text.of(nl.strip(), en.strip());
    }

    private static Text optionalText(JsonNode parent, String name, String at) {
        return parent.has(name) ? text(parent, name, at) : null;
    }
}
