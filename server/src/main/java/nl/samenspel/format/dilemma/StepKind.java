package nl.samenspel.format.dilemma;

import java.util.List;

/** The kinds of step of the dilemma game, as {@code Step.kind()}. */
final class StepKind {

    static final String INTRO = "intro";
    static final String DRAW = "draw";
    static final String SHARE = "share";
    static final String CHOOSE = "choose";
    static final String LEAD = "lead";
    static final String REVEAL = "reveal";
    static final String PLENARY = "plenary";

    /** The steps a round can have, in order; the reveal only where roles are secret. */
    static final List<String> ROUND = List.of(DRAW, SHARE, CHOOSE, LEAD, REVEAL);
    /** Every kind a pack must time. */
    static final List<String> ALL = List.of(INTRO, DRAW, SHARE, CHOOSE, LEAD, REVEAL, PLENARY);

    private StepKind() {}

    /** The steps of one round in a role mode: the source's four, and our reveal step only with secret roles. */
    static List<String> round(String roleMode) {
        return RoleMode.SECRET.equals(roleMode) ? ROUND : List.of(DRAW, SHARE, CHOOSE, LEAD);
    }
}
