package nl.samenspel.session;

import io.vertx.core.json.JsonObject;

/**
 * What a facilitator chose when creating a session. {@code options} holds the format's own
 * choices (rounds, dilemmas, timings…); anything left out takes the format's default.
 * {@code previous} is the report data of an earlier session this one follows up (see
 * {@link #FOLLOW_UP}), fetched by the server after checking access; null otherwise.
 */
public record SessionSetup(String format, String pack, String title, JsonObject options, JsonObject previous) {

    /**
     * The option naming an earlier session to follow up: {@code {"code": "…", "token": "…"}} with
     * that session's facilitator token. The server asks that session for its report (which checks
     * the token) and hands it to {@link Format#plan} as {@link #previous()}; the token itself is
     * never kept.
     */
    public static final String FOLLOW_UP = "followUp";

    public SessionSetup {
        options = options == null ? new JsonObject() : options;
    }

    public SessionSetup(String format, String pack, String title, JsonObject options) {
        this(format, pack, title, options, null);
    }

    public SessionSetup withPrevious(JsonObject report) {
        return new SessionSetup(format, pack, title, options, report);
    }

    public int option(String name, int fallback) {
        Object v = options.getValue(name);
        return v instanceof Number n ? n.intValue() : fallback;
    }
}
