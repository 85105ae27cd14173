package nl.samenspel.format.dilemma;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.content.ContentPack;
import nl.samenspel.content.RoleSet;
import nl.samenspel.content.Text;
import nl.samenspel.session.SessionSetup;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.domain.board.Column;
import nl.samenspel.session.view.EntityJson;

/**
 * Turns a facilitator's choices into a session plan, and tells the start page what can be
 * chosen. The content comes from the chosen pack when it has dilemmas, otherwise from the
 * built-in {@value #BUILT_IN} pack; the role set is looked up by id in the chosen pack, the
 * content's pack, then any other pack (the default, {@code perspectieven}, lives in the basis
 * pack).
 *
 * <p>Options (all optional): {@code rounds} (1–4), {@code dilemmas} (ids, one per round),
 * {@code roundMinutes} (5–60: every step of a round scaled to fit), {@code timings} (seconds
 * per step kind, 10–3600, overriding), {@code minTableSize} and {@code maxTableSize} (2–12),
 * {@code roleSet} (id; by default the one the first round's dilemma names, else the pack's),
 * {@code roleMode} ({@code open}, {@code choose} or {@code secret}; the pack's, else open) and
 * {@code autoRun} (boolean). Only the secret mode has a reveal step.
 */
public final class DilemmaSetup {

    public static final String BUILT_IN = "dilemmaspel";
    public static final int MAX_ROUNDS = 4;
    static final int MIN_ROUND_MINUTES = 5;
    static final int MAX_ROUND_MINUTES = 60;
    static final int MIN_SECONDS = 10;
    static final int MAX_SECONDS = 3600;
    private static final Set<String> OPTIONS = Set.of("rounds", "dilemmas", "roundMinutes", "timings",
            "minTableSize", "maxTableSize", "roleSet", "roleMode", "autoRun");

    private DilemmaSetup() {}

    // --- the plan --------------------------------------------------------------------------

    public static SessionPlan plan(SessionSetup setup, ContentLibrary library) {
        ContentPack chosen = library.pack(setup.pack())
                .orElseThrow(() -> new IllegalArgumentException("unknown content pack '" + setup.pack() + "'"));
        ContentPack source = contentPack(chosen, library);
        DilemmaContent content = DilemmaContent.read(source);
        JsonObject o = setup.options();
        for (String name : o.fieldNames()) {
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("option '" + name + "' is not an option of the dilemma game; known: "
                        + OPTIONS.stream().sorted().toList());
            }
        }

        List<Dilemma> rounds = rounds(o, content);
        String mode = o.getValue("roleMode") == null ? content.roleMode() : string(o, "roleMode");
        if (!RoleMode.ALL.contains(mode)) throw new IllegalArgumentException("option 'roleMode' must be one of " + RoleMode.ALL);
        Map<String, Integer> seconds = timings(o, content, mode);
        int min = integer(o, "minTableSize", 2, 12, content.minTableSize());
        int max = integer(o, "maxTableSize", 2, 12, content.maxTableSize());
        if (min > max) throw new IllegalArgumentException("option 'minTableSize' is larger than 'maxTableSize'");
        String roleSetId = o.getValue("roleSet") != null ? string(o, "roleSet")
                : rounds.get(0).roleSet() != null ? rounds.get(0).roleSet() : content.roleSet();
        RoleSet roleSet = roleSet(roleSetId, chosen, source, library)
                .orElseThrow(() -> new IllegalArgumentException("option 'roleSet': there is no role set '" + roleSetId + "'"));
        if (roleSet.roles().isEmpty()) throw new IllegalArgumentException("option 'roleSet': role set '" + roleSetId + "' has no roles");
        boolean autoRun = bool(o, "autoRun", true);

