package nl.samenspel.export;

import io.vertx.core.json.JsonObject;

/**
 * Turns a session's report (see {@code session.view.ReportData}) into a file. Runs on a worker thread:
 * it must read only the report, never the live session.
 */
@FunctionalInterface
public interface Exporter {
    Rendered render(JsonObject report, String language);
}
