package nl.samenspel.format.cards;

import nl.samenspel.content.Text;
import nl.samenspel.format.AbstractFormat;

/**
 * The conversation card game "In gesprek over mantelzorg": per table (or as one group) the
 * players take turns to draw a card and lead it. Knowledge cards and statements are answered
 * on everyone's own phone and revealed as a spread; cases are talked over and their insights
 * go on the table's flip-over.
 */
public final class CardsFormat extends AbstractFormat {

    public static final String ID = "cards";

    public CardsFormat() {
        super(parts(ID, Text.of("Kaartspel In gesprek over mantelzorg", "Card game Talking about family care"), CardsSetup.BUILT_IN)
                .content(CardsContent::present, CardsContent::of)
                .setup(CardsSetup::plan, CardsSetup::offer)
                .script(new CardsRules(), new CardsView(), CardsCommands.decoders(), CardsEvent.class)
                .report(CardsReport::collect, CardsReport::markdown)
                .export("cards.csv", new CardsCsv())
                .types(CardsPlan.class, CardsState.class));
    }
}
