package nl.samenspel.http;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.samenspel.config.Config;
import nl.samenspel.content.ContentPack;
import nl.samenspel.format.Format;
import nl.samenspel.format.SessionSetup;
import nl.samenspel.session.JoinCodes;
import nl.samenspel.session.Sessions;
import nl.samenspel.session.bus.ActorMessage;
import nl.samenspel.session.bus.ActorReply;
import nl.samenspel.session.domain.Limits;
import nl.samenspel.session.domain.Texts;
import nl.samenspel.session.view.EntityJson;

/** The HTTP API for scripts and the start page: create sessions, read one, its QR code, the formats and packs. */
final class SessionApi {

    private static final Logger LOG = Logger.getLogger(SessionApi.class.getName());
    static final String DEFAULT_FORMAT = "open";
    static final String DEFAULT_PACK = "samenspel-basis";

    private final Sessions sessions;
    private final Config config;

    SessionApi(Sessions sessions, Config config) {
        this.sessions = sessions;
        this.config = config;
    }

    /** {@code POST /api/sessions}: 201 with the code, the links and the facilitator token. */
    void create(RoutingContext ctx) {
        JsonObject body;
        try {
            body = ctx.body().length() == 0 ? new JsonObject() : ctx.body().asJsonObject();
            if (body == null) body = new JsonObject();
        } catch (DecodeException | ClassCastException e) {
            ApiErrors.send(ctx, 400, "malformed_json", "the body is not a JSON object", null);
            return;
        }
        SessionSetup setup;
        try {
            String format = text(body, "format", 40, defaultFormat());
            String pack = text(body, "pack", 80, DEFAULT_PACK);
            String title = Texts.clean(text(body, "title", Limits.TITLE, ""));
            Object options = body.getValue("options");
            if (options != null && !(options instanceof JsonObject)) throw new IllegalArgumentException("options must be an object");
            if (!sessions.formats().has(format)) {
                ApiErrors.send(ctx, 400, "invalid_field", "unknown format '" + format + "'", "format");
                return;
            }
            if (sessions.content().pack(pack).isEmpty()) {
                ApiErrors.send(ctx, 400, "invalid_field", "unknown content pack '" + pack + "'", "pack");
                return;
            }
            Format f = sessions.formats().require(format);
            setup = new SessionSetup(format, pack, title.isEmpty() ? f.title().nl() : title, (JsonObject) options);
        } catch (FieldException e) {
            ApiErrors.send(ctx, 400, e.code, e.getMessage(), e.field);
            return;
        } catch (IllegalArgumentException e) {
            ApiErrors.send(ctx, 400, "invalid_field", e.getMessage(), "options");
            return;
        }
        sessions.create(setup).onComplete(ar -> {
            if (ar.failed()) {
                if (ar.cause() instanceof IllegalArgumentException e) {
                    ApiErrors.send(ctx, 400, "invalid_field", e.getMessage(), "options");
                } else {
                    LOG.log(Level.WARNING, "session could not be created", ar.cause());
                    ApiErrors.send(ctx, 503, "storage_unavailable", "the session could not be stored; retry", null);
                }
                return;
            }
            Sessions.Created c = ar.result();
            String base = config.publicUrl();
            ctx.response().putHeader("location", "/api/sessions/" + c.code());
            ApiErrors.json(ctx, 201, new JsonObject()
                    .put("code", c.code())
                    .put("joinUrl", base + "/j/" + c.code())
                    .put("qrUrl", base + "/api/sessions/" + c.code() + "/qr.svg")
                    .put("facilitatorUrl", base + "/f/" + c.code() + "#" + c.facilitatorToken())
                    .put("facilitatorToken", c.facilitatorToken())
                    .put("projectorUrl", base + "/p/" + c.code() + "#" + c.projectorToken())
                    .put("projectorToken", c.projectorToken()));
        });
    }

    private String defaultFormat() {
        return sessions.formats().has("dilemma") ? "dilemma" : DEFAULT_FORMAT;
    }

    /** {@code GET /api/sessions/{code}}: 404 unknown, 403 without the facilitator token, else the state. */
    void get(RoutingContext ctx) {
        String code = JoinCodes.normalize(ctx.pathParam("code"));
        if (code == null) {
            ApiErrors.send(ctx, 404, "unknown_session", "there is no session with this code", null);
            return;
        }
        String auth = ctx.request().getHeader("authorization");
        String token = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : null;
        sessions.ask(code, new ActorMessage.Inspect(token)).onComplete(ar -> {
            if (ar.failed()) {
                LOG.log(Level.WARNING, "session " + code + " could not be read", ar.cause());
                ApiErrors.send(ctx, 503, "storage_unavailable", "the session could not be read; retry", null);
            } else if (ar.result() instanceof ActorReply.Inspected i) {
                ApiErrors.json(ctx, 200, i.state());
            } else if (ar.result() instanceof ActorReply.Rejected r) {
                int status = r.code().equals("unknown_session") ? 404 : 403;
                ApiErrors.send(ctx, status, r.code(), r.message(), null);
            }
        });
    }

    /** {@code GET /api/sessions/{code}/qr.svg}: the join link as a QR code. */
    void qr(RoutingContext ctx) {
        String code = JoinCodes.normalize(ctx.pathParam("code"));
        if (code == null) {
            ApiErrors.send(ctx, 404, "unknown_session", "there is no session with this code", null);
            return;
        }
        ctx.response().putHeader("content-type", "image/svg+xml").putHeader("cache-control", "public, max-age=86400")
                .end(QrCodes.svg(config.publicUrl() + "/j/" + code));
    }

    /** {@code GET /api/catalogue}: the formats and content packs a session can be made from. */
    void catalogue(RoutingContext ctx) {
        JsonArray formats = new JsonArray();
        for (Format f : sessions.formats().all()) {
            formats.add(new JsonObject().put("id", f.id()).put("title", EntityJson.text(f.title())));
        }
        JsonArray packs = new JsonArray();
        for (ContentPack p : sessions.content().all()) {
            packs.add(new JsonObject().put("id", p.id()).put("title", EntityJson.text(p.title()))
                    .put("version", p.version()));
        }
        ApiErrors.json(ctx, 200, new JsonObject().put("formats", formats).put("packs", packs)
                .put("defaultFormat", defaultFormat()).put("defaultPack", DEFAULT_PACK));
    }

    private static String text(JsonObject body, String field, int limit, String fallback) {
        Object v = body.getValue(field);
        if (v == null) return fallback;
        if (!(v instanceof String s)) throw new FieldException("invalid_field", field + " must be a text", field);
        if (Texts.length(s) > limit) throw new FieldException("too_long", field + " is longer than " + limit + " characters", field);
        return s.isBlank() ? fallback : s.trim();
    }

    private static final class FieldException extends RuntimeException {
        final String code;
        final String field;

        FieldException(String code, String message, String field) {
            super(message, null, false, false);
            this.code = code;
            this.field = field;
        }
    }
}
