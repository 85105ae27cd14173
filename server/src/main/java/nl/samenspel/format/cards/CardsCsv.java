package nl.samenspel.format.cards;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.export.Exporter;
import nl.samenspel.export.Markdown;
import nl.samenspel.export.Rendered;

/**
 * Every card played, one row each, as CSV that opens correctly in Dutch Excel: UTF-8 with a
 * byte order mark, semicolons between fields, CRLF between rows.
 */
final class CardsCsv implements Exporter {

    @Override
    public Rendered render(JsonObject report, String lang) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, List.of(
                Markdown.pick(lang, "Tafel", "Table"), Markdown.pick(lang, "Nr", "No"), Markdown.pick(lang, "Soort", "Type"),
                Markdown.pick(lang, "Thema", "Theme"), Markdown.pick(lang, "Kaart", "Card"), "Status",
                Markdown.pick(lang, "Antwoorden", "Answers"), Markdown.pick(lang, "Verdeling", "Spread"),
                Markdown.pick(lang, "Juiste antwoord", "Correct answer"), Markdown.pick(lang, "Inzichten", "Insights")));
        JsonObject cards = report.getJsonObject("format");
        if (cards != null) {
            for (Object o : cards.getJsonArray("games")) {
                JsonObject g = (JsonObject) o;
                for (Object x : g.getJsonArray("plays")) {
                    JsonObject p = (JsonObject) x;
                    List<String> spread = new ArrayList<>();
                    String correct = "";
                    for (Object y : p.getJsonArray("options")) {
                        JsonObject option = (JsonObject) y;
                        String text = Markdown.text(option.getValue("text"), lang);
                        if (option.getInteger("count") != null) spread.add(text + ": " + option.getInteger("count"));
                        if (Boolean.TRUE.equals(option.getBoolean("correct"))) correct = text;
                    }
                    JsonArray insights = p.getJsonArray("insights");
                    row(csv, List.of(
                            CardsReport.gameName(g, lang),
                            String.valueOf(p.getInteger("play")),
                            CardsReport.typeName(p.getString("type"), lang),
                            Markdown.text(p.getJsonObject("theme").getValue("title"), lang),
                            CardsReport.cardLine(p, lang),
                            CardsReport.statusName(p.getString("status"), lang),
                            p.getInteger("answered") == null ? "" : String.valueOf(p.getInteger("answered")),
                            String.join(" | ", spread),
                            p.getInteger("answered") == null ? "" : correct,
                            String.join(" | ", insights.stream().map(String::valueOf).toList())));
                }
            }
        }
        String code = report.getJsonObject("session").getString("code");
        return new Rendered("text/csv; charset=utf-8", "samenspel-" + code + "-kaarten.csv", Buffer.buffer(csv.toString()));
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) csv.append(';');
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** A cell quoted when it must be; a leading = + - @ is defused so Excel never runs it as a formula. */
    static String cell(String value) {
        String v = value == null ? "" : value.replace("\r\n", "\n");
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
