package nl.samenspel.format.cards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Chooses the next card for a table: one it has not drawn yet, of the type it has played
 * least so far (so ten cards give a mix of knowledge, statements and cases), at random within
 * that type.
 */
final class CardPicker {

    private CardPicker() {}

    static Card next(CardsPlan plan, Game game, Random random) {
        List<Card> remaining = plan.cards().stream().filter(c -> !game.drew(c.id())).toList();
        if (remaining.isEmpty()) return null;
        Map<String, Integer> played = new HashMap<>();
        game.plays().stream().filter(p -> !Play.SKIPPED.equals(p.status())).forEach(p -> played.merge(p.type(), 1, Integer::sum));
        int least = Integer.MAX_VALUE;
        List<String> types = new ArrayList<>();
        for (String type : Card.TYPES) {
            if (remaining.stream().noneMatch(c -> c.type().equals(type))) continue;
            int n = played.getOrDefault(type, 0);
            if (n < least) {
                least = n;
                types.clear();
            }
            if (n == least) types.add(type);
        }
        String type = types.get(random.nextInt(types.size()));
        List<Card> ofType = remaining.stream().filter(c -> c.type().equals(type)).toList();
        return ofType.get(random.nextInt(ofType.size()));
    }
}
