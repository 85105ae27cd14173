package nl.samenspel.format.spearheads;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.content.Text;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.content.ContentPack;
import nl.samenspel.format.spearheads.SpearheadsContent.StepText;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.domain.board.Column;
import nl.samenspel.session.SessionSetup;
import nl.samenspel.format.spearheads.SpearheadsPlan.Aggregate;
import nl.samenspel.format.spearheads.SpearheadsPlan.EarlierAction;
import nl.samenspel.format.spearheads.SpearheadsPlan.Spearhead;
import nl.samenspel.session.domain.Limits;
import nl.samenspel.session.domain.Texts;
import nl.samenspel.session.view.EntityJson;

/**
 * The set-up options of a spearhead session ({@code options} of POST /api/sessions), read with
 * checks that name the option at fault, and what the start page may offer from a pack.
 *
 * <pre>
 * spearheads          ["kennis-visie", …]  which spearheads, in this order (default: all)
 * minutes             {"intro": 5, "kennis-visie": 12, …}  step lengths (1–120)
 * thermometer         true|false   the opener (default: on when the pack has factors)
 * thermometerMinimum  3–20         ratings a factor needs before its average shows (default 3)
 * tableBoards         true|false   a flip-over per table per spearhead (default: one plenary)
 * team                text ≤ 80    the team's name, for the exports
 * dots                1–10         dots per person per flip-over (default 3)
 * maxTableSize        2–12         (default 5)
 * followUp            {code, token}  an earlier session to follow up (checked by the server)
 * </pre>
 */
final class SpearheadsSetup {

    /** The built-in pack written for this format: the one chosen when none is named. */
    static final String BUILT_IN = "speerpunten";

    static final Set<String> STEP_IDS = Set.of("intro", "thermometer", "review", "closing");

    private SpearheadsSetup() {}

    /** What the start page may choose from this pack; a pack without spearheads says which one has them. */
    static JsonObject offer(ContentPack pack, ContentLibrary library) {
        if (!SpearheadsContent.offeredBy(pack)) {
            return new JsonObject().put("unavailable", "content pack '" + pack.id() + "' has no spearheads; choose '"
                    + BUILT_IN + "'");
        }
        return offer(SpearheadsContent.read(pack));
    }

    /** The session's plan: the chosen spearheads in order, the optional thermometer and review, each step's length. */
    static SessionPlan plan(SessionSetup setup, ContentLibrary content) {
        ContentPack pack = content.pack(setup.pack())
                .orElseThrow(() -> new IllegalArgumentException("unknown content pack '" + setup.pack() + "'"));
        if (!SpearheadsContent.offeredBy(pack)) {
            throw new IllegalArgumentException("content pack '" + pack.id() + "' has no spearheads; choose '" + BUILT_IN + "'");
        }
        SpearheadsContent c = SpearheadsContent.read(pack);
        JsonObject o = setup.options();
        List<String> order = order(o, c);
        boolean thermometerOn = flag(o, "thermometer", !c.factors().isEmpty());
        if (thermometerOn && c.factors().isEmpty()) throw new IllegalArgumentException("thermometer: this pack has no factors");
        int minimum = number(o, "thermometerMinimum", Thermometer.MIN_RATERS, 20, Thermometer.DEFAULT_MIN_RATERS);
        SpearheadsPlan.Earlier earlier = earlier(setup);

        List<Step> steps = new ArrayList<>();
        steps.add(step(o, "intro", "intro", c.intro(), c.modelTitle(), steps.size()));
        if (thermometerOn) steps.add(step(o, "thermometer", "thermometer", c.thermometerStep(), c.thermometerTitle(), steps.size()));
        if (earlier != null) steps.add(step(o, "review", "review", c.review(), null, steps.size()));
        for (String id : order) {
            int i = indexOf(c, id);
            Spearhead s = c.spearheads().get(i);
            steps.add(new Step(id, SpearheadsRules.KIND_SPEARHEAD, steps.size(), s.title(), c.spearheadStep().hint(),
                    seconds(o, id, c.spearheadMinutes().get(i))));
        }
        steps.add(step(o, "closing", "closing", c.closing(), null, steps.size()));
        checkMinutesKeys(o, steps);

        SpearheadsPlan.ThermometerPlan thermometer = thermometerOn
                ? new SpearheadsPlan.ThermometerPlan(c.thermometerTitle(), c.thermometerIntro(), c.low(), c.high(),
                c.factors(), minimum) : null;
        SpearheadsPlan formatPlan = new SpearheadsPlan(c.modelTitle(), c.modelIntro(), c.modelTip(), c.columns(),
                c.spearheads(), order, thermometer, flag(o, "tableBoards", false),
                team(o), earlier);
        List<Column> parking = List.of(new Column("later", c.parkingColumn(), "purple"));
        int maxTableSize = number(o, "maxTableSize", Limits.MIN_TABLE_SIZE, Limits.MAX_TABLE_SIZE, 5);
        int dots = number(o, "dots", 1, 10, 3);
        return new SessionPlan(SpearheadsFormat.ID, pack.id(), setup.title(), null, steps,
                Text.of(c.parkingTitle().nl() + " (tafel)", c.parkingTitle().en() == null ? null : c.parkingTitle().en() + " (table)"),
                parking, c.parkingTitle(), parking, maxTableSize, dots, false, formatPlan);
    }

