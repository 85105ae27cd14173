package nl.samenspel.format.cards;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.export.Csv;
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
        Csv csv = new Csv();
        csv.header(lang, "Tafel", "Table", "Nr", "No", "Soort", "Type", "Thema", "Theme", "Kaart", "Card", "Status", "Status",
                "Antwoorden", "Answers", "Verdeling", "Spread", "Juiste antwoord", "Correct answer", "Inzichten", "Insights");
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
                    csv.row(List.of(
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
        return csv.rendered("samenspel-" + code + "-kaarten.csv");
    }
}
