package nl.samenspel.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.samenspel.config.Config;
import nl.samenspel.content.ContentPack;
import nl.samenspel.export.Exporter;
import nl.samenspel.format.Exports;
import nl.samenspel.export.Rendered;
import nl.samenspel.format.Format;
import nl.samenspel.format.Formats;
import nl.samenspel.session.SessionSetup;
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
    private final Formats formats;
    private final Config config;
    private final Exports exports;
    private final JoinAddress join;

    SessionApi(Sessions sessions, Formats formats, Config config, Exports exports) {
        this.sessions = sessions;
        this.formats = formats;
        this.config = config;
        this.exports = exports;
        this.join = new JoinAddress(config.publicUrl());
    }

    /**
     * {@code GET /api/network}: where phones can reach this server. {@code joinBase} is the
     * address join links use for this browser, {@code loopback} says no phone can reach it, and
     * {@code addresses} are this machine's network addresses (http://ip:port) to choose from.
     */
    void network(RoutingContext ctx) {
        String base = join.base(ctx);
        int port = ctx.request().localAddress() != null ? ctx.request().localAddress().port() : config.port();
        JsonArray addresses = new JsonArray();
        JoinAddress.networkAddresses().forEach(ip -> addresses.add("http://" + ip + ":" + port));
        ApiErrors.json(ctx, 200, new JsonObject().put("joinBase", base).put("loopback", JoinAddress.isLoopback(base))
                .put("configured", !JoinAddress.isLoopback(config.publicUrl())).put("addresses", addresses));
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
            setup = setup(body);
        } catch (FieldException e) {
            ApiErrors.send(ctx, 400, e.code, e.getMessage(), e.field);
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
            String base = join.base(ctx);
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

    /**
     * What the body asks for: a format with its options, or a template of a pack (its format
     * and options, the body's own options on top). Unknown names are refused with the field.
     */
    private SessionSetup setup(JsonObject body) {
        String asked = text(body, "format", 40, null);
        String packId = text(body, "pack", 80, packFor(asked != null ? asked : defaultFormat()));
        ContentPack pack = sessions.content().pack(packId)
                .orElseThrow(() -> new FieldException("invalid_field", "unknown content pack '" + packId + "'", "pack"));
        String templateId = text(body, "template", 80, null);
        JsonNode template = templateId == null ? null : pack.template(templateId)
                .orElseThrow(() -> new FieldException("invalid_field", "pack '" + packId + "' has no template '" + templateId + "'", "template"));
        String format = asked != null ? asked : template != null ? template.path("format").asText() : defaultFormat();
        if (template != null && !format.equals(template.path("format").asText())) {
            throw new FieldException("invalid_field", "template '" + templateId + "' is for format '" + template.path("format").asText() + "'", "format");
        }
        if (!formats.has(format)) throw new FieldException("invalid_field", "unknown format '" + format + "'", "format");
        Object given = body.getValue("options");
        if (given != null && !(given instanceof JsonObject)) throw new FieldException("invalid_field", "options must be an object", "options");
        JsonObject options = template == null ? new JsonObject() : new JsonObject(template.path("options").toString());
        if (given != null) options.mergeIn((JsonObject) given, true);
        // Without a title the session is named after its format (or template), in the language the
        // facilitator's page was in when they pressed create.
        boolean english = "en".equals(body.getValue("lang"));
        nl.samenspel.content.Text formatTitle = formats.require(format).title();
        String templateTitle = template == null ? null : template.path("title").path(english ? "en" : "nl").asText("");
        String fallbackTitle = template == null
                ? (english && formatTitle.en() != null && !formatTitle.en().isBlank() ? formatTitle.en() : formatTitle.nl())
                : template.path("sessionTitle").asText(templateTitle.isBlank() ? template.path("title").path("nl").asText() : templateTitle);
        String title = Texts.clean(text(body, "title", Limits.TITLE, fallbackTitle));
        return new SessionSetup(format, pack.id(), title, options);
    }

    private String defaultFormat() {
        return formats.has("dilemma") ? "dilemma" : DEFAULT_FORMAT;
    }

    /**
     * The pack a session of this format gets when none is named: the format's own built-in pack
     * when this server has it and the format takes it, else the first pack it takes, else the basis pack.
     */
    private String packFor(String formatId) {
        if (!formats.has(formatId)) return DEFAULT_PACK;
        Format format = formats.require(formatId);
        String own = format.defaultPack();
        if (own != null && sessions.content().pack(own).filter(format::accepts).isPresent()) return own;
        if (sessions.content().pack(DEFAULT_PACK).filter(format::accepts).isPresent()) return DEFAULT_PACK;
        return sessions.content().all().stream().filter(format::accepts).map(ContentPack::id).findFirst().orElse(DEFAULT_PACK);
    }

    /** {@code GET /api/sessions/{code}}: 404 unknown, 403 without the facilitator token, else the state. */
    void get(RoutingContext ctx) {
        String code = code(ctx);
        if (code == null) return;
        askAsFacilitator(ctx, code, new ActorMessage.Inspect(bearer(ctx)), reply -> {
            if (reply instanceof ActorReply.Inspected i) ApiErrors.json(ctx, 200, i.state());
        });
    }

    /**
     * {@code GET /api/sessions/{code}/export/{name}?lang=nl}: a report or export as a download
     * (facilitator token required). Rendered on a worker thread from the report data.
     */
    void export(RoutingContext ctx) {
        String code = code(ctx);
        if (code == null) return;
        String name = ctx.pathParam("name");
        String lang = "en".equals(ctx.request().getParam("lang")) ? "en" : "nl";
        askAsFacilitator(ctx, code, new ActorMessage.Report(bearer(ctx)), reply -> {
            if (!(reply instanceof ActorReply.Reported r)) return;
            Exporter exporter = exports.find(r.format(), name).orElse(null);
            if (exporter == null) {
                ApiErrors.send(ctx, 404, "not_found", "this session has no export '" + name + "'", null);
                return;
            }
            ctx.vertx().executeBlocking(() -> exporter.render(r.report(), lang), false).onComplete(ar -> {
                if (ar.failed()) {
                    LOG.log(Level.WARNING, "export " + name + " of " + code + " failed", ar.cause());
                    ApiErrors.send(ctx, 500, "internal_error", "the export could not be made", null);
                    return;
                }
                Rendered file = ar.result();
                ctx.response().putHeader("content-type", file.contentType())
                        .putHeader("content-disposition", "attachment; filename=\"" + file.fileName() + "\"")
                        .putHeader("cache-control", "no-store")
                        .end(file.body());
            });
        });
    }

    private static String code(RoutingContext ctx) {
        String code = JoinCodes.normalize(ctx.pathParam("code"));
        if (code == null) ApiErrors.send(ctx, 404, "unknown_session", "there is no session with this code", null);
        return code;
    }

    private static String bearer(RoutingContext ctx) {
        String auth = ctx.request().getHeader("authorization");
        return auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : null;
    }

    /** Asks the session; answers 404 for an unknown code, 403 for a wrong token, 503 when it cannot be read. */
    private void askAsFacilitator(RoutingContext ctx, String code, ActorMessage message,
                                  java.util.function.Consumer<ActorReply> onAnswer) {
        sessions.ask(code, message).onComplete(ar -> {
            if (ar.failed()) {
                LOG.log(Level.WARNING, "session " + code + " could not be read", ar.cause());
                ApiErrors.send(ctx, 503, "storage_unavailable", "the session could not be read; retry", null);
            } else if (ar.result() instanceof ActorReply.Rejected r) {
                int status = r.code().equals("unknown_session") ? 404 : 403;
                ApiErrors.send(ctx, status, r.code(), r.message(), null);
            } else {
                onAnswer.accept(ar.result());
            }
        });
    }

    /** {@code GET /api/sessions/{code}/qr.svg}: the join link as a QR code. */
    void qr(RoutingContext ctx) {
        String code = code(ctx);
        if (code == null) return;
        ctx.response().putHeader("content-type", "image/svg+xml").putHeader("cache-control", "public, max-age=86400")
                .end(QrCodes.svg(join.base(ctx) + "/j/" + code));
    }

    /** {@code GET /api/catalogue}: the formats and content packs a session can be made from. */
    void catalogue(RoutingContext ctx) {
        JsonArray listed = new JsonArray();
        for (Format f : formats.all()) {
            JsonArray fits = new JsonArray();
            sessions.content().all().stream().filter(f::accepts).forEach(p -> fits.add(p.id()));
            listed.add(new JsonObject().put("id", f.id()).put("title", EntityJson.text(f.title())).put("packs", fits)
                    .put("defaultPack", packFor(f.id())));
        }
        JsonArray packs = new JsonArray();
        for (ContentPack p : sessions.content().all()) {
            packs.add(new JsonObject().put("id", p.id()).put("title", EntityJson.text(p.title()))
                    .put("version", p.version()).put("builtIn", p.builtIn()).put("templates", LibraryApi.templates(p)));
        }
        ApiErrors.json(ctx, 200, new JsonObject().put("formats", listed).put("packs", packs)
                .put("defaultFormat", defaultFormat()).put("defaultPack", packFor(defaultFormat())));
    }

    /** {@code GET /api/formats/{format}/setup?pack=…}: what can be chosen for a session of this format from this pack. */
    void setup(RoutingContext ctx) {
        String format = ctx.pathParam("format");
        if (!formats.has(format)) {
            ApiErrors.send(ctx, 404, "not_found", "unknown format '" + format + "'", null);
            return;
        }
        String pack = ctx.request().getParam("pack", packFor(format));
        ContentPack p = sessions.content().pack(pack).orElse(null);
        if (p == null) {
            ApiErrors.send(ctx, 404, "not_found", "unknown content pack '" + pack + "'", null);
            return;
        }
        ApiErrors.json(ctx, 200, formats.require(format).setup(p, sessions.content()));
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
