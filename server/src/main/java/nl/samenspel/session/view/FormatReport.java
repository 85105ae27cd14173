package nl.samenspel.session.view;

import io.vertx.core.json.JsonObject;
import nl.samenspel.session.domain.SessionState;

/** A format's own results as data, for the session report ({@code report.format}); runs on the session's actor. */
@FunctionalInterface
public interface FormatReport {

    /** Null for a format with no results of its own. */
    JsonObject report(SessionState session);
}
