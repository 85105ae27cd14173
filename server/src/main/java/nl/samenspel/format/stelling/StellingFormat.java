package nl.samenspel.format.stelling;

import nl.samenspel.content.Text;
import nl.samenspel.format.AbstractFormat;

/**
 * The statement round ("Stelling"): a statement on the projector, everyone puts one sticker on a
 * five-point scale from their phone (movable until the facilitator closes the vote), the spread
 * shows live as counts only, and then the room collects arguments on a flip-over with an
 * "oneens" and an "eens" column, starting from the side fewer people chose.
 */
public final class StellingFormat extends AbstractFormat {

    public static final String ID = "stelling";

    public StellingFormat() {
        super(parts(ID, Text.of("Stellingenronde", "Statement round"), StellingSetup.BUILT_IN)
                .content(StellingContent::offeredBy, StellingContent::read)
                .setup(StellingSetup::plan, StellingSetup::offer)
                .script(new StellingRules(), new StellingView(), StellingCommands.decoders(), StellingEvent.class)
                .report(StellingReport::collect, StellingReport::markdown)
                .export("stelling.csv", new StellingCsv())
                .types(StellingPlan.class, StellingState.class));
    }
}
