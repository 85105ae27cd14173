package nl.samenspel.format.stelling;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.content.ContentPack;
import nl.samenspel.format.Offer;
import nl.samenspel.content.Text;
import nl.samenspel.format.stelling.StellingPlan.Statement;
import nl.samenspel.session.SessionSetup;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.view.EntityJson;

/**
 * The set-up options of a statement round ({@code options} of POST /api/sessions), each checked
 * with a message that names it, and what the start page may offer from a pack.
 *
 * <pre>
 * statements  ["mantelzorg-taak", …]  which statements, in this order (default: all of the pack)
 * minutes     1–60                     minutes per statement (default: the pack's)
 * </pre>
 */
final class StellingSetup {

    /** The built-in pack written for this format: the one chosen when none is named. */
    static final String BUILT_IN = "stellingen-mantelzorg";

    static final Set<String> OPTIONS = Set.of("statements", "minutes");
    static final int MAX_MINUTES = 60;
    static final String INTRO = "uitleg";
    static final int INTRO_SECONDS = 180;

    private StellingSetup() {}

    static SessionPlan plan(SessionSetup setup, ContentLibrary content) {
        ContentPack pack = content.pack(setup.pack())
                .orElseThrow(() -> new IllegalArgumentException("unknown content pack '" + setup.pack() + "'"));
        if (!StellingContent.offeredBy(pack)) {
            throw new IllegalArgumentException("content pack '" + pack.id() + "' has no statements; choose '"
                    + BUILT_IN + "'");
        }
        StellingContent c = StellingContent.read(pack);
        JsonObject o = setup.options();
        for (String name : o.fieldNames()) {
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("option '" + name + "' is not an option of the statement round; options are "
                        + OPTIONS.stream().sorted().toList());
            }
        }
        int minutes = minutes(o, c.minutes());
        List<Statement> chosen = chosen(o, c);
        List<Step> steps = new ArrayList<>();
        // The opening step keeps the projector on the join code while people come in.
        steps.add(new Step(INTRO, "intro", 0, Text.of("Uitleg van de stellingenronde", "How the statement round works"),
                Text.of("Straks staat er een stelling op het scherm. Plak op je telefoon je sticker op de schaal, van helemaal oneens tot helemaal eens.",
                        "Soon a statement appears on the screen. On your phone, put your sticker on the scale, from strongly disagree to strongly agree."),
                INTRO_SECONDS));
        for (Statement st : chosen) {
            steps.add(new Step(st.id(), StellingPlan.STEP_KIND, steps.size(), st.text(), st.hint(), minutes * 60));
        }
        return new SessionPlan(StellingFormat.ID, pack.id(), setup.title(), null, steps,
                Text.of("Argumenten aan tafel", "Arguments at the table"), StellingRules.COLUMNS,
                Text.of("Argumenten", "Arguments"), StellingRules.COLUMNS,
                5, 3, false, new StellingPlan(chosen));
    }

    private static int minutes(JsonObject o, int fallback) {
        Object v = o.getValue("minutes");
        if (v == null) return fallback;
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.intValue() < 1 || n.intValue() > MAX_MINUTES) {
            throw new IllegalArgumentException("option 'minutes': must be a whole number from 1 to " + MAX_MINUTES);
        }
        return n.intValue();
    }

    private static List<Statement> chosen(JsonObject o, StellingContent c) {
        Object v = o.getValue("statements");
        if (v == null) return c.statements();
        if (!(v instanceof JsonArray ids) || ids.isEmpty()) {
            throw new IllegalArgumentException("option 'statements': must be a list of at least one statement id");
        }
        List<Statement> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object id : ids) {
            Statement st = c.statements().stream().filter(s -> s.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("option 'statements': there is no statement '" + id + "'"));
            if (!seen.add(st.id())) throw new IllegalArgumentException("option 'statements': '" + id + "' is named twice");
            out.add(st);
        }
        return out;
    }

    /** The pack's statements and the default length, for the start page. */
    static JsonObject offer(ContentPack pack, ContentLibrary library) {
        return Offer.of(pack, StellingContent::offeredBy, StellingContent::read, StellingSetup::offerOf);
    }

    private static JsonObject offerOf(StellingContent c) {
        JsonArray statements = new JsonArray();
        c.statements().forEach(st -> statements.add(new JsonObject().put("id", st.id()).put("text", EntityJson.text(st.text()))));
        return new JsonObject().put("statements", statements)
                .put("defaults", new JsonObject().put("minutes", c.minutes()))
                .put("limits", new JsonObject().put("minutes", new JsonObject().put("min", 1).put("max", MAX_MINUTES)));
    }
}
