package nl.samenspel.format.dilemma;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.samenspel.Samenspel;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.format.Formats;
import nl.samenspel.session.SessionSetup;
import nl.samenspel.json.Json;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Decision;
import nl.samenspel.session.domain.JournalEntry;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.agenda.Step;

/** A dilemma game in memory for domain tests: the built-in content, a fixed random seed and a clock the test moves. */
final class Game {

    static final Formats FORMATS = Samenspel.formats();
    static final Json JSON = new Json(FORMATS.jsonTypes());
    static final ContentLibrary CONTENT = FORMATS.content(JSON.records());

    final SessionState state = new SessionState(FORMATS::rules);
    final List<JournalEntry> journal = new ArrayList<>();
    final Random random;
    final SessionPlan plan;
    long now = 1_000_000;

    Game(long seed) {
        this(seed, new JsonObject());
    }

    /** A game with secret roles and the reveal step (our variant; open roles are the default). */
    static Game secret(long seed) {
        return new Game(seed, new JsonObject().put("roleMode", "secret"));
    }

    Game(long seed, JsonObject options) {
        this.random = new Random(seed);
        this.plan = plan(options);
        journal.add(state.create(new SessionEvent.SessionCreated("DILEMA", plan, "fhash", "vhash", now)));
    }

    static SessionPlan plan(JsonObject options) {
        return FORMATS.require("dilemma").plan(new SessionSetup("dilemma", "samenspel-basis", "Teamdag", options), CONTENT);
    }

    DilemmaState game() {
        return state.format();
    }

    DilemmaPlan dilemmas() {
        return (DilemmaPlan) plan.formatPlan();
    }

    Decision decision() {
        return new Decision(now, random);
    }

    String join(String name) {
        List<JournalEntry> entries = state.join(name, "token-" + name + "-" + state.seq(), "j" + state.seq(), decision(), journal::add);
        return ((SessionEvent.ParticipantJoined) entries.get(0).event()).participant();
    }

    List<String> join(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) ids.add(join("Deelnemer" + i));
        return ids;
    }

    List<SessionEvent> run(Principal who, Command command) {
        return state.execute(who, "c" + state.seq(), command, decision(), journal::add).stream().map(JournalEntry::event).toList();
    }

    List<SessionEvent> facilitator(Command command) {
        return run(Principal.FACILITATOR, command);
    }

    List<SessionEvent> as(String participant, Command command) {
        return run(new Principal.Participant(participant), command);
    }

    Rejection rejected(Principal who, Command command) {
        long seq = state.seq();
        try {
            run(who, command);
        } catch (Rejection r) {
            if (state.seq() != seq) throw new AssertionError("a rejected command changed the session");
            return r;
        }
        throw new AssertionError("expected a rejection of " + command);
    }

    Rejection rejected(String participant, Command command) {
        return rejected(new Principal.Participant(participant), command);
    }

    int stepIndex(int round, String kind) {
        List<Step> steps = state.agenda().steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).round() == round && steps.get(i).kind().equals(kind)) return i;
        }
        throw new AssertionError("no step " + kind + " in round " + round);
    }

    List<SessionEvent> goTo(int round, String kind) {
        return facilitator(new Command.GotoStep(stepIndex(round, kind)));
    }

    List<SessionEvent> goToPlenary() {
        return facilitator(new Command.GotoStep(stepIndex(0, StepKind.PLENARY)));
    }

    /** Lets the clock pass the running step's deadline and the session notice it. */
    List<SessionEvent> timeUp() {
        now = Math.max(now, state.agenda().timer().deadline()) + 1;
        return run(Principal.SERVER, new Command.ExpireTimer());
    }

    Step currentStep() {
        return state.agenda().currentStep().orElseThrow();
    }

    String tableOf(String participant) {
        return state.participants().require(participant).table();
    }

    String roleOf(String participant) {
        return state.envelopes().roleOf(participant).orElse(null);
    }

    Map<String, String> rolesAt(String table) {
        return state.envelopes().of(table).orElseThrow().roles();
    }

    static <T> List<T> only(List<SessionEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
