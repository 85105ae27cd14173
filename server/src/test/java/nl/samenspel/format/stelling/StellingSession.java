package nl.samenspel.format.stelling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.samenspel.Samenspel;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.format.Formats;
import nl.samenspel.json.Json;
import nl.samenspel.session.SessionSetup;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Decision;
import nl.samenspel.session.domain.JournalEntry;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.SessionState;

/** A statement round in memory, planned from the built-in pack, for the rules and export tests. */
final class StellingSession {

    static final Formats FORMATS = Samenspel.formats();
    static final Json JSON = new Json(FORMATS.jsonTypes());
    static final ContentLibrary CONTENT = FORMATS.content(JSON.records());

    final SessionState state = new SessionState(FORMATS::rules);
    final List<JournalEntry> journal = new ArrayList<>();
    final Random random = new Random(3);
    long now = 1_764_000_000_000L;

    StellingSession() {
        journal.add(state.create(new SessionEvent.SessionCreated("STEL01", plan(new JsonObject()), "fhash", "phash", now)));
    }

    static SessionPlan plan(JsonObject options) {
        return FORMATS.require(StellingFormat.ID).plan(
                new SessionSetup(StellingFormat.ID, StellingFormat.DEFAULT_PACK, "Stellingen", options), CONTENT);
    }

    List<String> statements() {
        return ((StellingPlan) state.plan().formatPlan()).statements().stream().map(StellingPlan.Statement::id).toList();
    }

    StellingState format() {
        return state.format();
    }

    Decision decision() {
        return new Decision(now, random);
    }

    String join(String name) {
        List<JournalEntry> entries = state.join(name, "token-" + name, "j" + state.seq(), decision(), journal::add);
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

    /** The rejection of a command, checking that it changed nothing. */
    Rejection rejected(Principal who, Command command) {
        long seq = state.seq();
        String before = snapshot();
        try {
            run(who, command);
        } catch (Rejection r) {
            assertEquals(seq, state.seq(), "a rejected command journals nothing");
            assertEquals(before, snapshot(), "a rejected command changes nothing");
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
}
