package nl.samenspel.format.open;

import java.util.List;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.content.ContentPack;
import nl.samenspel.content.Text;
import nl.samenspel.format.Format;
import nl.samenspel.format.SessionSetup;
import nl.samenspel.session.domain.FormatRules;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.domain.board.Column;
import nl.samenspel.session.view.FormatView;

/**
 * The open session: the shared building blocks (tables, role envelopes, timed steps,
 * flip-overs) without a script, for a facilitator who runs their own work form.
 */
public final class OpenFormat implements Format {

    public static final String ID = "open";

    static final List<Column> COLUMNS = List.of(
            new Column("ideas", Text.of("Ideeën", "Ideas"), "yellow"),
            new Column("questions", Text.of("Vragen", "Questions"), "blue"),
            new Column("actions", Text.of("Acties", "Actions"), "green"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text title() {
        return Text.of("Vrije sessie", "Open session");
    }

    @Override
    public SessionPlan plan(SessionSetup setup, ContentLibrary content) {
        ContentPack pack = content.pack(setup.pack())
                .orElseThrow(() -> new IllegalArgumentException("unknown content pack '" + setup.pack() + "'"));
        int minutes = setup.option("minutes", 15);
        if (minutes < 1 || minutes > 120) throw new IllegalArgumentException("minutes must be from 1 to 120");
        List<Step> steps = List.of(
                new Step("welcome", "welcome", 0, Text.of("Welkom en uitleg", "Welcome and introduction"), null, 300),
                new Step("talk", "talk", 1, Text.of("In gesprek aan tafel", "Talking at the tables"),
                        Text.of("Schrijf wat opvalt op het flip-over van je tafel.",
                                "Write what stands out on your table's flip-over."), minutes * 60),
                new Step("plenary", "plenary", 2, Text.of("Plenair delen", "Sharing in plenary"), null, 600));
        return new SessionPlan(ID, pack.id(), setup.title(), pack.defaultRoleSet().orElse(null), steps,
                Text.of("Flip-over van de tafel", "Table flip-over"), COLUMNS,
                Text.of("Plenaire flip-over", "Plenary flip-over"), COLUMNS,
                setup.option("maxTableSize", 5), setup.option("dots", 3), true, null);
    }

    @Override
    public FormatRules rules() {
        return FormatRules.NONE;
    }

    @Override
    public FormatView view() {
        return FormatView.NONE;
    }
}
