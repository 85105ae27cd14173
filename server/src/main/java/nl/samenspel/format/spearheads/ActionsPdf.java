package nl.samenspel.format.spearheads;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import nl.samenspel.export.Exporter;
import nl.samenspel.export.MarkdownHtml;
import nl.samenspel.export.Pdf;
import nl.samenspel.export.Rendered;

/**
 * The action list as a clean A4 PDF, made on the server with openhtmltopdf from XHTML: the
 * session's title, date and team, the thermometer's averages, the check of an earlier list
 * when there was one, and the action table. Every text is escaped; the page numbers are CSS.
 */
final class ActionsPdf implements Exporter {

    private static final String CSS = """
            @page { size: A4; margin: 16mm 14mm 18mm 14mm;
              @bottom-left { content: "Samenspel"; font-family: "DejaVu Sans", sans-serif; font-size: 7.5pt; color: #6b7b83; }
              @bottom-right { content: counter(page) " / " counter(pages); font-family: "DejaVu Sans", sans-serif; font-size: 7.5pt; color: #6b7b83; } }
            body { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #1b2b33; line-height: 1.35; }
            h1 { font-size: 19pt; margin: 0 0 1.5mm 0; color: #1f4e5f; }
            .meta { color: #4a5a62; margin: 0 0 1mm 0; }
            h2 { font-size: 12pt; color: #1f4e5f; border-bottom: 0.6pt solid #1f4e5f; padding-bottom: 1mm; margin: 6mm 0 2.5mm 0; }
            table { width: 100%; border-collapse: collapse; }
            th, td { border: 0.5pt solid #c9d3d8; padding: 1.4mm 1.8mm; vertical-align: top; text-align: left; }
            th { background-color: #e6eef1; font-weight: bold; font-size: 8.5pt; }
            td.num, th.num { text-align: right; }
            tr { page-break-inside: avoid; }
            .bar { width: 42mm; height: 3.2mm; background-color: #e6eef1; }
            .fill { height: 3.2mm; background-color: #d9822b; }
            .small { font-size: 8pt; color: #4a5a62; }
            .muted { color: #6b7b83; }
            td.when { white-space: nowrap; }
            """;

    @Override
    public Rendered render(JsonObject report, String lang) {
        return new Rendered("application/pdf", "actielijst-" + report.getJsonObject("session").getString("code") + ".pdf",
                Buffer.buffer(Pdf.render(html(report, lang))));
    }

