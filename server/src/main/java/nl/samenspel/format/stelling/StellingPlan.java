package nl.samenspel.format.stelling;

import java.util.List;
import java.util.Optional;
import nl.samenspel.content.Text;
import nl.samenspel.session.domain.FormatPlan;
import nl.samenspel.session.domain.SessionState;

/** The statements of one session, in the order of its steps (one step per statement). */
public record StellingPlan(List<Statement> statements) implements FormatPlan {

    /** The plan of a session of this format. */
    static StellingPlan of(SessionState s) {
        return (StellingPlan) s.plan().formatPlan();
    }

    public static final String STEP_KIND = "statement";

    public record Statement(String id, Text text, Text hint) {}

    public Optional<Statement> statement(String id) {
        return statements.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The flip-over where a statement's arguments go, opened when its vote closes. */
    public static String board(String statement) {
        return "plenary/" + statement;
    }
}
