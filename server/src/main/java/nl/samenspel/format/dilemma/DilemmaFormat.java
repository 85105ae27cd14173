package nl.samenspel.format.dilemma;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import io.vertx.core.json.JsonObject;
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
import nl.samenspel.live.CommandDecoder;
import nl.samenspel.session.domain.FormatRules;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.view.FormatView;

/**
 * The dilemma game (dilemmaspel): groups of four or five at standing tables play rounds of
 * one dilemma each, as source 001 describes it. Per round everyone takes a perspective from
 * the table's envelope (open to the table, picked, or secret until a reveal step: see
 * {@link RoleMode}), names the values that matter from it, makes a choice, and the table notes
 * which values led. The plenary shows which values dominated and how the choices fell per
 * perspective. There is no right or wrong.
 */
public final class DilemmaFormat implements Format {

    public static final String ID = "dilemma";

    private final DilemmaRules rules = new DilemmaRules();
    private final DilemmaView view = new DilemmaView();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text title() {
        return Text.of("Dilemmaspel", "Dilemma game");
    }

    @Override
    public String defaultPack() {
        return DilemmaSetup.BUILT_IN;
    }

    @Override
    public SessionPlan plan(SessionSetup setup, ContentLibrary content) {
        return DilemmaSetup.plan(setup, content);
    }

    @Override
    public JsonObject setup(ContentPack pack, ContentLibrary library) {
        try {
            return DilemmaSetup.offer(pack, library);
        } catch (IllegalArgumentException e) {
            // A pack with broken dilemma content: the start page shows no set-up, creating says why.
            return new JsonObject().put("error", e.getMessage());
        }
    }

    /** The game's own rules for its sections (every step present, themes that exist, …), so a broken pack never reaches a session. */
    @Override
    public List<ContentError> check(ContentPack pack, RawPack raw) {
        return FaultPlace.check(pack, raw, DilemmaContent::offeredBy, DilemmaContent::read);
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
        return DilemmaWire.decoders();
    }

    @Override
    public Map<String, Class<? extends SessionEvent>> events() {
        return Format.eventsOf(DilemmaEvent.class);
    }

    @Override
    public JsonObject report(SessionState session) {
        return DilemmaReport.collect(session);
    }

    @Override
    public void markdown(JsonObject report, String language, StringBuilder out) {
        DilemmaReport.markdown(report, language, out);
    }

    @Override
    public Map<String, Exporter> exports() {
        return Map.of("dilemma.csv", new DilemmaCsv());
    }

    @Override
    public List<NamedType> types() {
        return List.of(new NamedType(DilemmaPlan.class, "dilemma.plan"), new NamedType(DilemmaState.class, "dilemma.state"));
    }
}
