package nl.samenspel.format.cards;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
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

/** A card game session in memory, made from the built-in pack, with a fixed seed and a clock the test moves. */
final class CardsGame {

    static final String PACK = "kaartspel-mantelzorg";
    static final Formats FORMATS = Samenspel.formats();
    static final Json JSON = new Json(FORMATS.jsonTypes());
    static final ContentLibrary CONTENT = FORMATS.content(JSON.records());

    final SessionState state = new SessionState(FORMATS::rules);
    final List<JournalEntry> journal = new ArrayList<>();
    final Random random;
    long now = 1_000_000;

    CardsGame(JsonObject options, long seed) {
        this.random = new Random(seed);
        SessionPlan plan = plan(options);
        journal.add(state.create(new SessionEvent.SessionCreated("CARDS1", plan, "fhash", "vhash", now)));
    }

    CardsGame() {
        this(new JsonObject(), 7);
    }

    static SessionPlan plan(JsonObject options) {
        return FORMATS.require("cards").plan(new SessionSetup("cards", PACK, "Kaartspel", options), CONTENT);
    }

    Decision decision() {
        return new Decision(now, random);
    }

    String join(String name) {
        List<JournalEntry> entries = state.join(name, "token-" + name + "-" + state.seq(), "j" + state.seq(), decision(), journal::add);
        return ((SessionEvent.ParticipantJoined) entries.get(0).event()).participant();
    }

    List<String> join(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add(join("Speler" + i));
        return out;
    }

    List<JournalEntry> run(Principal who, Command command) {
        return state.execute(who, "c" + state.seq(), command, decision(), journal::add);
    }

    List<JournalEntry> facilitator(Command command) {
        return run(Principal.FACILITATOR, command);
    }

    List<JournalEntry> as(String participant, Command command) {
        return run(new Principal.Participant(participant), command);
    }

    /** Runs the session's clock check, as the actor does when a deadline passes. */
    List<JournalEntry> tick() {
        return run(Principal.SERVER, new Command.ExpireTimer());
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

    Rejection rejectedFor(String participant, Command command) {
        return rejected(new Principal.Participant(participant), command);
    }

    CardsState cards() {
        return state.format();
    }

    CardsPlan plan() {
        return (CardsPlan) state.plan().formatPlan();
    }

    Game game(String id) {
        return cards().gameOrEmpty(id);
    }

    Play current(String game) {
        return game(game).current().orElseThrow(() -> new AssertionError("no card on table " + game));
    }

    Card card(String game) {
        return plan().require(current(game).card());
    }

    /** Goes to the playing step (the tables may draw from then on). */
    void play() {
        for (int i = 0; i < state.plan().steps().size(); i++) {
            if ("play".equals(state.plan().steps().get(i).kind())) {
                facilitator(new Command.GotoStep(i));
                return;
            }
        }
        throw new AssertionError("no playing step");
    }

    String lead(String game) {
        return Players.lead(state, plan(), game(game));
    }

    List<String> seats(String table) {
        return state.tables().require(table).seats();
    }

    /** A valid option of the current card, picked by index. */
    String option(String game, int index) {
        List<Card.Option> options = plan().optionsOf(card(game));
        return options.get(index % options.size()).id();
    }

    <T extends SessionEvent> List<T> events(Class<T> type) {
        return journal.stream().map(JournalEntry::event).filter(type::isInstance).map(type::cast).toList();
    }
}
