package nl.samenspel.format.dilemma;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.samenspel.content.Text;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.board.Board;
import nl.samenspel.session.domain.board.Note;

/**
 * The leading values of a table in a round are the notes in that round's column of the
 * table's flip-over: those put there with {@code dilemma.lead} stand for a value from the
 * list, any other note for the words on it. So whatever the table does on its flip-over
 * (remove, move, write by hand) is what counts.
 */
public final class LeadingValues {

    /** One leading value: its note, the value from the list (or null), and its label. */
    public record Leading(String note, String value, Text label) {

        /** What counts as the same value: its id, or its words in lower case. */
        public String key() {
            return keyOf(value, label.nl());
        }
    }

    private LeadingValues() {}

    /** The column of round {@code r} on a table's flip-over. */
    public static String column(int round) {
        return "r" + round;
    }

    /** The round of a column id, or 0 when it is not a round's column. */
    public static int roundOf(String column) {
        if (column == null || !column.matches("r[1-9]")) return 0;
        return column.charAt(1) - '0';
    }

    public static String keyOf(String value, String words) {
        return value != null ? value : "text:" + words.strip().toLowerCase(Locale.ROOT);
    }

    public static List<Leading> of(SessionState s, int round, String table) {
        DilemmaPlan plan = (DilemmaPlan) s.plan().formatPlan();
        DilemmaState state = s.format();
        Board board = s.boards().find(SessionState.tableBoard(table)).orElse(null);
        List<Leading> out = new ArrayList<>();
        if (board == null) return out;
        for (Note n : board.notes()) {
            if (!n.column().equals(column(round))) continue;
            // A note edited by hand says what its words say; an untouched one what it was added for.
            String value = n.editedAt() == n.createdAt() ? state.lead(n.id()).map(DilemmaState.Lead::value).orElse(null) : null;
            if (value == null) value = plan.valueNamed(n.text()).map(ValueCard::id).orElse(null);
            Text label = value == null ? Text.same(n.text())
                    : plan.value(value).map(ValueCard::title).orElse(Text.same(n.text()));
            Leading leading = new Leading(n.id(), value, label);
            if (out.stream().noneMatch(l -> l.key().equals(leading.key()))) out.add(leading);
        }
        return out;
    }
}
