package nl.samenspel.format.stelling;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.export.Markdown;
import nl.samenspel.format.stelling.StellingPlan.Statement;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.board.Board;
import nl.samenspel.session.view.EntityJson;

/**
 * The round's results: per statement the spread (counts, never who), the side the arguments
 * started from, and the arguments of each side from its flip-over.
 */
final class StellingReport {

    static final List<String> SCALE_NL = List.of("Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens");
    static final List<String> SCALE_EN = List.of("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree");

    private StellingReport() {}

    static JsonObject collect(SessionState s) {
        JsonArray statements = new JsonArray();
        for (Statement st : StellingPlan.of(s).statements()) {
            JsonObject round = StellingView.round(s, st.id(), true);
            JsonObject arguments = new JsonObject()
                    .put(StellingRules.DISAGREE, new JsonArray()).put(StellingRules.AGREE, new JsonArray());
            s.boards().find(StellingPlan.board(st.id())).map(Board::notes).orElse(List.of()).stream()
                    .filter(n -> arguments.containsKey(n.column()))
                    .forEach(n -> arguments.getJsonArray(n.column()).add(n.text()));
            statements.add(round.put("text", EntityJson.text(st.text())).put("arguments", arguments));
        }
        return new JsonObject().put("statements", statements);
    }

    static String scale(int value, String lang) {
        return ("en".equals(lang) ? SCALE_EN : SCALE_NL).get(value - 1);
    }

    static String sideName(String side, String lang) {
        return StellingRules.AGREE.equals(side) ? Markdown.pick(lang, "eens", "agree") : Markdown.pick(lang, "oneens", "disagree");
    }

    /** The round's sections of {@code report.md}. */
    static void markdown(JsonObject report, String lang, StringBuilder md) {
        JsonObject f = report.getJsonObject("format");
        if (f == null) return;
        md.append("## ").append(Markdown.pick(lang, "Stellingen", "Statements")).append("\n\n");
        for (Object o : f.getJsonArray("statements")) {
            JsonObject st = (JsonObject) o;
            md.append("### ").append(Markdown.escape(Markdown.text(st.getValue("text"), lang))).append("\n\n");
            JsonArray counts = st.getJsonArray("counts");
            StringBuilder spread = new StringBuilder();
            for (int i = 0; i < counts.size(); i++) {
                if (i > 0) spread.append(" · ");
                spread.append(scale(i + 1, lang)).append(": ").append(counts.getInteger(i));
            }
            md.append(spread).append("\n\n");
            String first = st.getString("firstSide");
            if (first == null) {
                md.append(Markdown.pick(lang, "De stemming is niet gesloten.", "The vote was not closed.")).append("\n\n");
                continue;
            }
            md.append(Markdown.pick(lang, "De argumenten begonnen bij de kant ", "The arguments started on the side "))
                    .append("'").append(sideName(first, lang)).append("'.\n\n");
            for (String side : List.of(StellingRules.DISAGREE, StellingRules.AGREE)) {
                JsonArray args = st.getJsonObject("arguments").getJsonArray(side);
                md.append("#### ").append(Markdown.pick(lang, "Argumenten ", "Arguments ")).append(sideName(side, lang)).append("\n\n");
                if (args.isEmpty()) md.append("- ").append(Markdown.pick(lang, "(geen)", "(none)")).append("\n");
                args.forEach(a -> md.append("- ").append(Markdown.escape(String.valueOf(a))).append("\n"));
                md.append("\n");
            }
        }
    }
}
