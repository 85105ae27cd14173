package nl.samenspel.session.domain.board;

import java.util.List;
import nl.samenspel.session.domain.Rejection;

/** The colours of sticky notes. */
public final class Colors {

    public static final List<String> ALL = List.of("yellow", "pink", "blue", "green", "orange", "purple");

    private Colors() {}

    /** The given colour, or the fallback when none is given. */
    public static String check(String color, String fallback) {
        if (color == null) return fallback;
        if (!ALL.contains(color)) throw Rejection.invalid("color", "colour must be one of " + ALL);
        return color;
    }
}
