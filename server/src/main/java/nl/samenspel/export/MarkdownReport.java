package nl.samenspel.export;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/** The full session report in Markdown: the session, its tables, every flip-over, then the format's own results. */
public final class MarkdownReport implements Exporter {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ZONE);

    private final Function<String, MarkdownSections> formats;

    public MarkdownReport(Function<String, MarkdownSections> formats) {
        this.formats = formats;
    }

    @Override
    public Rendered render(JsonObject report, String lang) {
        JsonObject session = report.getJsonObject("session");
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Markdown.escape(session.getString("title"))).append("\n\n");
        md.append(Markdown.pick(lang, "Sessie", "Session")).append(" ").append(session.getString("code"))
                .append(" · ").append(DATE.format(Instant.ofEpochMilli(session.getLong("createdAt"))))
                .append(" · ").append(count(report.getJsonArray("participants").stream()
                        .filter(p -> !((JsonObject) p).getBoolean("removed")).count(), lang, "deelnemer", "deelnemers",
                        "participant", "participants")).append("\n\n");
        if (!report.getJsonArray("tables").isEmpty()) {
            md.append("## ").append(Markdown.pick(lang, "Tafels", "Tables")).append("\n\n");
            for (Object o : report.getJsonArray("tables")) {
                JsonObject t = (JsonObject) o;
                md.append("- ").append(Markdown.pick(lang, "Tafel ", "Table ")).append(t.getInteger("number")).append(": ")
                        .append(Markdown.escape(String.join(", ", t.getJsonArray("people").stream().map(String::valueOf).toList())))
                        .append("\n");
            }
            md.append("\n");
        }
        String format = session.getString("format");
        formats.apply(format).markdown(report, lang, md);
        md.append("## ").append(Markdown.pick(lang, "Flip-overs", "Flip-overs")).append("\n\n");
        for (Object o : report.getJsonArray("boards")) boardSection((JsonObject) o, lang, md);
        return new Rendered("text/markdown; charset=utf-8", "samenspel-" + session.getString("code") + ".md",
                Buffer.buffer(md.toString()));
    }

    /** "1 deelnemer", "3 deelnemers": the noun agrees with the number, in either language. */
    public static String count(long n, String lang, String nlOne, String nlMany, String enOne, String enMany) {
        return n + " " + Markdown.pick(lang, n == 1 ? nlOne : nlMany, n == 1 ? enOne : enMany);
    }

    private static void boardSection(JsonObject board, String lang, StringBuilder md) {
        long notes = board.getJsonArray("columns").stream()
                .mapToLong(c -> ((JsonObject) c).getJsonArray("notes").size()).sum();
        if (notes == 0) return;
        md.append("### ").append(Markdown.escape(Markdown.text(board.getValue("title"), lang)))
                .append(" (").append(board.getString("id")).append(")\n\n");
        for (Object c : board.getJsonArray("columns")) {
            JsonObject column = (JsonObject) c;
            if (column.getJsonArray("notes").isEmpty()) continue;
            md.append("**").append(Markdown.escape(Markdown.text(column.getValue("title"), lang))).append("**\n\n");
            for (Object n : column.getJsonArray("notes")) {
                JsonObject note = (JsonObject) n;
                md.append("- ").append(Markdown.escape(note.getString("text")).replace("  \n", "  \n  "));
                int votes = note.getInteger("votes");
                if (votes > 0) md.append(" (").append(count(votes, lang, "stip", "stippen", "dot", "dots")).append(")");
                if (note.getString("group") != null && !note.getString("group").isEmpty()) {
                    md.append(" — ").append(Markdown.escape(note.getString("group")));
                }
                md.append("\n");
            }
            md.append("\n");
        }
    }
}
