package nl.samenspel.format.spearheads;

import nl.samenspel.content.Text;
import nl.samenspel.format.AbstractFormat;

/**
 * "Met je (wijk)team in gesprek": a 40–60 minute team session on the four spearheads of
 * working with informal care. Optional opener: the thermometer of nine success factors, rated
 * privately. Per spearhead a flip-over with three columns (where we stand, what we find
 * important, actions); notes in the actions column become the team's action list, which the
 * session exports (Markdown, CSV, JSON, PDF). A follow-up session checks an earlier action list
 * (plan–do–check–act) and compares the thermometer.
 */
public final class SpearheadsFormat extends AbstractFormat {

    public static final String ID = "spearheads";

    public SpearheadsFormat() {
        super(parts(ID, Text.of("Vier speerpunten: teamsessie en actielijst", "Four spearheads: team session and action list"), SpearheadsSetup.BUILT_IN)
                .content(SpearheadsContent::offeredBy, SpearheadsContent::read)
                // Only packs with spearheads (a plan from any other is refused), so the start page offers no dead ends.
                .accepts(SpearheadsContent::offeredBy)
                .setup(SpearheadsSetup::plan, SpearheadsSetup::offer)
                .script(new SpearheadsRules(), new SpearheadsView(), SpearheadsCommands.decoders(), SpearheadsEvent.class)
                .report(SpearheadsReport::collect, SpearheadsReport::markdown)
                .export("actions.md", new ActionsMarkdown())
                .export("actions.csv", new ActionsCsv())
                .export("actions.json", new ActionsJson())
                .export("actions.pdf", new ActionsPdf())
                .types(SpearheadsPlan.class, SpearheadsState.class));
    }
}
