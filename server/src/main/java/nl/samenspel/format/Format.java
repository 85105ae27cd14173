package nl.samenspel.format;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.content.ContentError;
import nl.samenspel.content.ContentPack;
import nl.samenspel.content.RawPack;
import nl.samenspel.content.Text;
import nl.samenspel.export.Exporter;
import nl.samenspel.export.MarkdownSections;
import nl.samenspel.live.CommandDecoder;
import nl.samenspel.session.domain.FormatRules;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.SessionSetup;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.view.FormatReport;
import nl.samenspel.session.view.FormatView;

/**
 * A session format: content plus a script. It builds a session's plan from a content pack,
 * adds its own commands, events and rules to the shared building blocks, and shows its own
 * state. A new format is one new package that implements this.
 */
public interface Format extends FormatReport, MarkdownSections {

    /** The id used in the API, the journal and the client ({@code dilemma}, {@code cards}, …). */
    String id();

    Text title();

    /** The session's plan; throws {@link IllegalArgumentException} naming the option that does not fit. */
    SessionPlan plan(SessionSetup setup, ContentLibrary content);

    /**
     * What a facilitator can choose when creating a session from this pack (e.g. the dilemmas
     * and the default timings), for the start page's set-up panel; the choices come back as
     * {@code options} of {@link SessionSetup}.
     */
    default JsonObject setup(ContentPack pack) {
        return new JsonObject();
    }

    /**
     * The format's own checks of a pack's sections, beyond the schema (references between items,
     * a correct answer among the options, …); each error names the file, the item and the field.
     * Called for every pack: a pack without this format's sections has nothing to check.
     */
    default List<ContentError> check(ContentPack pack, RawPack raw) {
        return List.of();
    }

    /**
     * Like {@link #setup(ContentPack)}, for a format that also draws on other packs of the
     * library (its built-in content when the chosen pack has none, a role set kept in another
     * pack); {@link #plan} has the library too. The start page asks this one.
     */
    default JsonObject setup(ContentPack pack, ContentLibrary library) {
        return setup(pack);
    }

    /**
     * The built-in pack written for this format, which the start page and {@code POST /api/sessions}
     * choose when no pack is named; {@code null} for a format without one of its own (the server's
     * basis pack then).
     */
    default String defaultPack() {
        return null;
    }

    /**
     * Whether a session of this format can be made from this pack (it holds the format's
     * sections). The start page offers only these packs for the format.
     */
    default boolean accepts(ContentPack pack) {
        return true;
    }

    FormatRules rules();

    FormatView view();

    /** Decoders of the format's commands, by wire type ({@code dilemma.choose}, …). */
    default Map<String, CommandDecoder> commands() {
        return Map.of();
    }

    /** The format's events, by journal name. */
    default Map<String, Class<? extends SessionEvent>> events() {
        return Map.of();
    }

    /**
     * Every record of a format's sealed event interface by its simple name, for {@link #events()}:
     * a new event is journalled without another list to keep.
     */
    static Map<String, Class<? extends SessionEvent>> eventsOf(Class<? extends SessionEvent> sealed) {
        Map<String, Class<? extends SessionEvent>> events = new LinkedHashMap<>();
        for (Class<?> type : sealed.getPermittedSubclasses()) {
            events.put(type.getSimpleName(), type.asSubclass(SessionEvent.class));
        }
        return events;
    }

    @Override
    default JsonObject report(SessionState session) {
        return null;
    }

    @Override
    default void markdown(JsonObject report, String language, StringBuilder out) {
    }

    /** The format's own exports by name ({@code actions.csv}, …), next to {@code report.md} and {@code report.json}. */
    default Map<String, Exporter> exports() {
        return Map.of();
    }

    /** Jackson names of the format's plan and state classes. */
    default List<NamedType> types() {
        return List.of();
    }
}
