package nl.samenspel.format.dilemma;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
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
        StringBuilder out = new StringBuilder("\uFEFF");
        row(out, List.of(
                Markdown.pick(lang, "Ronde", "Round"), Markdown.pick(lang, "Dilemma", "Dilemma"),
                Markdown.pick(lang, "Tafel", "Table"), Markdown.pick(lang, "Naam", "Name"),
                Markdown.pick(lang, "Perspectief", "Perspective"), Markdown.pick(lang, "Waarden", "Values"),
                Markdown.pick(lang, "Toelichting", "Note"), Markdown.pick(lang, "Keuze", "Choice"),
                Markdown.pick(lang, "Waarom", "Why"), Markdown.pick(lang, "Leidende waarden van de tafel", "Table's leading values")));
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
                        List<String> values = new ArrayList<>();
                        person.getJsonArray("values").forEach(v -> values.add(Markdown.text(((JsonObject) v).getValue("title"), lang)));
                        person.getJsonArray("other").forEach(v -> values.add(String.valueOf(v)));
                        JsonObject perspective = person.getJsonObject("perspective");
                        String choice = person.getString("choice");
                        row(out, List.of(
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
        return new Rendered("text/csv; charset=utf-8", "samenspel-" + code + "-dilemmaspel.csv", Buffer.buffer(out.toString()));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(';');
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(String raw) {
        String s = raw == null ? "" : raw;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