    static String html(JsonObject report, String lang) {
        JsonObject session = report.getJsonObject("session");
        JsonObject f = report.getJsonObject("format");
        StringBuilder h = new StringBuilder(8192);
        h.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\"/>")
                .append("<title>").append(x(Labels.pick(lang, "Actielijst", "Action list")) + " — " + x(session.getString("title")))
                .append("</title><style>").append(CSS).append("</style></head><body>");
        h.append("<h1>").append(x(session.getString("title"))).append("</h1>");
        h.append("<p class=\"meta\">").append(x(Labels.pick(lang, "Actielijst", "Action list"))).append(" · ")
                .append(x(Labels.date(session.getLong("createdAt")))).append(" · ")
                .append(x(Labels.pick(lang, "sessie ", "session "))).append(x(session.getString("code"))).append("</p>");
        if (f.getString("team") != null) {
            h.append("<p class=\"meta\"><b>").append(x(Labels.pick(lang, "Team: ", "Team: "))).append("</b>")
                    .append(x(f.getString("team"))).append("</p>");
        }
        h.append("<p class=\"meta\"><b>").append(x(Labels.pick(lang, "Aanwezig: ", "Present: "))).append("</b>")
                .append(x(String.join(", ", f.getJsonArray("present").stream().map(String::valueOf).toList()))).append("</p>");
        thermometer(f.getJsonObject("thermometer"), lang, h);
        review(f.getJsonObject("review"), lang, h);
        actions(f.getJsonArray("actions"), lang, h);
        h.append("</body></html>");
        return h.toString();
    }

    private static void thermometer(JsonObject t, String lang, StringBuilder h) {
        if (t == null) return;
        h.append("<h2>").append(x(Labels.text(t.getValue("title"), lang))).append("</h2>");
        if (!t.getBoolean("revealed")) {
            h.append("<p class=\"muted\">").append(x(Labels.pick(lang, "De uitslag is niet getoond.", "The result was not shown.")))
                    .append("</p>");
            return;
        }
        boolean earlier = t.getJsonArray("factors").stream().anyMatch(o -> ((JsonObject) o).containsKey("earlier"));
        h.append("<table><thead><tr><th>").append(x(Labels.pick(lang, "Factor", "Factor"))).append("</th><th></th><th class=\"num\">")
                .append(x(Labels.pick(lang, "Gemiddelde", "Average"))).append("</th><th class=\"num\">")
                .append(x(Labels.pick(lang, "Spreiding", "Spread"))).append("</th><th class=\"num\">")
                .append(x(Labels.pick(lang, "Aantal", "Count"))).append("</th>");
        if (earlier) h.append("<th class=\"num\">").append(x(Labels.pick(lang, "Vorige keer", "Last time"))).append("</th>");
        h.append("</tr></thead><tbody>");
        for (Object o : t.getJsonArray("factors")) {
            JsonObject factor = (JsonObject) o;
            Object avg = factor.getValue("average");
            int percent = avg instanceof Number n ? (int) Math.round((n.doubleValue() - 1) / 4 * 100) : 0;
            h.append("<tr><td>").append(x(Labels.text(factor.getValue("title"), lang))).append("</td><td><div class=\"bar\">")
                    .append(avg instanceof Number ? "<div class=\"fill\" style=\"width: " + Math.max(2, percent) + "%\"></div>" : "")
                    .append("</div></td><td class=\"num\">").append(x(Labels.decimal(avg, lang)))
                    .append("</td><td class=\"num\">").append(x(Labels.decimal(factor.getValue("spread"), lang)))
                    .append("</td><td class=\"num\">").append(factor.getInteger("count")).append("</td>");
            if (earlier) {
                JsonObject e = factor.getJsonObject("earlier");
                h.append("<td class=\"num\">").append(x(e == null ? "–" : Labels.decimal(e.getValue("average"), lang))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table><p class=\"small\">").append(x(Labels.pick(lang,
                "Schaal 1 (kan veel beter) tot 5 (gaat heel goed). Alleen gemiddelden; een factor toont pas een gemiddelde als minstens "
                        + t.getInteger("minimum") + " mensen hem een cijfer gaven.",
                "Scale 1 (needs much work) to 5 (goes very well). Averages only; a factor shows an average once at least "
                        + t.getInteger("minimum") + " people rated it."))).append("</p>");
    }

    private static void review(JsonObject review, String lang, StringBuilder h) {
        if (review == null) return;
        JsonObject e = review.getJsonObject("earlier");
        h.append("<h2>").append(x(Labels.pick(lang, "Terugblik op de vorige actielijst", "Looking back at the previous action list")))
                .append("</h2><p class=\"small\">").append(x(e.getString("title"))).append(" · ")
                .append(x(Labels.date(e.getLong("createdAt")))).append("</p>");
        h.append("<table><thead><tr><th class=\"num\">").append(x(Labels.pick(lang, "Nr", "No."))).append("</th><th>")
                .append(x(Labels.pick(lang, "Actie", "Action"))).append("</th><th>").append(x(Labels.pick(lang, "Wie", "Who")))
                .append("</th><th>").append(x(Labels.pick(lang, "Status", "Status"))).append("</th><th>")
                .append(x(Labels.pick(lang, "Toelichting", "Note"))).append("</th></tr></thead><tbody>");
        for (Object o : review.getJsonArray("items")) {
            JsonObject i = (JsonObject) o;
            String status = Labels.review(i.getString("status"), lang);
            if (i.getInteger("carriedAs") != null) status += " → " + Labels.pick(lang, "actie ", "action ") + i.getInteger("carriedAs");
            h.append("<tr><td class=\"num\">").append(i.getInteger("number")).append("</td><td>").append(x(i.getString("what")))
                    .append("</td><td>").append(x(Labels.nz(i.getString("who")))).append("</td><td>").append(x(status))
                    .append("</td><td>").append(x(Labels.nz(i.getString("note")))).append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    private static void actions(JsonArray actions, String lang, StringBuilder h) {
        h.append("<h2>").append(x(Labels.pick(lang, "Actielijst", "Action list"))).append("</h2>");
        if (actions.isEmpty()) {
            h.append("<p class=\"muted\">").append(x(Labels.pick(lang, "Nog geen acties.", "No actions yet."))).append("</p>");
            return;
        }
        h.append("<table><thead><tr><th class=\"num\">").append(x(Labels.pick(lang, "Nr", "No."))).append("</th><th>")
                .append(x(Labels.pick(lang, "Speerpunt", "Spearhead"))).append("</th><th>")
                .append(x(Labels.pick(lang, "Actie", "Action"))).append("</th><th>").append(x(Labels.pick(lang, "Wie", "Who")))
                .append("</th><th>").append(x(Labels.pick(lang, "Wanneer", "When"))).append("</th><th>")
                .append(x(Labels.pick(lang, "Eerste stap", "First step"))).append("</th><th>")
                .append(x(Labels.pick(lang, "Status", "Status"))).append("</th></tr></thead><tbody>");
        for (Object o : actions) {
            JsonObject a = (JsonObject) o;
            h.append("<tr><td class=\"num\">").append(a.getInteger("number")).append("</td><td>")
                    .append(x(Labels.text(a.getValue("spearheadTitle"), lang))).append("</td><td>").append(x(a.getString("what")));
            if (a.getString("carriedFrom") != null) {
                h.append(" <span class=\"small\">(").append(x(Labels.pick(lang, "doorgeschoven", "carried over"))).append(")</span>");
            }
            h.append("</td><td>").append(x(Labels.who(a))).append("</td><td class=\"when\">")
                    .append(x(When.label(a.getString("when"), lang)))
                    .append("</td><td>").append(x(Labels.nz(a.getString("firstStep")))).append("</td><td>")
                    .append(x(Labels.status(a.getString("status"), lang))).append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    /** Text as XHTML, as the reports escape it. */
    static String x(String raw) {
        return MarkdownHtml.escape(raw);
    }
}
