package nl.samenspel.format.stelling;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.export.Csv;
import nl.samenspel.export.Exporter;
import nl.samenspel.export.Markdown;
import nl.samenspel.export.Rendered;

/**
 * {@code stelling.csv}: one row per statement (the spread on the five points, the total, the
 * side the arguments started from, and each side's arguments). Made for Dutch Excel like the
 * other CSV exports: UTF-8 with a byte order mark, semicolons, CRLF, formulas quoted as text.
 */
final class StellingCsv implements Exporter {

    @Override
    public Rendered render(JsonObject report, String lang) {
        Csv out = new Csv();
        List<String> head = new ArrayList<>(List.of(Markdown.pick(lang, "Stelling", "Statement")));
        for (int v = StellingRules.LOWEST; v <= StellingRules.HIGHEST; v++) head.add(StellingReport.scale(v, lang));
        head.addAll(List.of(Markdown.pick(lang, "Totaal", "Total"), Markdown.pick(lang, "Begonnen bij", "Started on"),
                Markdown.pick(lang, "Argumenten oneens", "Arguments disagree"), Markdown.pick(lang, "Argumenten eens", "Arguments agree")));
        out.row(head);
        JsonObject f = report.getJsonObject("format");
        if (f != null) {
            for (Object o : f.getJsonArray("statements")) {
                JsonObject st = (JsonObject) o;
                List<String> cells = new ArrayList<>(List.of(Markdown.text(st.getValue("text"), lang)));
                st.getJsonArray("counts").forEach(c -> cells.add(String.valueOf(c)));
                cells.add(String.valueOf(st.getInteger("total")));
                String first = st.getString("firstSide");
                cells.add(first == null ? "" : StellingReport.sideName(first, lang));
                cells.add(joined(st.getJsonObject("arguments").getJsonArray(StellingRules.DISAGREE)));
                cells.add(joined(st.getJsonObject("arguments").getJsonArray(StellingRules.AGREE)));
                out.row(cells);
            }
        }
        String code = report.getJsonObject("session").getString("code");
        return out.rendered("samenspel-" + code + "-stellingen.csv");
    }

    private static String joined(JsonArray texts) {
        List<String> out = new ArrayList<>();
        texts.forEach(t -> out.add(String.valueOf(t)));
        return String.join(" | ", out);
    }
}
