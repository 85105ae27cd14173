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
 * The one contract of a session format: content plus a script. A format is one package,
 * {@code nl.samenspel.format.<id>}, registered by one line in {@code Samenspel.formats()}, with
 * this fixed layout and the same names in every format ({@code <Name>} is the format's name,
 * e.g. {@code Cards}):
 * <ul>
 *   <li>{@code <Name>Format}: extends {@link AbstractFormat} and only names the parts below
 *       ({@link AbstractFormat#parts}: id, title, built-in pack, then content, setup, script,
 *       report, exports and types); nothing else.</li>
 *   <li>{@code <Name>Content}: reads the format's sections of a content pack
 *       ({@code offeredBy}/{@code present} and {@code read}/{@code of}), each fault named by its path.</li>
 *   <li>{@code <Name>Setup}: the set-up options: {@code plan(SessionSetup, ContentLibrary)} builds the
 *       {@link SessionPlan}, {@code offer(pack, library)} says what the start page may choose, and
 *       {@code BUILT_IN} names the format's built-in pack.</li>
 *   <li>{@code <Name>Plan}: a {@code FormatPlan}, what the session keeps of its content (JSON name {@code <id>.plan}).</li>
 *   <li>{@code <Name>State}: a {@code FormatState}, the format's part of a session (JSON name {@code <id>.state}).</li>
 *   <li>{@code <Name>Rules}: the {@link FormatRules}: decide, apply, react, deadlines.</li>
 *   <li>{@code <Name>Command} (sealed) and {@code <Name>Commands}: the commands, and their
 *       {@code decoders()} by wire type {@code <id>.<verb>}, each field checked at the edge.</li>
 *   <li>{@code <Name>Event} (sealed): the events, journalled as {@code <id>.<SimpleName>}. Never
 *       rename an event record or a field: old journals must replay.</li>
 *   <li>{@code <Name>View}: the {@link FormatView}: the snapshot per viewer and the updates per event.</li>
 *   <li>{@code <Name>Report}: {@code collect(session)} (the report's {@code format} part, on the actor)
 *       and {@code markdown(report, language, out)} (its sections of {@code report.md}).</li>
 *   <li>Exports: the format's own files ({@code <Name>Csv}, …) as named in {@code <Name>Format}.</li>
 * </ul>
 * The client side is one folder, {@code web/js/formats/<id>/} with its {@code index.js} (see {@code web/js/formats/open/index.js}),
 * and the content one file in {@code content/}; docs/ARCHITECTURE.md, "Adding a format", has the checklist.
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
        return setup(pack, null);
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
    JsonObject setup(ContentPack pack, ContentLibrary library);

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
