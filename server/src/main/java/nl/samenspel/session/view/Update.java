package nl.samenspel.session.view;

import io.vertx.core.json.JsonObject;

/** One client event ({@code note.upserted}, {@code timer.changed}, …) and who may see it. */
public record Update(Audience audience, String event, JsonObject data) {
}
