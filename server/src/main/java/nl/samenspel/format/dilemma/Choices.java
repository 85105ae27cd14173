package nl.samenspel.format.dilemma;

import java.util.List;

/** What a participant may choose: one of the dilemma's two sides, or a middle way. */
final class Choices {

    static final String A = "a";
    static final String MIDDLE = "middle";
    static final String B = "b";
    /** In the order they are shown: side a, the middle, side b. */
    static final List<String> ALL = List.of(A, MIDDLE, B);

    private Choices() {}
}
