package nl.samenspel.format.spearheads;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.samenspel.format.spearheads.SpearheadsPlan.Aggregate;
import nl.samenspel.format.spearheads.SpearheadsPlan.Factor;
import nl.samenspel.format.spearheads.SpearheadsPlan.ThermometerPlan;

/**
 * The team's view of the private scores: per factor how many rated, and, once the facilitator
 * shows the result and at least {@link ThermometerPlan#minimum()} people rated that factor, the
 * average and the spread (population standard deviation), both to one decimal. Never a single
 * score, never who gave what. The result is shown once and the rating then closes, so nobody
 * can work out a late rater's score from the change in the average.
 */
public final class Thermometer {

    /** The lowest minimum a session may set: with fewer people, one score could be read off. */
    public static final int MIN_RATERS = 3;
    public static final int DEFAULT_MIN_RATERS = 3;

    private Thermometer() {}

    /** One factor as the team may see it. */
    public record FactorView(Factor factor, int count, Optional<Aggregate> result) {}

    public static List<FactorView> view(ThermometerPlan plan, SpearheadsState state) {
        return plan.factors().stream().map(f -> {
            Collection<Integer> scores = state.ratingsOf(f.id()).values();
            Optional<Aggregate> result = state.revealed() && scores.size() >= plan.minimum()
                    ? Optional.of(aggregate(scores)) : Optional.empty();
            return new FactorView(f, scores.size(), result);
        }).toList();
    }

    static Aggregate aggregate(Collection<Integer> scores) {
        double mean = scores.stream().mapToInt(Integer::intValue).average().orElse(0);
        double variance = scores.stream().mapToDouble(s -> (s - mean) * (s - mean)).average().orElse(0);
        return new Aggregate(scores.size(), round(mean), round(Math.sqrt(variance)));
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
