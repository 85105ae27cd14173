package nl.samenspel.format;

import io.vertx.core.buffer.Buffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.export.Exporter;
import nl.samenspel.export.MarkdownReport;
import nl.samenspel.export.Rendered;
import nl.samenspel.export.ReportDocument;

/** Every export by name: the full report (Markdown, JSON, PDF, and the print view's HTML) for all formats, plus each format's own. */
public final class Exports {

    private final Map<String, Exporter> shared = new HashMap<>();
    private final Formats formats;

    public Exports(Formats formats) {
        this.formats = formats;
        MarkdownReport markdown = new MarkdownReport(formats::require);
        shared.put("report.md", markdown);
        ReportDocument document = new ReportDocument(markdown);
        shared.put("report.pdf", document.pdf());
        shared.put("report.html", document.html());
        shared.put("report.json", (report, lang) -> new Rendered("application/json; charset=utf-8",
                "samenspel-" + report.getJsonObject("session").getString("code") + ".json",
                Buffer.buffer(report.encodePrettily())));
    }

    /** The exporter of this name for a session of this format. */
    public Optional<Exporter> find(String format, String name) {
        Exporter own = formats.has(format) ? formats.require(format).exports().get(name) : null;
        return Optional.ofNullable(own != null ? own : shared.get(name));
    }

    public Map<String, Exporter> of(Format format) {
        Map<String, Exporter> all = new HashMap<>(shared);
        all.putAll(format.exports());
        return all;
    }
}
