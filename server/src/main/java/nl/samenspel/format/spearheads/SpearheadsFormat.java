package nl.samenspel.format.spearheads;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.content.ContentError;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.content.ContentPack;
import nl.samenspel.content.FaultPlace;
import nl.samenspel.content.RawPack;
import nl.samenspel.content.Text;
import nl.samenspel.export.Exporter;
import nl.samenspel.format.Format;
import nl.samenspel.session.SessionSetup;
import nl.samenspel.format.spearheads.SpearheadsContent.StepText;
import nl.samenspel.format.spearheads.SpearheadsPlan.Spearhead;
import nl.samenspel.live.CommandDecoder;
import nl.samenspel.session.domain.FormatRules;
import nl.samenspel.session.domain.Limits;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.domain.board.Column;
import nl.samenspel.session.view.FormatView;

/**
 * "Met je (wijk)team in gesprek": a 40–60 minute team session on the four spearheads of
 * working with informal care. Optional opener: the thermometer of nine success factors, rated
 * privately. Per spearhead a flip-over with three columns (where we stand, what we find
 * important, actions); notes in the actions column become the team's action list, which the
 * session exports (Markdown, CSV, JSON, PDF). A follow-up session checks an earlier action list
 * (plan–do–check–act) and compares the thermometer.
 */
public final class SpearheadsFormat implements Format {

    public static final String ID = "spearheads";
    public static final String DEFAULT_PACK = "speerpunten";

    private final SpearheadsRules rules = new SpearheadsRules();
    private final SpearheadsView view = new SpearheadsView();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text title() {
        return Text.of("Vier speerpunten: teamsessie en actielijst", "Four spearheads: team session and action list");
    }

    @Override
    public String defaultPack() {
        return DEFAULT_PACK;
    }

    /** Only packs with spearheads (a plan from any other is refused), so the start page offers no dead ends. */
    @Override
    public boolean accepts(ContentPack pack) {
        return SpearheadsContent.offeredBy(pack);
    }

    @Override
    public JsonObject setup(ContentPack pack) {
        if (!SpearheadsContent.offeredBy(pack)) {
            return new JsonObject().put("unavailable", "content pack '" + pack.id() + "' has no spearheads; choose '"
                    + DEFAULT_PACK + "'");
        }
        return SpearheadsSetup.offer(SpearheadsContent.read(pack));
    }

    /** Reads the pack's spearhead sections as a session would; the first fault is named by file, item and field. */
    @Override
    public List<ContentError> check(ContentPack pack, RawPack raw) {
        return FaultPlace.check(pack, raw, SpearheadsContent::offeredBy, SpearheadsContent::read);
    }

    @Override
    public SessionPlan plan(SessionSetup setup, ContentLibrary content) {
        ContentPack pack = content.pack(setup.pack())
                .orElseThrow(() -> new IllegalArgumentException("unknown content pack '" + setup.pack() + "'"));
        if (!SpearheadsContent.offeredBy(pack)) {
            throw new IllegalArgumentException("content pack '" + pack.id() + "' has no spearheads; choose '" + DEFAULT_PACK + "'");
        }
        SpearheadsContent c = SpearheadsContent.read(pack);
        JsonObject o = setup.options();
        List<String> order = SpearheadsSetup.order(o, c);
        boolean thermometerOn = SpearheadsSetup.flag(o, "thermometer", !c.factors().isEmpty());
        if (thermometerOn && c.factors().isEmpty()) throw new IllegalArgumentException("thermometer: this pack has no factors");
        int minimum = SpearheadsSetup.number(o, "thermometerMinimum", Thermometer.MIN_RATERS, 20, Thermometer.DEFAULT_MIN_RATERS);
        SpearheadsPlan.Earlier earlier = SpearheadsSetup.earlier(setup);

        List<Step> steps = new ArrayList<>();
        steps.add(step(o, "intro", "intro", c.intro(), c.modelTitle(), steps.size()));
        if (thermometerOn) steps.add(step(o, "thermometer", "thermometer", c.thermometerStep(), c.thermometerTitle(), steps.size()));
        if (earlier != null) steps.add(step(o, "review", "review", c.review(), null, steps.size()));
        for (String id : order) {
            int i = indexOf(c, id);
            Spearhead s = c.spearheads().get(i);
            steps.add(new Step(id, SpearheadsRules.KIND_SPEARHEAD, steps.size(), s.title(), c.spearheadStep().hint(),
                    SpearheadsSetup.seconds(o, id, c.spearheadMinutes().get(i))));
        }
        steps.add(step(o, "closing", "closing", c.closing(), null, steps.size()));
        checkMinutesKeys(o, steps);

        SpearheadsPlan.ThermometerPlan thermometer = thermometerOn
                ? new SpearheadsPlan.ThermometerPlan(c.thermometerTitle(), c.thermometerIntro(), c.low(), c.high(),
                c.factors(), minimum) : null;
        SpearheadsPlan formatPlan = new SpearheadsPlan(c.modelTitle(), c.modelIntro(), c.modelTip(), c.columns(),
                c.spearheads(), order, thermometer, SpearheadsSetup.flag(o, "tableBoards", false),
                SpearheadsSetup.team(o), earlier);
        List<Column> parking = List.of(new Column("later", c.parkingColumn(), "purple"));
        int maxTableSize = SpearheadsSetup.number(o, "maxTableSize", Limits.MIN_TABLE_SIZE, Limits.MAX_TABLE_SIZE, 5);
        int dots = SpearheadsSetup.number(o, "dots", 1, 10, 3);
        return new SessionPlan(ID, pack.id(), setup.title(), null, steps,
                Text.of(c.parkingTitle().nl() + " (tafel)", c.parkingTitle().en() == null ? null : c.parkingTitle().en() + " (table)"),
                parking, c.parkingTitle(), parking, maxTableSize, dots, false, formatPlan);
    }

    private static Step step(JsonObject o, String id, String kind, StepText text, Text fallbackTitle, int index) {
        return new Step(id, kind, index, stepTitle(id, text, fallbackTitle), text.hint(), SpearheadsSetup.seconds(o, id, text.minutes()));
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

    @Override
    public FormatRules rules() {
        return rules;
    }

    @Override
    public FormatView view() {
        return view;
    }

    @Override
    public Map<String, CommandDecoder> commands() {
        return SpearheadsCommands.all();
    }

    @Override
    public Map<String, Class<? extends SessionEvent>> events() {
        return Format.eventsOf(SpearheadsEvent.class);
    }

    @Override
    public JsonObject report(SessionState session) {
        return SpearheadsReport.collect(session);
    }

    @Override
    public void markdown(JsonObject report, String language, StringBuilder out) {
        SpearheadsMarkdown.sections(report, language, out);
    }

    @Override
    public Map<String, Exporter> exports() {
        Map<String, Exporter> out = new LinkedHashMap<>();
        out.put("actions.md", new SpearheadsMarkdown());
        out.put("actions.csv", new ActionsCsv());
        out.put("actions.json", new ActionsJson());
        out.put("actions.pdf", new ActionsPdf());
        return out;
    }

    @Override
    public List<NamedType> types() {
        return List.of(new NamedType(SpearheadsPlan.class, "spearheads.plan"),
                new NamedType(SpearheadsState.class, "spearheads.state"));
    }
}
