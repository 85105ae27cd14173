package nl.samenspel.format.spearheads;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.samenspel.export.Exporter;
import nl.samenspel.export.Rendered;

/**
 * The action list as CSV that Dutch Excel opens as it should: UTF-8 with a byte order mark (so
 * ë and é survive), semicolons between fields (the comma is the Dutch decimal sign), CRLF line
 * ends, days as dd-mm-jjjj. A field with a semicolon, quote, line break or edge space is quoted,
 * its quotes doubled; one that starts with = + - @ gets a leading ' so Excel never runs it as a
 * formula.
 */
final class ActionsCsv implements Exporter {

    static final char SEPARATOR = ';';
    static final String BOM = "\uFEFF";

    @Override
    public Rendered render(JsonObject report, String lang) {
        StringBuilder csv = new StringBuilder(BOM);
        row(csv, "en".equals(lang)
                ? List.of("No.", "Spearhead", "Action", "Who", "Date", "Week", "First step", "Status", "Dots", "Carried over")
                : List.of("Nr", "Speerpunt", "Actie", "Wie", "Datum", "Week", "Eerste stap", "Status", "Stippen", "Doorgeschoven"));
        for (Object o : report.getJsonObject("format").getJsonArray("actions")) {
            JsonObject a = (JsonObject) o;
            String when = a.getString("when");
            row(csv, List.of(
                    String.valueOf(a.getInteger("number")),
                    Labels.text(a.getValue("spearheadTitle"), lang),
                    a.getString("what"),
                    Labels.who(a),
                    When.dutchDate(when),
                    When.isWeek(when) ? "week " + When.weekNumber(when) + " " + When.weekYear(when) : "",
                    Labels.nz(a.getString("firstStep")),
                    Labels.status(a.getString("status"), lang),
                    String.valueOf(a.getInteger("votes")),
                    a.getString("carriedFrom") != null ? Labels.pick(lang, "ja", "yes") : ""));
        }
        String code = report.getJsonObject("session").getString("code");
        return new Rendered("text/csv; charset=utf-8", "actielijst-" + code + ".csv",
                Buffer.buffer(csv.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) csv.append(SEPARATOR);
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String raw) {
        String value = raw == null ? "" : raw;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) value = "'" + value;
        boolean quote = value.indexOf(SEPARATOR) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || (!value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' '));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
