package nl.samenspel.format.dilemma;

import nl.samenspel.content.Text;
import nl.samenspel.format.AbstractFormat;

/**
 * The dilemma game (dilemmaspel): groups of four or five at standing tables play rounds of
 * one dilemma each, as source 001 describes it. Per round everyone takes a perspective from
 * the table's envelope (open to the table, picked, or secret until a reveal step: see
 * {@link RoleMode}), names the values that matter from it, makes a choice, and the table notes
 * which values led. The plenary shows which values dominated and how the choices fell per
 * perspective. There is no right or wrong.
 */
public final class DilemmaFormat extends AbstractFormat {

    public static final String ID = "dilemma";

    public DilemmaFormat() {
        super(parts(ID, Text.of("Dilemmaspel", "Dilemma game"), DilemmaSetup.BUILT_IN)
                .content(DilemmaContent::offeredBy, DilemmaContent::read)
                // Any pack: one without dilemmas plays the built-in ones with its own role cards.
                .accepts(pack -> true)
                .setup(DilemmaSetup::plan, DilemmaSetup::offerOrFault)
                .script(new DilemmaRules(), new DilemmaView(), DilemmaCommands.decoders(), DilemmaEvent.class)
                .report(DilemmaReport::collect, DilemmaReport::markdown)
                .export("dilemma.csv", new DilemmaCsv())
                .types(DilemmaPlan.class, DilemmaState.class));
    }
}
