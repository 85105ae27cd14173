package nl.samenspel.format.spearheads;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.samenspel.Samenspel;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.session.view.ReportData;
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

/** A spearhead session in memory, planned from the built-in pack, for domain and export tests. */
final class SpearheadsFixture {

    static final Formats FORMATS = Samenspel.formats();
    static final Json JSON = new Json(FORMATS.jsonTypes());
    static final ContentLibrary CONTENT = FORMATS.content(JSON.records());

    final SessionState state = new SessionState(FORMATS::rules);
    final List<JournalEntry> journal = new ArrayList<>();
    final Random random = new Random(7);
    long now = 1_764_000_000_000L; // late November 2025

    SpearheadsFixture() {
        this(new JsonObject());
    }

    SpearheadsFixture(JsonObject options) {
        this(options, null);
    }

    SpearheadsFixture(JsonObject options, JsonObject previous) {
        SessionPlan plan = plan(options, previous);
        journal.add(state.create(new SessionEvent.SessionCreated("SPEER1", plan, "fhash", "vhash", now)));
    }

    static SessionPlan plan(JsonObject options, JsonObject previous) {
        return FORMATS.require("spearheads").plan(
                new SessionSetup("spearheads", "speerpunten", "Teamsessie Wijkteam Noord", options, previous), CONTENT);
    }

    SpearheadsState format() {
        return state.format();
    }

    Decision decision() {
        return new Decision(now, random);
    }

    String join(String name) {
        List<JournalEntry> entries = state.join(name, "token-" + name + "-" + state.seq(), "j" + state.seq(), decision(), journal::add);
        return ((SessionEvent.ParticipantJoined) entries.get(0).event()).participant();
    }

    List<JournalEntry> run(Principal who, Command command) {
        now += 1000;
        return state.execute(who, "c" + state.seq(), command, decision(), journal::add);
    }

    List<JournalEntry> facilitator(Command command) {
        return run(Principal.FACILITATOR, command);
    }

    List<JournalEntry> as(String participant, Command command) {
        return run(new Principal.Participant(participant), command);
    }

    Rejection rejected(Principal who, Command command) {
        long seq = state.seq();
        String before = snapshot();
        try {
            run(who, command);
        } catch (Rejection r) {
            if (state.seq() != seq || !before.equals(snapshot())) throw new AssertionError("a rejected command changed the session");
            return r;
        }
        throw new AssertionError("expected a rejection of " + command);
    }

    String snapshot() {
        try {
            return JSON.fields().writeValueAsString(state);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** Goes to the step with this id. */
    void enter(String stepId) {
        int index = -1;
        for (int i = 0; i < state.agenda().steps().size(); i++) {
            if (state.agenda().steps().get(i).id().equals(stepId)) index = i;
        }
        if (index < 0) throw new AssertionError("no step " + stepId);
        facilitator(new Command.GotoStep(index));
    }

    String addNote(Principal who, String board, String column, String text) {
        List<JournalEntry> entries = run(who, new Command.AddNote(board, column, text, null));
        return ((SessionEvent.NoteAdded) entries.get(0).event()).note();
    }

    static SpearheadsCommand.ActionFields fields(String spearhead, String what, String who, String whoText, String when,
                                                 String firstStep) {
        return new SpearheadsCommand.ActionFields(spearhead, what, who, whoText, when, firstStep, null);
    }

    String addAction(Principal who, SpearheadsCommand.ActionFields fields) {
        List<JournalEntry> entries = run(who, new SpearheadsCommand.AddAction(fields, null, null));
        return ((SpearheadsEvent.ActionAdded) entries.get(0).event()).action().id();
    }

    JsonObject report() {
        return new ReportData(FORMATS::require).collect(state);
    }
}