    private static Step step(JsonObject o, String id, String kind, StepText text, Text fallbackTitle, int index) {
        return new Step(id, kind, index, stepTitle(id, text, fallbackTitle), text.hint(), seconds(o, id, text.minutes()));
    }

    /** A fixed step's title as the agenda shows it: the pack's, else the fallback (the model's, the thermometer's), else its id. */
    static Text stepTitle(String id, StepText text, Text fallbackTitle) {
        return text.title() != null ? text.title() : fallbackTitle != null ? fallbackTitle : Text.same(id);
    }

    private static int indexOf(SpearheadsContent c, String id) {
        for (int i = 0; i < c.spearheads().size(); i++) if (c.spearheads().get(i).id().equals(id)) return i;
        throw new IllegalArgumentException("spearheads: unknown '" + id + "'");
    }

    /** A timing for a step this session does not have is a mistake worth naming. */
    private static void checkMinutesKeys(JsonObject o, List<Step> steps) {
        if (!(o.getValue("minutes") instanceof JsonObject minutes)) return;
        for (String key : minutes.fieldNames()) {
            if (steps.stream().noneMatch(s -> s.id().equals(key))) {
                throw new IllegalArgumentException("minutes." + key + ": this session has no such step");
            }
        }
    }

    static JsonObject offer(SpearheadsContent c) {
        JsonArray spearheads = new JsonArray();
        for (int i = 0; i < c.spearheads().size(); i++) {
            Spearhead s = c.spearheads().get(i);
            spearheads.add(new JsonObject().put("id", s.id()).put("title", EntityJson.text(s.title()))
                    .put("summary", EntityJson.text(s.summary())).put("minutes", c.spearheadMinutes().get(i)));
        }
        return new JsonObject()
                .put("spearheads", spearheads)
                .put("thermometer", new JsonObject().put("available", !c.factors().isEmpty())
                        .put("factors", c.factors().size()).put("minutes", c.thermometerStep().minutes())
                        .put("minimum", Thermometer.DEFAULT_MIN_RATERS).put("lowestMinimum", Thermometer.MIN_RATERS))
                .put("steps", new JsonObject().put("intro", c.intro().minutes()).put("review", c.review().minutes())
                        .put("closing", c.closing().minutes()))
                .put("stepTitles", new JsonObject()
                        .put("intro", EntityJson.text(stepTitle("intro", c.intro(), c.modelTitle())))
                        .put("thermometer", EntityJson.text(stepTitle("thermometer", c.thermometerStep(), c.thermometerTitle())))
                        .put("review", EntityJson.text(stepTitle("review", c.review(), null)))
                        .put("closing", EntityJson.text(stepTitle("closing", c.closing(), null))))
                .put("dots", 3)
                .put("maxTableSize", 5);
    }

