package nl.samenspel.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** JSON error answers of the HTTP API: {@code {"error": {"code", "message", "field"}}}. */
final class ApiErrors {

    private ApiErrors() {}

    static void send(RoutingContext ctx, int status, String code, String message, String field) {
        JsonObject error = new JsonObject().put("code", code).put("message", message);
        if (field != null) error.put("field", field);
        ctx.response().setStatusCode(status).putHeader("content-type", "application/json; charset=utf-8")
                .end(new JsonObject().put("error", error).encode());
    }

    static void json(RoutingContext ctx, int status, JsonObject body) {
        ctx.response().setStatusCode(status).putHeader("content-type", "application/json; charset=utf-8")
                .putHeader("cache-control", "no-store").end(body.encode());
    }
}
