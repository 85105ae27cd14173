package nl.samenspel.export;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;

/**
 * The full report of any format as a document: {@code report.pdf} (A4, DejaVu embedded) and
 * {@code report.html} (the same XHTML, which the console's print view shows). Both are made
 * from the Markdown report, so every format's own section (a dilemma round's tally, choices per
 * perspective and leading values; a card's spread and insights) comes along without a second
 * writer per format.
 */
public final class ReportDocument {

    static final String CSS = """
            @page { size: A4; margin: 16mm 14mm 18mm 14mm;
              @bottom-left { content: "Samenspel"; font-family: "DejaVu Sans", sans-serif; font-size: 7.5pt; color: #6b7b83; }
              @bottom-right { content: counter(page) " / " counter(pages); font-family: "DejaVu Sans", sans-serif; font-size: 7.5pt; color: #6b7b83; } }
            body { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #1b2b33; line-height: 1.35; }
            h1 { font-size: 19pt; margin: 0 0 2mm 0; color: #1f4e5f; }
            h2 { font-size: 13pt; color: #1f4e5f; border-bottom: 0.6pt solid #1f4e5f; padding-bottom: 1mm; margin: 6mm 0 2.5mm 0; }
            h3 { font-size: 11pt; color: #1f4e5f; margin: 4.5mm 0 1.5mm 0; }
            h4 { font-size: 10pt; margin: 3mm 0 1mm 0; }
            p { margin: 0 0 2mm 0; }
            em { font-style: normal; color: #4a5a62; }
            blockquote { margin: 0 0 3mm 0; padding: 1mm 0 1mm 3mm; border-left: 1.2pt solid #d9822b; color: #4a5a62; }
            ul, ol { margin: 0 0 2.5mm 0; padding-left: 6mm; }
            li { margin-bottom: 0.8mm; }
            table { width: 100%; border-collapse: collapse; margin: 0 0 3mm 0; }
            th, td { border: 0.5pt solid #c9d3d8; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; }
            th { background-color: #e6eef1; font-weight: bold; font-size: 8.5pt; }
            td.num, th.num { text-align: right; }
            tr { page-break-inside: avoid; }
            """;

    private final MarkdownReport markdown;

    public ReportDocument(MarkdownReport markdown) {
        this.markdown = markdown;
    }

    String xhtml(JsonObject report, String lang) {
        String md = markdown.render(report, lang).body().toString(StandardCharsets.UTF_8);
        String title = report.getJsonObject("session").getString("title");
        return MarkdownHtml.document(title, lang, CSS, md);
    }

    public Exporter pdf() {
        return (report, lang) -> new Rendered("application/pdf", name(report, lang) + ".pdf",
                Buffer.buffer(Pdf.render(xhtml(report, lang))));
    }

    public Exporter html() {
        return (report, lang) -> new Rendered("text/html; charset=utf-8", name(report, lang) + ".html",
                Buffer.buffer(xhtml(report, lang)));
    }

    private static String name(JsonObject report, String lang) {
        return Markdown.pick(lang, "verslag-", "report-") + report.getJsonObject("session").getString("code");
    }
}
