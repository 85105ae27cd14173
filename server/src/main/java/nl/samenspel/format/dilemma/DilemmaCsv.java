package nl.samenspel.format.dilemma;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.export.Csv;
import nl.samenspel.export.Exporter;
import nl.samenspel.export.Markdown;
import nl.samenspel.export.Rendered;

/**
 * {@code dilemma.csv}: one row per person per round (round, dilemma, table, name, perspective,
 * values, note, choice, reason), for a spreadsheet. Made for Dutch Excel: UTF-8 with a byte
 * order mark, semicolons, CRLF; a cell that starts like a formula is quoted as text.
 */
final class DilemmaCsv implements Exporter {

    @Override
    public Rendered render(JsonObject report, String lang) {
        Csv out = new Csv();
        out.header(lang, "Ronde", "Round", "Dilemma", "Dilemma", "Tafel", "Table", "Naam", "Name", "Perspectief", "Perspective",
                "Waarden", "Values", "Toelichting", "Note", "Keuze", "Choice", "Waarom", "Why",
                "Leidende waarden van de tafel", "Table's leading values");
        JsonObject game = report.getJsonObject("format");
        if (game != null) {
            for (Object r : game.getJsonArray("rounds")) {
                JsonObject round = (JsonObject) r;
                String dilemma = Markdown.text(round.getJsonObject("dilemma").getValue("title"), lang);
                for (Object t : round.getJsonArray("tables")) {
                    JsonObject table = (JsonObject) t;
                    List<String> leading = new ArrayList<>();
                    table.getJsonArray("leading").forEach(l -> leading.add(Markdown.text(((JsonObject) l).getValue("label"), lang)));
                    for (Object p : table.getJsonArray("people")) {
                        JsonObject person = (JsonObject) p;
                        List<String> values = DilemmaReport.values(person, lang);
                        JsonObject perspective = person.getJsonObject("perspective");
                        String choice = person.getString("choice");
                        out.row(List.of(
                                String.valueOf(round.getInteger("round")), dilemma,
                                String.valueOf(table.getInteger("number")), person.getString("label"),
                                perspective == null ? "" : Markdown.text(perspective.getValue("title"), lang),
                                String.join(", ", values),
                                orEmpty(person.getString("note")),
                                choice == null ? "" : DilemmaReport.choicePrefix(choice) + Markdown.text(person.getValue("choiceText"), lang),
                                orEmpty(person.getString("reason")),
                                String.join(", ", leading)));
                    }
                }
            }
        }
        String code = report.getJsonObject("session").getString("code");
        return out.rendered("samenspel-" + code + "-dilemmaspel.csv");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
