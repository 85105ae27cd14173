package nl.samenspel.format;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import nl.samenspel.content.ContentError;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.content.ContentPack;
import nl.samenspel.content.FaultPlace;
import nl.samenspel.content.RawPack;
import nl.samenspel.content.Text;
import nl.samenspel.export.Exporter;
import nl.samenspel.export.MarkdownSections;
import nl.samenspel.live.CommandDecoder;
import nl.samenspel.session.SessionSetup;
import nl.samenspel.session.domain.FormatPlan;
import nl.samenspel.session.domain.FormatRules;
import nl.samenspel.session.domain.FormatState;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.view.FormatReport;
import nl.samenspel.session.view.FormatView;

/**
 * A {@link Format} made of its parts: a format's {@code <Name>Format} only names them (see
 * {@link #parts}), so no format repeats the delegation to its rules, view, commands, report and
 * exports.
 */
public abstract class AbstractFormat implements Format {

    private final Parts parts;

    protected AbstractFormat(Parts parts) {
        this.parts = Objects.requireNonNull(parts);
        Objects.requireNonNull(parts.planner, parts.id + ": a format needs a planner");
    }

    /**
     * The start of a format's parts: its id, title and built-in pack (see {@link Format#defaultPack()});
     * everything else has a default of "none".
     */
    public static Parts parts(String id, Text title, String defaultPack) {
        return new Parts(id, title, defaultPack);
    }

    @Override
    public final String id() {
        return parts.id;
    }

    @Override
    public final Text title() {
        return parts.title;
    }

    @Override
    public final String defaultPack() {
        return parts.defaultPack;
    }

    @Override
    public final SessionPlan plan(SessionSetup setup, ContentLibrary content) {
        return parts.planner.plan(setup, content);
    }

    @Override
    public final JsonObject setup(ContentPack pack, ContentLibrary library) {
        return parts.offer.apply(pack, library);
    }

    @Override
    public final List<ContentError> check(ContentPack pack, RawPack raw) {
        return FaultPlace.check(pack, raw, parts.offeredBy, parts.read);
    }

    @Override
    public final boolean accepts(ContentPack pack) {
        return parts.accepts.test(pack);
    }

    @Override
    public final FormatRules rules() {
        return parts.rules;
    }

    @Override
    public final FormatView view() {
        return parts.view;
    }

    @Override
    public final Map<String, CommandDecoder> commands() {
        return parts.commands;
    }

    @Override
    public final Map<String, Class<? extends SessionEvent>> events() {
        return parts.events == null ? Map.of() : Format.eventsOf(parts.events);
    }

    @Override
    public final JsonObject report(SessionState session) {
        return parts.report.report(session);
    }

    @Override
    public final void markdown(JsonObject report, String language, StringBuilder out) {
        parts.markdown.markdown(report, language, out);
    }

    @Override
    public final Map<String, Exporter> exports() {
        return java.util.Collections.unmodifiableMap(parts.exports);
    }

    @Override
    public final List<NamedType> types() {
        return parts.types;
    }

    /** Builds a session's plan from the set-up and the content; {@link IllegalArgumentException} names the option that does not fit. */
    @FunctionalInterface
    public interface Planner {
        SessionPlan plan(SessionSetup setup, ContentLibrary content);
    }

    /** The parts of one format, named once in its {@code <Name>Format}. */
    public static final class Parts {
        private final String id;
        private final Text title;
        private final String defaultPack;
        private Planner planner;
        private BiFunction<ContentPack, ContentLibrary, JsonObject> offer = (pack, library) -> new JsonObject();
        private Predicate<ContentPack> offeredBy = pack -> false;
        private Consumer<ContentPack> read = pack -> { };
        private Predicate<ContentPack> accepts = pack -> true;
        private FormatRules rules = FormatRules.NONE;
        private FormatView view = FormatView.NONE;
        private Map<String, CommandDecoder> commands = Map.of();
        private Class<? extends SessionEvent> events;
        private FormatReport report = session -> null;
        private MarkdownSections markdown = (report, language, out) -> { };
        private final Map<String, Exporter> exports = new LinkedHashMap<>();
        private final List<NamedType> types = new ArrayList<>();

        private Parts(String id, Text title, String defaultPack) {
            this.id = Objects.requireNonNull(id);
            this.title = Objects.requireNonNull(title);
            this.defaultPack = defaultPack;
        }

        /** {@code <Name>Setup::plan}, and {@code <Name>Setup::offer} for the start page's set-up panel. */
        public Parts setup(Planner planner, BiFunction<ContentPack, ContentLibrary, JsonObject> offer) {
            this.planner = planner;
            this.offer = offer;
            return this;
        }

        /**
         * The format's sections of a pack: whether a pack has them, and how they are read (throwing
         * {@link IllegalArgumentException} with the path of the fault), for {@link Format#check}.
         * A pack is accepted when it has them and they read; see {@link #accepts} to say otherwise.
         */
        public Parts content(Predicate<ContentPack> offeredBy, Consumer<ContentPack> read) {
            this.offeredBy = offeredBy;
            this.read = read;
            this.accepts = pack -> {
                if (!offeredBy.test(pack)) return false;
                try {
                    read.accept(pack);
                    return true;
                } catch (IllegalArgumentException broken) {
                    return false;
                }
            };
            return this;
        }

        public Parts accepts(Predicate<ContentPack> accepts) {
            this.accepts = accepts;
            return this;
        }

        /**
         * The live part: {@code <Name>Rules}, {@code <Name>View}, {@code <Name>Commands.decoders()}
         * (every wire type starts with the format's id and a dot) and the sealed {@code <Name>Event},
         * whose records are journalled as {@code <id>.<SimpleName>}.
         */
        public Parts script(FormatRules rules, FormatView view, Map<String, CommandDecoder> decoders,
                            Class<? extends SessionEvent> events) {
            if (!events.isSealed()) throw new IllegalArgumentException(events + " must be sealed");
            this.rules = rules;
            this.view = view;
            this.commands = Map.copyOf(decoders);
            this.events = events;
            return this;
        }

        /** {@code <Name>Report::collect} and {@code <Name>Report::markdown}. */
        public Parts report(FormatReport collect, MarkdownSections markdown) {
            this.report = collect;
            this.markdown = markdown;
            return this;
        }

        /** One of the format's own exports, next to the shared {@code report.*} ones. */
        public Parts export(String name, Exporter exporter) {
            exports.put(name, exporter);
            return this;
        }

        /** The plan and state classes, named {@code <id>.plan} and {@code <id>.state} in JSON. */
        public Parts types(Class<? extends FormatPlan> plan, Class<? extends FormatState> state) {
            types.add(new NamedType(plan, id + ".plan"));
            types.add(new NamedType(state, id + ".state"));
            return this;
        }
    }
}
