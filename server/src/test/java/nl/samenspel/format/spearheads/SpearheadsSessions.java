package nl.samenspel.format.spearheads;

import io.vertx.core.json.JsonObject;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.testing.SessionDriver;

/**
 * Spearhead sessions for the {@link SessionDriver}, planned from the built-in pack, with the
 * clock a second further at every command; and the two commands whose new id the tests need.
 */
final class SpearheadsSessions {

    static final String TITLE = "Teamsessie Wijkteam Noord";

    private SpearheadsSessions() {
    }

    static SessionDriver start(JsonObject options, JsonObject previous) {
        return SessionDriver.of("spearheads", "speerpunten", s -> {
            s.title = TITLE;
            s.code = "SPEER1";
            s.options = options;
            s.previous = previous;
            s.now = 1_764_000_000_000L; // late November 2025
            s.clockStep = 1000;
        });
    }

    static SessionDriver start(JsonObject options) {
        return start(options, null);
    }

    static SessionDriver start() {
        return start(new JsonObject(), null);
    }

    static SessionPlan plan(JsonObject options, JsonObject previous) {
        return SessionDriver.plan("spearheads", "speerpunten", TITLE, options, previous);
    }

    static SpearheadsCommand.ActionFields fields(String spearhead, String what, String who, String whoText, String when,
                                                 String firstStep) {
        return new SpearheadsCommand.ActionFields(spearhead, what, who, whoText, when, firstStep, null);
    }

    /** Adds a note and returns its id. */
    static String addNote(SessionDriver s, Principal who, String board, String column, String text) {
        return ((SessionEvent.NoteAdded) s.send(who, new Command.AddNote(board, column, text, null)).get(0)).note();
    }

    /** Adds an action and returns its id. */
    static String addAction(SessionDriver s, Principal who, SpearheadsCommand.ActionFields fields) {
        return ((SpearheadsEvent.ActionAdded) s.send(who, new SpearheadsCommand.AddAction(fields, null, null)).get(0)).action().id();
    }
}
