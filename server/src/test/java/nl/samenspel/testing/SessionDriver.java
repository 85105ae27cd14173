package nl.samenspel.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import nl.samenspel.Samenspel;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.format.Formats;
import nl.samenspel.json.Json;
import nl.samenspel.session.SessionSetup;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Decision;
import nl.samenspel.session.domain.FormatRules;
import nl.samenspel.session.domain.JournalEntry;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.journal.JournalCodec;
import nl.samenspel.session.view.ReportData;

/**
 * One session in memory, for the domain, format and export tests of every format: planned from
 * the built-in content (or from a plan the test makes), with a fixed random seed and a clock the
 * test moves. The verbs are the same for every format: {@link #join}, {@link #send} as a
 * principal (returning the events decided), {@link #rejected}, {@link #step} through the agenda,
 * {@link #timeUp}, and {@link #state()} and {@link #journal()} to look at the result.
 */
public final class SessionDriver {

    public static final Formats FORMATS = Samenspel.formats();
    public static final Json JSON = new Json(FORMATS.jsonTypes());
    public static final ContentLibrary CONTENT = FORMATS.content(JSON.records());
    public static final JournalCodec CODEC = new JournalCodec(FORMATS.eventTypes(), JSON, FORMATS::rules);

    private final SessionState state;
    private final List<JournalEntry> journal = new ArrayList<>();
    private final Random random;
    private final long clockStep;
    private long now;

    private SessionDriver(SessionDriverSetup b) {
        this.random = b.random != null ? b.random : new Random(b.seed);
        this.now = b.now;
        this.clockStep = b.clockStep;
        SessionPlan plan = b.plan != null ? b.plan : plan(b.format, b.pack, b.title, b.options, b.previous);
        this.state = new SessionState(b.rules);
        journal.add(state.create(new SessionEvent.SessionCreated(b.code, plan, "fhash", "vhash", now)));
    }

    /** A session of this format, planned from a built-in pack, with the defaults of {@link SessionDriverSetup}. */
    public static SessionDriver of(String format, String pack) {
        return of(format, pack, s -> { });
    }

    /** As {@link #of(String, String)}, with what {@code setup} sets (its title, options, seed, clock, …). */
    public static SessionDriver of(String format, String pack, Consumer<SessionDriverSetup> setup) {
        SessionDriverSetup b = new SessionDriverSetup();
        b.format = format;
        b.pack = pack;
        setup.accept(b);
        return new SessionDriver(b);
    }

    /** A session made from a plan the test builds itself, with these format rules. */
    public static SessionDriver of(SessionPlan plan, Function<String, FormatRules> rules, Consumer<SessionDriverSetup> setup) {
        SessionDriverSetup b = new SessionDriverSetup();
        b.plan = plan;
        b.rules = rules;
        setup.accept(b);
        return new SessionDriver(b);
    }

    /** The plan the format makes from a built-in pack and these options (and an earlier session's report). */
    public static SessionPlan plan(String format, String pack, String title, JsonObject options, JsonObject previous) {
        return FORMATS.require(format).plan(new SessionSetup(format, pack, title, options, previous), CONTENT);
    }

    // --- reading -------------------------------------------------------------------------------

    public SessionState state() {
        return state;
    }

    /** Every entry so far, the {@code SessionCreated} first. */
    public List<JournalEntry> journal() {
        return journal;
    }

    public <T> T format(Class<T> type) {
        return type.cast(state.format());
    }

    public <T> T formatPlan(Class<T> type) {
        return type.cast(state.plan().formatPlan());
    }

    public long now() {
        return now;
    }

    public <T extends SessionEvent> List<T> events(Class<T> type) {
        return only(journal.stream().map(JournalEntry::event).toList(), type);
    }

