package nl.samenspel.export;

import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A spreadsheet file as Dutch Excel opens it: UTF-8 with a byte order mark (so ë and é survive),
 * semicolons between cells (the comma is the Dutch decimal sign) and CRLF between rows. Every
 * format's CSV export writes through this one class, so the quoting and the formula defence
 * are written once.
 */
public final class Csv {

    static final char SEPARATOR = ';';
    private final StringBuilder out = new StringBuilder("\uFEFF");

    /** Appends one row; a null cell is empty. */
    public Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(SEPARATOR);
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    /** The header row in the reader's language, from its labels given as Dutch, English, Dutch, English, … */
    public Csv header(String language, String... dutchThenEnglish) {
        if (dutchThenEnglish.length % 2 != 0) throw new IllegalArgumentException("labels come in Dutch and English pairs");
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < dutchThenEnglish.length; i += 2) {
            cells.add(Markdown.pick(language, dutchThenEnglish[i], dutchThenEnglish[i + 1]));
        }
        return row(cells);
    }

    /** The file, to be downloaded under this name. */
    public Rendered rendered(String fileName) {
        return new Rendered("text/csv; charset=utf-8", fileName, Buffer.buffer(out.toString()));
    }

    /**
     * One cell. A cell that starts with = + - @, a tab or a carriage return gets a leading ' so a
     * spreadsheet never runs it as a formula; a cell with a separator, quote, line break or edge
     * space is quoted, its quotes doubled. A CRLF inside a cell becomes one line break.
     */
    public static String cell(String raw) {
        String value = raw == null ? "" : raw.replace("\r\n", "\n");
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) value = "'" + value;
        boolean quote = value.indexOf(SEPARATOR) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || (!value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' '));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
