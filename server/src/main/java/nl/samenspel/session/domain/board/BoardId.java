package nl.samenspel.session.domain.board;

import nl.samenspel.session.domain.Rejection;

/**
 * The name of a flip-over: {@code plenary} or {@code table/<table>}, each optionally with a
 * topic ({@code plenary/<topic>}, {@code table/<table>/<topic>}) for formats with more than
 * one flip-over per table.
 */
public record BoardId(String table, String topic) {

    public static final String PLENARY = "plenary";

    public static BoardId plenary(String topic) {
        return new BoardId(null, topic);
    }

    public static BoardId ofTable(String table, String topic) {
        return new BoardId(table, topic);
    }

    public static BoardId parse(String raw) {
        if (raw == null) throw Rejection.invalid("board", "board is missing");
        String[] parts = raw.split("/", -1);
        if (parts[0].equals(PLENARY) && parts.length <= 2) {
            return new BoardId(null, parts.length == 2 ? nonEmpty(parts[1], raw) : null);
        }
        if (parts[0].equals("table") && (parts.length == 2 || parts.length == 3)) {
            return new BoardId(nonEmpty(parts[1], raw), parts.length == 3 ? nonEmpty(parts[2], raw) : null);
        }
        throw Rejection.invalid("board", "'" + raw + "' is not a board name");
    }

    private static String nonEmpty(String part, String raw) {
        if (part.isEmpty()) throw Rejection.invalid("board", "'" + raw + "' is not a board name");
        return part;
    }

    public boolean plenary() {
        return table == null;
    }

    @Override
    public String toString() {
        String base = plenary() ? PLENARY : "table/" + table;
        return topic == null ? base : base + "/" + topic;
    }
}