        DilemmaPlan game = new DilemmaPlan(content.rule(), content.middle(), rounds, content.values(), min, max, autoRun, mode);
        return new SessionPlan(DilemmaFormat.ID, source.id(), setup.title(), roleSet,
                steps(content, rounds.size(), seconds, mode),
                Text.of("Flip-over van de tafel", "Table flip-over"), tableColumns(rounds.size()),
                Text.of("Plenaire flip-over", "Plenary flip-over"), PLENARY_COLUMNS,
                max, 3, false, game);
    }

    static final List<Column> PLENARY_COLUMNS = List.of(
            new Column("seen", Text.of("Wat we zagen", "What we saw"), "yellow"),
            new Column("keep", Text.of("Wat we meenemen", "What we take with us"), "green"));

    private static final List<String> ROUND_COLOURS = List.of("green", "blue", "orange", "purple");

    /** The table's flip-over: one column of leading values per round, and one for what stood out. */
    static List<Column> tableColumns(int rounds) {
        List<Column> columns = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            columns.add(new Column(LeadingValues.column(r),
                    Text.of("Ronde " + r + ": leidende waarden", "Round " + r + ": leading values"), ROUND_COLOURS.get(r - 1)));
        }
        columns.add(new Column("notes", Text.of("Wat opviel", "What stood out"), "yellow"));
        return columns;
    }

    private static List<Step> steps(DilemmaContent content, int rounds, Map<String, Integer> seconds, String mode) {
        List<Step> steps = new ArrayList<>();
        DilemmaContent.StepTemplate intro = content.steps().get(StepKind.INTRO);
        steps.add(new Step(StepKind.INTRO, StepKind.INTRO, 0, intro.title(), intro.hint(), seconds.get(StepKind.INTRO)));
        for (int r = 1; r <= rounds; r++) {
            for (String kind : StepKind.round(mode)) {
                DilemmaContent.StepTemplate t = content.steps().get(kind);
                Text title = Text.of("Ronde " + r + " · " + t.title().nl(), "Round " + r + " · " + t.title().in("en"));
                steps.add(new Step("r" + r + "-" + kind, kind, r, title, t.hint(), seconds.get(kind)));
            }
        }
        DilemmaContent.StepTemplate plenary = content.steps().get(StepKind.PLENARY);
        steps.add(new Step(StepKind.PLENARY, StepKind.PLENARY, 0, plenary.title(), plenary.hint(), seconds.get(StepKind.PLENARY)));
        return steps;
    }

    private static List<Dilemma> rounds(JsonObject o, DilemmaContent content) {
        Object rawIds = o.getValue("dilemmas");
        Integer count = o.getValue("rounds") == null ? null : integer(o, "rounds", 1, MAX_ROUNDS, 0);
        if (rawIds == null) {
            int n = count == null ? content.rounds() : count;
            if (n > content.dilemmas().size()) {
                throw new IllegalArgumentException("option 'rounds': the pack has only " + content.dilemmas().size() + " dilemmas");
            }
            return content.dilemmas().subList(0, n);
        }
        if (!(rawIds instanceof JsonArray ids) || ids.isEmpty() || ids.size() > MAX_ROUNDS) {
            throw new IllegalArgumentException("option 'dilemmas' must be a list of 1 to " + MAX_ROUNDS + " dilemma ids");
        }
        if (count != null && count != ids.size()) {
            throw new IllegalArgumentException("option 'dilemmas' names " + ids.size() + " dilemmas for " + count + " rounds");
        }
        List<Dilemma> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object id : ids) {
            if (!(id instanceof String s)) throw new IllegalArgumentException("option 'dilemmas' must be a list of dilemma ids");
            Dilemma d = content.dilemma(s)
                    .orElseThrow(() -> new IllegalArgumentException("option 'dilemmas': there is no dilemma '" + s + "'"));
            if (!seen.add(s)) throw new IllegalArgumentException("option 'dilemmas': '" + s + "' is chosen twice");
            out.add(d);
        }
        return out;
    }

    /** The start page's offer; a pack with broken dilemma content gets no set-up, only why (creating says it too). */
    static JsonObject offerOrFault(ContentPack chosen, ContentLibrary library) {
        try {
            return offer(chosen, library);
        } catch (IllegalArgumentException e) {
            return new JsonObject().put("error", e.getMessage());
        }
    }

    /**
     * The seconds of every step kind: the pack's, scaled so one round lasts {@code roundMinutes}
     * (the round's last step takes what rounding leaves), then any the facilitator set by hand.
     */
    private static Map<String, Integer> timings(JsonObject o, DilemmaContent content, String mode) {
        Map<String, Integer> seconds = new LinkedHashMap<>();
        content.steps().forEach((kind, t) -> seconds.put(kind, t.seconds()));
        if (o.getValue("roundMinutes") != null) {
            int total = integer(o, "roundMinutes", MIN_ROUND_MINUTES, MAX_ROUND_MINUTES, 0) * 60;
            List<String> kinds = StepKind.round(mode);
            double factor = (double) total / content.roundSeconds(mode);
            int used = 0;
            for (String kind : kinds.subList(0, kinds.size() - 1)) {
                int s = Math.max(MIN_SECONDS, (int) Math.round(seconds.get(kind) * factor / 10.0) * 10);
                seconds.put(kind, s);
                used += s;
            }
            seconds.put(kinds.get(kinds.size() - 1), Math.max(MIN_SECONDS, total - used));
        }
        Object raw = o.getValue("timings");
        if (raw != null) {
            if (!(raw instanceof JsonObject timings)) {
                throw new IllegalArgumentException("option 'timings' must be an object of seconds per step");
            }
            for (String kind : timings.fieldNames()) {
                if (!StepKind.ALL.contains(kind)) {
                    throw new IllegalArgumentException("option 'timings': there is no step '" + kind + "'; steps: " + StepKind.ALL);
                }
                seconds.put(kind, integer(timings, kind, MIN_SECONDS, MAX_SECONDS, 0, "timings." + kind));
            }
        }
        return seconds;
    }

    // --- where content comes from ----------------------------------------------------------

    static ContentPack contentPack(ContentPack chosen, ContentLibrary library) {
        if (DilemmaContent.offeredBy(chosen)) return chosen;
        return library.pack(BUILT_IN).filter(DilemmaContent::offeredBy)
                .orElseThrow(() -> new IllegalArgumentException("content pack '" + chosen.id()
                        + "' has no dilemmas, and the built-in pack '" + BUILT_IN + "' is missing"));
    }

    static Optional<RoleSet> roleSet(String id, ContentPack chosen, ContentPack source, ContentLibrary library) {
        return Stream.concat(Stream.of(chosen, source), library.all().stream())
                .map(p -> p.roleSet(id)).flatMap(Optional::stream).findFirst();
    }

    // --- what the start page offers ----------------------------------------------------------

    public static JsonObject offer(ContentPack chosen, ContentLibrary library) {
        ContentPack source = contentPack(chosen, library);
        DilemmaContent content = DilemmaContent.read(source);
        JsonObject timings = new JsonObject();
        JsonArray steps = new JsonArray();
        content.steps().forEach((kind, t) -> {
            timings.put(kind, t.seconds());
            steps.add(new JsonObject().put("kind", kind).put("title", EntityJson.text(t.title()))
                    .put("seconds", t.seconds()).put("inRound", StepKind.ROUND.contains(kind))
                    .put("secretOnly", kind.equals(StepKind.REVEAL)));
        });
        JsonArray dilemmas = new JsonArray();
        content.dilemmas().forEach(d -> dilemmas.add(DilemmaJson.card(d)));
        JsonArray roleSets = new JsonArray();
        Set<String> listed = new HashSet<>();
        Stream.concat(Stream.of(chosen, source), library.all().stream()).flatMap(p -> p.roleSets().stream())
                .filter(r -> listed.add(r.id()))
                .forEach(r -> roleSets.add(new JsonObject().put("id", r.id()).put("title", EntityJson.text(r.title()))
                        .put("roles", r.roles().size())));
        JsonArray defaultDilemmas = new JsonArray();
        content.dilemmas().stream().limit(content.rounds()).forEach(d -> defaultDilemmas.add(d.id()));
        return new JsonObject()
                .put("format", DilemmaFormat.ID)
                .put("pack", source.id())
                .put("packTitle", EntityJson.text(source.title()))
                .put("rule", EntityJson.text(content.rule()))
                .put("defaults", new JsonObject()
                        .put("rounds", content.rounds())
                        .put("dilemmas", defaultDilemmas)
                        .put("roundMinutes", Math.round(content.roundSeconds(content.roleMode()) / 60.0))
                        .put("timings", timings)
                        .put("minTableSize", content.minTableSize())
                        .put("maxTableSize", content.maxTableSize())
                        .put("roleSet", content.dilemmas().get(0).roleSet() != null
                                ? content.dilemmas().get(0).roleSet() : content.roleSet())
                        .put("roleMode", content.roleMode())
                        .put("autoRun", true))
                .put("limits", new JsonObject()
                        .put("rounds", new JsonArray().add(1).add(MAX_ROUNDS))
                        .put("roundMinutes", new JsonArray().add(MIN_ROUND_MINUTES).add(MAX_ROUND_MINUTES))
                        .put("seconds", new JsonArray().add(MIN_SECONDS).add(MAX_SECONDS))
                        .put("tableSize", new JsonArray().add(2).add(12)))
                .put("steps", steps)
                .put("dilemmas", dilemmas)
                .put("roleSets", roleSets)
                .put("roleModes", new JsonArray(RoleMode.ALL));
    }

    // --- option readers: each names the option ----------------------------------------------

    private static int integer(JsonObject o, String name, int min, int max, int fallback) {
        return integer(o, name, min, max, fallback, name);
    }

    private static int integer(JsonObject o, String name, int min, int max, int fallback, String label) {
        Object v = o.getValue(name);
        if (v == null) return fallback;
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() < min || n.doubleValue() > max) {
            throw new IllegalArgumentException("option '" + label + "' must be a whole number from " + min + " to " + max);
        }
        return n.intValue();
    }

    private static String string(JsonObject o, String name) {
        Object v = o.getValue(name);
        if (!(v instanceof String s) || s.isBlank() || s.length() > 64) {
            throw new IllegalArgumentException("option '" + name + "' must be an id");
        }
        return s;
    }

    private static boolean bool(JsonObject o, String name, boolean fallback) {
        Object v = o.getValue(name);
        if (v == null) return fallback;
        if (!(v instanceof Boolean b)) throw new IllegalArgumentException("option '" + name + "' must be true or false");
        return b;
    }
}
