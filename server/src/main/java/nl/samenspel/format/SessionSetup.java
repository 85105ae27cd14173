package nl.samenspel.format;

import io.vertx.core.json.JsonObject;

/**
 * What a facilitator chose when creating a session. {@code options} holds the format's own
 * choices (rounds, dilemmas, timings…); anything left out takes the format's default.
 */
public record SessionSetup(String format, String pack, String title, JsonObject options) {

    public SessionSetup {
        options = options == null ? new JsonObject() : options;
    }

    public int option(String name, int fallback) {
        Object v = options.getValue(name);
        return v instanceof Number n ? n.intValue() : fallback;
    }
}
