package nl.samenspel.format.dilemma;

import java.util.List;
import java.util.Optional;
import nl.samenspel.content.Text;
import nl.samenspel.session.domain.FormatPlan;
import nl.samenspel.session.domain.SessionState;

/**
 * What one dilemma game takes from its content pack, copied in when the session is made: the
 * rule, the dilemma of each round (round 1 is the first), the value list, the table size the
 * game aims for, and whether steps run by themselves.
 *
 * @param autoRun when true, entering a step (but the welcome) starts its countdown, and a step of a round whose
 *                time is up (or is skipped) hands over to the next step of that round
 * @param roleMode {@code open}, {@code choose} or {@code secret} ({@link RoleMode}); a session
 *                 stored before role modes existed played secret roles, so that is what null means
 */
public record DilemmaPlan(Text rule, Text middle, List<Dilemma> rounds, List<ValueCard> values,
                          int minTableSize, int maxTableSize, boolean autoRun, String roleMode) implements FormatPlan {

    /** The plan of a session of this format. */
    static DilemmaPlan of(SessionState s) {
        return (DilemmaPlan) s.plan().formatPlan();
    }

    public DilemmaPlan {
        rounds = List.copyOf(rounds);
        values = List.copyOf(values);
        if (roleMode == null) roleMode = RoleMode.SECRET;
        if (!RoleMode.ALL.contains(roleMode)) throw new IllegalArgumentException("role mode must be one of " + RoleMode.ALL);
    }

    public boolean secret() {
        return RoleMode.SECRET.equals(roleMode);
    }

    public boolean choosing() {
        return RoleMode.CHOOSE.equals(roleMode);
    }

    public int roundCount() {
        return rounds.size();
    }

    /** The dilemma of round {@code round} (1-based). */
    public Dilemma dilemma(int round) {
        return rounds.get(round - 1);
    }

    public Optional<ValueCard> value(String id) {
        return values.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** The value a typed text names, if it is one from the list. */
    public Optional<ValueCard> valueNamed(String typed) {
        return values.stream().filter(v -> v.isNamed(typed)).findFirst();
    }

    /** The text of a side: {@code a}, {@code b} or {@code middle}. */
    public Text side(int round, String choice) {
        return switch (choice) {
            case Choices.A -> dilemma(round).sideA();
            case Choices.B -> dilemma(round).sideB();
            default -> middle;
        };
    }
}