    public static <T> List<T> only(List<SessionEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public Step currentStep() {
        return state.agenda().currentStep().orElseThrow();
    }

    public String tableOf(String participant) {
        return state.participants().require(participant).table();
    }

    public List<String> seats(String table) {
        return state.tables().require(table).seats();
    }

    public String roleOf(String participant) {
        return state.envelopes().roleOf(participant).orElse(null);
    }

    public Map<String, String> rolesAt(String table) {
        return state.envelopes().of(table).orElseThrow().roles();
    }

    /** The report data every export renders from. */
    public JsonObject report() {
        return new ReportData(FORMATS::require).collect(state);
    }

    /** The state field by field (including what the snapshot leaves to the rules), to see any change. */
    public String fields() {
        try {
            return JSON.fields().writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    // --- the clock -----------------------------------------------------------------------------

    public SessionDriver advance(long millis) {
        now += millis;
        return this;
    }

    /**
     * A random walk of {@code steps} moves, move {@code i} made by {@code move} (which draws from
     * the test's random source); a move the rules refuse is passed over, as a refusal changes
     * nothing (the format contract checks that). Returns how many moves the rules took.
     */
    public int walk(int steps, IntConsumer move) {
        int taken = 0;
        for (int i = 0; i < steps; i++) {
            try {
                move.accept(i);
                taken++;
            } catch (Rejection refused) {
                // most random moves are out of turn or out of place
            }
        }
        return taken;
    }

    // --- acting --------------------------------------------------------------------------------

    public Decision decision() {
        return new Decision(now, random);
    }

    /** Joins someone and returns their participant id. */
    public String join(String name) {
        List<JournalEntry> entries = state.join(name, "token-" + name + "-" + state.seq(), "j" + state.seq(), decision(), journal::add);
        return ((SessionEvent.ParticipantJoined) entries.get(0).event()).participant();
    }

    /** Joins {@code prefix1} to {@code prefixN}. */
    public List<String> join(int n, String prefix) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) ids.add(join(prefix + i));
        return ids;
    }

    /** Sends a command as this principal; returns the events it led to, follow-ups included. */
    public List<SessionEvent> send(Principal who, Command command) {
        now += clockStep;
        return state.execute(who, "c" + state.seq(), command, decision(), journal::add).stream().map(JournalEntry::event).toList();
    }

    public List<SessionEvent> facilitator(Command command) {
        return send(Principal.FACILITATOR, command);
    }

    public List<SessionEvent> as(String participant, Command command) {
        return send(new Principal.Participant(participant), command);
    }

    /** Sends a command that must be refused, and checks that the refusal changed nothing at all. */
    public Rejection rejected(Principal who, Command command) {
        long seq = state.seq();
        int entries = journal.size();
        String before = fields();
        try {
            send(who, command);
        } catch (Rejection r) {
            if (state.seq() != seq || journal.size() != entries || !before.equals(fields())) {
                throw new AssertionError("a rejected command changed the session: " + command);
            }
            return r;
        }
        throw new AssertionError("expected a rejection of " + command);
    }

    public Rejection rejected(String participant, Command command) {
        return rejected(new Principal.Participant(participant), command);
    }

    /** Runs the session's clock check, as the actor does when a deadline passes. */
    public List<SessionEvent> tick() {
        return send(Principal.SERVER, new Command.ExpireTimer());
    }

    /** Runs the clock check as if it were this time, and leaves the test's clock where it was. */
    public List<SessionEvent> tickAt(long at) {
        return state.execute(Principal.SERVER, null, new Command.ExpireTimer(), new Decision(at, random), journal::add)
                .stream().map(JournalEntry::event).toList();
    }

    /** Lets the clock pass the running step's deadline and the session notice it. */
    public List<SessionEvent> timeUp() {
        now = Math.max(now, state.agenda().timer().deadline()) + 1;
        return tick();
    }

    /** Goes to the step with this id. */
    public List<SessionEvent> step(String id) {
        return facilitator(new Command.GotoStep(stepIndex(s -> s.id().equals(id), "id " + id)));
    }

    /** Goes to the first step of this kind (the cards' {@code play}, say). */
    public List<SessionEvent> stepOfKind(String kind) {
        return facilitator(new Command.GotoStep(stepIndex(s -> s.kind().equals(kind), "kind " + kind)));
    }

    /** Goes to the step of this kind in this round. */
    public List<SessionEvent> step(int round, String kind) {
        return facilitator(new Command.GotoStep(stepIndex(round, kind)));
    }

    public int stepIndex(int round, String kind) {
        return stepIndex(s -> s.round() == round && s.kind().equals(kind), kind + " in round " + round);
    }

    private int stepIndex(java.util.function.Predicate<Step> which, String what) {
        List<Step> steps = state.agenda().steps();
        for (int i = 0; i < steps.size(); i++) {
            if (which.test(steps.get(i))) return i;
        }
        throw new AssertionError("no step with " + what);
    }
}
