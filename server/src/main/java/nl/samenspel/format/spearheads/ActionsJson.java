package nl.samenspel.format.spearheads;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import nl.samenspel.export.Exporter;
import nl.samenspel.export.Rendered;

/** The action list as JSON for other tools: the session, the thermometer, the actions, the closing table and the review. */
final class ActionsJson implements Exporter {

    @Override
    public Rendered render(JsonObject report, String lang) {
        JsonObject session = report.getJsonObject("session");
        JsonObject f = report.getJsonObject("format");
        JsonObject out = new JsonObject()
                .put("session", new JsonObject()
                        .put("code", session.getString("code"))
                        .put("title", session.getString("title"))
                        .put("date", Labels.isoDate(session.getLong("createdAt")))
                        .put("team", f.getString("team"))
                        .put("present", f.getJsonArray("present")))
                .put("thermometer", f.getJsonObject("thermometer"))
                .put("actions", f.getJsonArray("actions"))
                .put("locked", f.getBoolean("locked"))
                .put("closing", f.getJsonArray("closing"))
                .put("review", f.getJsonObject("review"));
        return new Rendered("application/json; charset=utf-8", "actielijst-" + session.getString("code") + ".json",
                Buffer.buffer(out.encodePrettily()));
    }
}
