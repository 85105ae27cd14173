package nl.samenspel.export;

import io.vertx.core.json.JsonObject;

/**
 * A format's own part of the Markdown report, written before the flip-overs. The report knows
 * formats only through this, so the export package needs no format.
 */
@FunctionalInterface
public interface MarkdownSections {

    /** Appends the format's results (from {@code report.format}) as Markdown sections. */
    void markdown(JsonObject report, String language, StringBuilder out);
}