    /** The chosen spearheads, in order. */
    static List<String> order(JsonObject options, SpearheadsContent c) {
        List<String> known = c.spearheads().stream().map(Spearhead::id).toList();
        Object raw = options.getValue("spearheads");
        if (raw == null) return known;
        if (!(raw instanceof JsonArray list) || list.isEmpty()) {
            throw new IllegalArgumentException("spearheads: choose at least one spearhead, as a list of ids");
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof String id) || !known.contains(id)) {
                throw new IllegalArgumentException("spearheads: '" + o + "' is not one of " + known);
            }
            if (out.contains(id)) throw new IllegalArgumentException("spearheads: '" + id + "' is chosen twice");
            out.add(id);
        }
        return out;
    }

    /** The length of a step in seconds: the option, else the content's default. */
    static int seconds(JsonObject options, String step, int defaultMinutes) {
        Object all = options.getValue("minutes");
        if (all == null) return defaultMinutes * 60;
        if (!(all instanceof JsonObject minutes)) throw new IllegalArgumentException("minutes: an object of step → minutes");
        Object v = minutes.getValue(step);
        if (v == null) return defaultMinutes * 60;
        if (!(v instanceof Number n) || n.doubleValue() < 1 || n.doubleValue() > 120) {
            throw new IllegalArgumentException("minutes." + step + ": from 1 to 120");
        }
        return (int) Math.round(n.doubleValue() * 60);
    }

    static boolean flag(JsonObject options, String name, boolean fallback) {
        Object v = options.getValue(name);
        if (v == null) return fallback;
        if (!(v instanceof Boolean b)) throw new IllegalArgumentException(name + ": true or false");
        return b;
    }

    static int number(JsonObject options, String name, int min, int max, int fallback) {
        Object v = options.getValue(name);
        if (v == null) return fallback;
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.intValue() < min || n.intValue() > max) {
            throw new IllegalArgumentException(name + ": a whole number from " + min + " to " + max);
        }
        return n.intValue();
    }

    static String team(JsonObject options) {
        Object v = options.getValue("team");
        if (v == null) return null;
        if (!(v instanceof String s)) throw new IllegalArgumentException("team: a text");
        String team = Texts.clean(s);
        if (Texts.length(team) > Limits.LABEL) throw new IllegalArgumentException("team: at most " + Limits.LABEL + " characters");
        return team.isEmpty() ? null : team;
    }

    /** The earlier session, from its report (the server fetched it with the earlier facilitator token). */
    static SpearheadsPlan.Earlier earlier(SessionSetup setup) {
        JsonObject report = setup.previous();
        if (report == null) return null;
        JsonObject session = report.getJsonObject("session", new JsonObject());
        if (!SpearheadsFormat.ID.equals(session.getString("format"))) {
            throw new IllegalArgumentException("followUp: the earlier session is not a spearhead session");
        }
        JsonObject format = report.getJsonObject("format", new JsonObject());
        List<EarlierAction> actions = new ArrayList<>();
        for (Object o : format.getJsonArray("actions", new JsonArray())) {
            JsonObject a = (JsonObject) o;
            JsonObject t = a.getJsonObject("spearheadTitle");
            actions.add(new EarlierAction(a.getString("id"), a.getInteger("number", actions.size() + 1),
                    a.getString("spearhead"), t == null ? null : Text.of(t.getString("nl"), t.getString("en")),
                    a.getString("what"), a.getString("who"), a.getString("when"), a.getString("firstStep"),
                    a.getString("status")));
        }
        Map<String, Aggregate> thermometer = new LinkedHashMap<>();
        JsonObject thermo = format.getJsonObject("thermometer");
        if (thermo != null) {
            for (Object o : thermo.getJsonArray("factors", new JsonArray())) {
                JsonObject f = (JsonObject) o;
                if (f.getValue("average") instanceof Number avg) {
                    thermometer.put(f.getString("id"), new Aggregate(f.getInteger("count", 0), avg.doubleValue(),
                            f.getDouble("spread", 0.0)));
                }
            }
        }
        return new SpearheadsPlan.Earlier(session.getString("code"), session.getString("title"), format.getString("team"),
                session.getLong("createdAt", 0L), actions, thermometer);
    }
}
