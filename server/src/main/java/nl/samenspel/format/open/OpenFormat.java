package nl.samenspel.format.open;

import nl.samenspel.content.Text;
import nl.samenspel.format.AbstractFormat;

/**
 * The open session: the shared building blocks (tables, role envelopes, timed steps,
 * flip-overs) without a script, for a facilitator who runs their own work form. It has no
 * rules, view, commands, events or report of its own.
 */
public final class OpenFormat extends AbstractFormat {

    public static final String ID = "open";

    public OpenFormat() {
        super(parts(ID, Text.of("Vrije sessie", "Open session"), OpenSetup.BUILT_IN)
                .setup(OpenSetup::plan, OpenSetup::offer));
    }
}
