package nl.samenspel.format.dilemma;

import java.util.List;

/**
 * How people come by their perspective, chosen at set-up.
 * <ul>
 * <li>{@code open} (as source 001 plays it): the table's envelope is dealt and the table sees at
 *     once who speaks from which perspective;</li>
 * <li>{@code choose}: everyone picks a free perspective from the table's envelope, distinct
 *     within the table and the core perspectives first; who did not pick when the draw step
 *     ends is dealt one;</li>
 * <li>{@code secret} (our variant): the deal stays hidden until the round's reveal step, the
 *     only mode that has one.</li>
 * </ul>
 */
final class RoleMode {

    static final String OPEN = "open";
    static final String CHOOSE = "choose";
    static final String SECRET = "secret";
    static final List<String> ALL = List.of(OPEN, CHOOSE, SECRET);

    private RoleMode() {}
}
