package nl.samenspel.session.domain;

import java.util.Locale;

/** Human words for commands, for error texts. */
public final class Commands {

    private Commands() {}

    /** {@code ArrangeTables} becomes "arrange tables". */
    public static String describe(Command command) {
        String name = command.getClass().getSimpleName();
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
