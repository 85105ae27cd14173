package nl.samenspel.format.spearheads;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.content.Text;
import nl.samenspel.session.domain.FormatPlan;
import nl.samenspel.session.domain.SessionState;

/**
 * What a spearhead session takes from its content pack and set-up, copied in at creation: the
 * model, the three columns, every spearhead of the pack and the chosen ones in order, the
 * thermometer (null when the opener is left out), and for a follow-up the earlier session's
 * action list and thermometer.
 */
public record SpearheadsPlan(
        Text modelTitle,
        Text modelIntro,
        Text modelTip,
        List<ColumnInfo> columns,
        List<Spearhead> spearheads,
        List<String> order,
        ThermometerPlan thermometer,
        boolean tableBoards,
        String team,
        Earlier earlier) implements FormatPlan {

    /** The plan of a session of this format. */
    static SpearheadsPlan of(SessionState s) {
        return (SpearheadsPlan) s.plan().formatPlan();
    }

    public SpearheadsPlan {
        columns = List.copyOf(columns);
        spearheads = List.copyOf(spearheads);
        order = List.copyOf(order);
    }

    /** A column of every spearhead's flip-over, with the question it answers. */
    public record ColumnInfo(String id, Text title, Text hint, String color) {}

    /** One spearhead: its short explanation, the points behind it and the guiding questions. */
    public record Spearhead(String id, Text title, Text summary, List<Text> points, List<Text> questions) {
        public Spearhead {
            points = points == null ? List.of() : List.copyOf(points);
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }

    public record Factor(String id, Text title, Text hint) {}

    /** The opener: nine success factors rated 1–5; averages show once {@code minimum} people rated. */
    public record ThermometerPlan(Text title, Text intro, Text low, Text high, List<Factor> factors, int minimum) {
        public ThermometerPlan {
            factors = List.copyOf(factors);
        }

        public Optional<Factor> factor(String id) {
            return factors.stream().filter(f -> f.id().equals(id)).findFirst();
        }
    }

    /** A team's average and spread on one factor. */
    public record Aggregate(int count, double average, double spread) {}

    /** An action of the earlier session, as its report listed it. */
    public record EarlierAction(String id, int number, String spearhead, Text spearheadTitle, String what, String who,
                                String when, String firstStep, String status) {}

    /** The session this one follows up: its action list to check, and its thermometer to compare with. */
    public record Earlier(String code, String title, String team, long createdAt, List<EarlierAction> actions,
                          Map<String, Aggregate> thermometer) {
        public Earlier {
            actions = List.copyOf(actions);
            thermometer = java.util.Collections.unmodifiableMap(
                    thermometer == null ? new java.util.LinkedHashMap<>() : new java.util.LinkedHashMap<>(thermometer));
        }

        public Optional<EarlierAction> action(String id) {
            return actions.stream().filter(a -> a.id().equals(id)).findFirst();
        }
    }

    public Optional<Spearhead> spearhead(String id) {
        return spearheads.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public boolean hasColumn(String id) {
        return columns.stream().anyMatch(c -> c.id().equals(id));
    }

    /** The plenary flip-over of a spearhead. */
    public static String plenaryBoard(String spearhead) {
        return "plenary/" + spearhead;
    }

    /** A table's flip-over of a spearhead (when the session has one per table). */
    public static String tableBoard(String table, String spearhead) {
        return "table/" + table + "/" + spearhead;
    }
}
