package nl.samenspel.format.open;

import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.content.ContentPack;
import nl.samenspel.content.Text;
import nl.samenspel.session.SessionSetup;
import nl.samenspel.session.domain.Limits;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.domain.board.Column;

/** The open session's set-up options: the talk's length, the table size and the dots, each within its limits. */
final class OpenSetup {

    /** The basis pack: its perspectives are the envelopes' role cards. */
    static final String BUILT_IN = "samenspel-basis";

    static final List<Column> COLUMNS = List.of(
            new Column("ideas", Text.of("Ideeën", "Ideas"), "yellow"),
            new Column("questions", Text.of("Vragen", "Questions"), "blue"),
            new Column("actions", Text.of("Acties", "Actions"), "green"));

    private OpenSetup() {}

    static SessionPlan plan(SessionSetup setup, ContentLibrary content) {
        ContentPack pack = content.pack(setup.pack())
                .orElseThrow(() -> new IllegalArgumentException("unknown content pack '" + setup.pack() + "'"));
        int minutes = checked(setup, "minutes", 15, 1, 120);
        int maxTableSize = checked(setup, "maxTableSize", 5, Limits.MIN_TABLE_SIZE, Limits.MAX_TABLE_SIZE);
        int dots = checked(setup, "dots", 3, 1, 10);
        List<Step> steps = List.of(
                new Step("welcome", "welcome", 0, Text.of("Welkom en uitleg", "Welcome and introduction"), null, 300),
                new Step("talk", "talk", 1, Text.of("In gesprek aan tafel", "Talking at the tables"),
                        Text.of("Schrijf wat opvalt op het flip-over van je tafel.",
                                "Write what stands out on your table's flip-over."), minutes * 60),
                new Step("plenary", "plenary", 2, Text.of("Plenair delen", "Sharing in plenary"), null, 600));
        return new SessionPlan(OpenFormat.ID, pack.id(), setup.title(), pack.defaultRoleSet().orElse(null), steps,
                Text.of("Flip-over van de tafel", "Table flip-over"), COLUMNS,
                Text.of("Plenaire flip-over", "Plenary flip-over"), COLUMNS,
                maxTableSize, dots, true, null);
    }

    /** The defaults and limits of the set-up options, for the start page and the template maker. */
    static JsonObject offer(ContentPack pack, ContentLibrary library) {
        return new JsonObject()
                .put("defaults", new JsonObject().put("minutes", 15).put("maxTableSize", 5).put("dots", 3))
                .put("limits", new JsonObject()
                        .put("minutes", new JsonObject().put("min", 1).put("max", 120))
                        .put("maxTableSize", new JsonObject().put("min", Limits.MIN_TABLE_SIZE).put("max", Limits.MAX_TABLE_SIZE))
                        .put("dots", new JsonObject().put("min", 1).put("max", 10)));
    }

    private static int checked(SessionSetup setup, String option, int fallback, int min, int max) {
        int value = setup.option(option, fallback);
        if (value < min || value > max) throw new IllegalArgumentException(option + " must be from " + min + " to " + max);
        return value;
    }
}
