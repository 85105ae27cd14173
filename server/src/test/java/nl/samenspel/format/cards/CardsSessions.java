package nl.samenspel.format.cards;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.testing.SessionDriver;

/** Card game sessions for the {@link SessionDriver}, from the built-in pack, and what the tests read of a table's game. */
final class CardsSessions {

    static final String PACK = "kaartspel-mantelzorg";

    private CardsSessions() {
    }

    static SessionDriver start(JsonObject options, long seed) {
        return SessionDriver.of("cards", PACK, s -> {
            s.title = "Kaartspel";
            s.code = "CARDS1";
            s.options = options;
            s.seed = seed;
        });
    }

    static SessionDriver start() {
        return start(new JsonObject(), 7);
    }

    static SessionPlan plan(JsonObject options) {
        return SessionDriver.plan("cards", PACK, "Kaartspel", options, null);
    }

    static CardsPlan plan(SessionDriver g) {
        return g.formatPlan(CardsPlan.class);
    }

    static Game game(SessionDriver g, String id) {
        return g.format(CardsState.class).gameOrEmpty(id);
    }

    static Play current(SessionDriver g, String game) {
        return game(g, game).current().orElseThrow(() -> new AssertionError("no card on table " + game));
    }

    static Card card(SessionDriver g, String game) {
        return plan(g).require(current(g, game).card());
    }

    /** The card on the table, which must be of this type (a deck of {@link #only} that type deals nothing else). */
    static Card card(SessionDriver g, String game, String type) {
        Card card = card(g, game);
        org.junit.jupiter.api.Assertions.assertEquals(type, card.type(), card.id());
        return card;
    }

    static String lead(SessionDriver g, String game) {
        return Players.lead(g.state(), plan(g), game(g, game));
    }

    /** A valid option of the current card, picked by index. */
    static String option(SessionDriver g, String game, int index) {
        List<Card.Option> options = plan(g).optionsOf(card(g, game));
        return options.get(index % options.size()).id();
    }

    /** Options that deal only cards of these types. */
    static JsonObject only(String... types) {
        return new JsonObject().put("types", new JsonArray(List.of(types)));
    }

    /** Eight people at two tables of four, the game started. */
    static SessionDriver twoTables(JsonObject options) {
        SessionDriver g = CardsSessions.start(options, 11);
        g.join(8, "Speler");
        g.facilitator(new Command.ArrangeTables(4));
        g.stepOfKind("play");
        return g;
    }

    static Play draw(SessionDriver g, String table) {
        g.as(lead(g, table), new CardsCommand.Draw(table));
        return current(g, table);
    }
}
