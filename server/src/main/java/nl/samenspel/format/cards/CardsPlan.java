package nl.samenspel.format.cards;

import java.util.List;
import java.util.Optional;
import nl.samenspel.content.Text;
import nl.samenspel.session.domain.FormatPlan;
import nl.samenspel.session.domain.SessionState;

/**
 * What a card game session takes from its pack and set-up: the chosen deck (only the cards of
 * the chosen types and themes), the themes and sources they refer to, the labels of the
 * statement options, the rules, and the flip-over columns where insights and assignments'
 * outcomes go ({@code assignmentColumn} null: with the insights, as in sessions made before
 * assignment cards existed). Copied into the session at creation.
 */
public record CardsPlan(String deck, Text deckTitle, List<Card> cards, List<Theme> themes, List<Source> sources,
                        List<Card.Option> statementOptions, GameRules rules, String insightColumn, String assignmentColumn)
        implements FormatPlan {

    /** The plan of a session of this format. */
    static CardsPlan of(SessionState s) {
        return (CardsPlan) s.plan().formatPlan();
    }

    public String assignmentColumnOrInsights() {
        return assignmentColumn == null ? insightColumn : assignmentColumn;
    }

    public record Theme(String id, int number, Text title) {}

    public record Source(String id, Text title) {}

    public CardsPlan {
        cards = List.copyOf(cards);
        themes = List.copyOf(themes);
        sources = List.copyOf(sources);
        statementOptions = List.copyOf(statementOptions);
    }

    public Optional<Card> card(String id) {
        return cards.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Card require(String id) {
        return card(id).orElseThrow(() -> new IllegalStateException("no card " + id + " in the plan"));
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The options a card is answered with: its own (knowledge) or the statement options. */
    public List<Card.Option> optionsOf(Card card) {
        if (Card.STATEMENT.equals(card.type())) return statementOptions;
        return card.options();
    }
}
