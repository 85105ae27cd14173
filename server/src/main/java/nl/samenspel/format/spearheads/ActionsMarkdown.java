package nl.samenspel.format.spearheads;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import nl.samenspel.export.Exporter;
import nl.samenspel.export.Markdown;
import nl.samenspel.export.Rendered;

/**
 * The spearhead session in Markdown: the team, the thermometer's averages, the check of an
 * earlier action list, the closing table (spearhead, where we stand, actions) and the action
 * list. As sections of the full report, and on its own as {@code actions.md}.
 */
final class ActionsMarkdown implements Exporter {

    @Override
    public Rendered render(JsonObject report, String lang) {
        JsonObject session = report.getJsonObject("session");
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Labels.pick(lang, "Actielijst", "Action list")).append(" — ")
                .append(Markdown.escape(session.getString("title"))).append("\n\n");
        md.append(Labels.date(session.getLong("createdAt"))).append(" · ")
                .append(Labels.pick(lang, "sessie ", "session ")).append(session.getString("code")).append("\n\n");
        sections(report, lang, md);
        return new Rendered("text/markdown; charset=utf-8", "actielijst-" + session.getString("code") + ".md",
                Buffer.buffer(md.toString()));
    }

    static void sections(JsonObject report, String lang, StringBuilder md) {
        JsonObject f = report.getJsonObject("format");
        if (f == null) return;
        team(f, lang, md);
        thermometer(f.getJsonObject("thermometer"), lang, md);
        review(f.getJsonObject("review"), lang, md);
        closing(f, lang, md);
        actions(f.getJsonArray("actions"), lang, md);
    }

    private static void team(JsonObject f, String lang, StringBuilder md) {
        md.append("## ").append(Labels.pick(lang, "Team", "Team")).append("\n\n");
        if (f.getString("team") != null) md.append(Markdown.escape(f.getString("team"))).append("  \n");
        md.append(Labels.pick(lang, "Aanwezig: ", "Present: "))
                .append(Markdown.escape(String.join(", ", f.getJsonArray("present").stream().map(String::valueOf).toList())))
                .append("\n\n");
    }

    private static void thermometer(JsonObject t, String lang, StringBuilder md) {
        if (t == null) return;
        md.append("## ").append(Markdown.escape(Labels.text(t.getValue("title"), lang))).append("\n\n");
        if (!t.getBoolean("revealed")) {
            md.append(Labels.pick(lang, "De uitslag is niet getoond.", "The result was not shown.")).append("\n\n");
            return;
        }
        boolean earlier = t.getJsonArray("factors").stream().anyMatch(o -> ((JsonObject) o).containsKey("earlier"));
        md.append(Labels.pick(lang, "| Factor | Gemiddelde (1–5) | Spreiding | Aantal |", "| Factor | Average (1–5) | Spread | Count |"))
                .append(earlier ? Labels.pick(lang, " Vorige keer |", " Last time |") : "").append("\n");
        md.append("|---|---:|---:|---:|").append(earlier ? "---:|" : "").append("\n");
        for (Object o : t.getJsonArray("factors")) {
            JsonObject factor = (JsonObject) o;
            md.append("| ").append(Markdown.cell(Labels.text(factor.getValue("title"), lang)))
                    .append(" | ").append(Labels.decimal(factor.getValue("average"), lang))
                    .append(" | ").append(Labels.decimal(factor.getValue("spread"), lang))
                    .append(" | ").append(factor.getInteger("count")).append(" |");
            if (earlier) {
                JsonObject e = factor.getJsonObject("earlier");
                md.append(" ").append(e == null ? "–" : Labels.decimal(e.getValue("average"), lang)).append(" |");
            }
            md.append("\n");
        }
        md.append("\n").append(Labels.pick(lang,
                "Alleen gemiddelden en spreiding; een factor toont pas een gemiddelde als minstens "
                        + t.getInteger("minimum") + " mensen hem een cijfer gaven.",
                "Averages and spread only; a factor shows an average once at least "
                        + t.getInteger("minimum") + " people rated it.")).append("\n\n");
    }

    private static void review(JsonObject review, String lang, StringBuilder md) {
        if (review == null) return;
        JsonObject e = review.getJsonObject("earlier");
        md.append("## ").append(Labels.pick(lang, "Terugblik op de vorige actielijst", "Looking back at the previous action list"))
                .append("\n\n").append(Markdown.escape(e.getString("title"))).append(" (")
                .append(Labels.date(e.getLong("createdAt"))).append(", ").append(e.getString("code")).append(")\n\n");
        md.append(Labels.pick(lang, "| Nr | Speerpunt | Actie | Wie | Status | Toelichting |",
                "| No. | Spearhead | Action | Who | Status | Note |")).append("\n|---:|---|---|---|---|---|\n");
        for (Object o : review.getJsonArray("items")) {
            JsonObject i = (JsonObject) o;
            String status = Labels.review(i.getString("status"), lang);
            if (i.getInteger("carriedAs") != null) status += " → " + Labels.pick(lang, "actie ", "action ") + i.getInteger("carriedAs");
            md.append("| ").append(i.getInteger("number")).append(" | ")
                    .append(Markdown.cell(Labels.text(i.getValue("spearheadTitle"), lang))).append(" | ")
                    .append(Markdown.cell(i.getString("what"))).append(" | ")
                    .append(Markdown.cell(Labels.nz(i.getString("who")))).append(" | ")
                    .append(Markdown.cell(status)).append(" | ")
                    .append(Markdown.cell(Labels.nz(i.getString("note")))).append(" |\n");
        }
        md.append("\n");
    }

    private static void closing(JsonObject f, String lang, StringBuilder md) {
        JsonArray actions = f.getJsonArray("actions");
        md.append("## ").append(Labels.pick(lang, "Slottabel", "Closing table")).append("\n\n");
        md.append(Labels.pick(lang, "| Speerpunt | Stand van zaken | Acties |", "| Spearhead | Where we stand | Actions |"))
                .append("\n|---|---|---|\n");
        for (Object o : f.getJsonArray("closing")) {
            JsonObject row = (JsonObject) o;
            String stand = String.join(" · ", row.getJsonArray("stand").stream().map(String::valueOf).toList());
            StringBuilder list = new StringBuilder();
            for (Object n : row.getJsonArray("actions")) {
                JsonObject a = actions.getJsonObject(((Number) n).intValue() - 1);
                if (list.length() > 0) list.append("<br>");
                list.append(n).append(". ").append(Markdown.cell(a.getString("what")));
                String who = Labels.who(a);
                String when = When.label(a.getString("when"), lang);
                if (!who.isEmpty() || !when.isEmpty()) {
                    list.append(" (").append(Markdown.cell(String.join(", ", java.util.stream.Stream.of(who, when)
                            .filter(x -> !x.isEmpty()).toList()))).append(")");
                }
            }
            md.append("| ").append(Markdown.cell(Labels.text(row.getValue("title"), lang))).append(" | ")
                    .append(stand.isEmpty() ? "–" : Markdown.cell(stand)).append(" | ")
                    .append(list.length() == 0 ? "–" : list).append(" |\n");
        }
        md.append("\n");
    }

    private static void actions(JsonArray actions, String lang, StringBuilder md) {
        md.append("## ").append(Labels.pick(lang, "Actielijst", "Action list")).append("\n\n");
        if (actions.isEmpty()) {
            md.append(Labels.pick(lang, "Nog geen acties.", "No actions yet.")).append("\n\n");
            return;
        }
        md.append(Labels.pick(lang, "| Nr | Speerpunt | Actie | Wie | Wanneer | Eerste stap | Status | Stippen |",
                "| No. | Spearhead | Action | Who | When | First step | Status | Dots |"))
                .append("\n|---:|---|---|---|---|---|---|---:|\n");
        for (Object o : actions) {
            JsonObject a = (JsonObject) o;
            md.append("| ").append(a.getInteger("number")).append(" | ")
                    .append(Markdown.cell(Labels.text(a.getValue("spearheadTitle"), lang))).append(" | ")
                    .append(Markdown.cell(a.getString("what")))
                    .append(a.getString("carriedFrom") != null ? Labels.pick(lang, " (doorgeschoven)", " (carried over)") : "")
                    .append(" | ").append(Markdown.cell(Labels.who(a))).append(" | ")
                    .append(Markdown.cell(When.label(a.getString("when"), lang))).append(" | ")
                    .append(Markdown.cell(Labels.nz(a.getString("firstStep")))).append(" | ")
                    .append(Labels.status(a.getString("status"), lang)).append(" | ")
                    .append(a.getInteger("votes")).append(" |\n");
        }
        md.append("\n");
    }
}
