package nl.samenspel.format.spearheads;

import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.export.Csv;
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

    @Override
    public Rendered render(JsonObject report, String lang) {
        Csv csv = new Csv();
        csv.header(lang, "Nr", "No.", "Speerpunt", "Spearhead", "Actie", "Action", "Wie", "Who", "Datum", "Date", "Week", "Week",
                "Eerste stap", "First step", "Status", "Status", "Stippen", "Dots", "Doorgeschoven", "Carried over");
        for (Object o : report.getJsonObject("format").getJsonArray("actions")) {
            JsonObject a = (JsonObject) o;
            String when = a.getString("when");
            csv.row(List.of(
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
        return csv.rendered("actielijst-" + code + ".csv");
    }
}
