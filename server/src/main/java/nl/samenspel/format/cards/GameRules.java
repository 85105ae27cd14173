package nl.samenspel.format.cards;

import java.util.List;
import java.util.Map;

/**
 * The rules of one game, chosen at set-up (defaults from the content pack):
 * which card {@code types} are in the deck; whether a table stops after {@code cards} cards
 * ({@code limit = "cards"}) or when the playing step's time is up ({@code "time"}); the
 * seconds per card of each type (0: no countdown); whether the turn rotates around the table
 * ({@code turnOrder = "rotate"}) or anyone may draw ({@code "free"}); whether the table keeps
 * a score of correct answers; and whether people play per table or as one group
 * ({@code grouping = "tables" | "plenary"}).
 */
public record GameRules(List<String> types, String limit, int cards, Map<String, Integer> seconds,
                        String turnOrder, boolean scoring, String grouping) {

    public static final String LIMIT_CARDS = "cards";
    public static final String LIMIT_TIME = "time";
    public static final String ROTATE = "rotate";
    public static final String FREE = "free";
    public static final String TABLES = "tables";
    public static final String PLENARY = "plenary";

    public GameRules {
        types = List.copyOf(types);
        seconds = Map.copyOf(seconds);
    }

    public int secondsFor(String type) {
        return seconds.getOrDefault(type, 0);
    }

    public boolean wholeGroup() {
        return PLENARY.equals(grouping);
    }

    public boolean rotating() {
        return ROTATE.equals(turnOrder);
    }
}
