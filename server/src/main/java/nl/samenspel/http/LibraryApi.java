package nl.samenspel.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import com.fasterxml.jackson.databind.JsonNode;
import nl.samenspel.content.ContentError;
import nl.samenspel.content.ContentPack;
import nl.samenspel.content.FlatPackMigration;
import nl.samenspel.content.Library;
import nl.samenspel.content.PackException;
import nl.samenspel.session.view.EntityJson;

/**
 * The trainers' content library: browse and preview packs, import, save and remove the
 * organisation's own, export any as one file. Everything here needs editor access.
 */
final class LibraryApi {

    private static final Logger LOG = Logger.getLogger(LibraryApi.class.getName());

    private final Library library;
    private final EditorAccess access;

    LibraryApi(Library library, EditorAccess access) {
        this.library = library;
        this.access = access;
    }

    /** {@code GET /api/library}: every pack with what it holds, and the problems found while loading. */
    void list(RoutingContext ctx) {
        if (!access.check(ctx)) return;
        JsonArray packs = new JsonArray();
        for (ContentPack p : library.content().all()) packs.add(summary(p));
        JsonArray problems = new JsonArray();
        library.content().problems().forEach(e -> problems.add(error(e)));
        ApiErrors.json(ctx, 200, new JsonObject().put("packs", packs).put("problems", problems));
    }

    /**
     * {@code GET /api/library/packs/{id}}: the pack as sessions use it (merged with its base), and as
     * written. Both in the flat section layout the library's clients read section by section; the
     * pack files (export, store) are nested by format, and a flat pack saved back is nested again.
     */
    void get(RoutingContext ctx) {
        if (!access.check(ctx)) return;
        String id = ctx.pathParam("id");
        ContentPack pack = library.content().pack(id).orElse(null);
        if (pack == null) {
            ApiErrors.send(ctx, 404, "not_found", "no pack '" + id + "'", null);
            return;
        }
        ApiErrors.json(ctx, 200, summary(pack)
                .put("content", new JsonObject(FlatPackMigration.flatten(pack.raw()).toString()))
                .put("written", new JsonObject(FlatPackMigration.flatten(library.content().written(id).orElseThrow().json()).toString())));
    }

    /** {@code GET /api/library/packs/{id}/export}: the pack as one JSON file. */
    void export(RoutingContext ctx) {
        if (!access.check(ctx)) return;
        String id = ctx.pathParam("id");
        library.export(id).ifPresentOrElse(
                text -> ctx.response().putHeader("content-type", "application/json; charset=utf-8")
                        .putHeader("content-disposition", "attachment; filename=\"" + id + ".json\"")
                        .end(text),
                () -> ApiErrors.send(ctx, 404, "not_found", "no pack '" + id + "'", null));
    }

    /** {@code POST /api/library/packs}: imports a pack file (JSON or YAML body). */
    void importPack(RoutingContext ctx) {
        if (!access.check(ctx)) return;
        String file = ctx.request().getParam("file", "import.json");
        answer(ctx, library.importPack(file, ctx.body().asString(StandardCharsets.UTF_8.name())));
    }

    /** {@code PUT /api/library/packs/{id}}: saves a trainer's pack from the editor. */
    void save(RoutingContext ctx) {
        if (!access.check(ctx)) return;
        answer(ctx, library.savePack(ctx.pathParam("id"), ctx.body().asString(StandardCharsets.UTF_8.name())));
    }

    /** {@code DELETE /api/library/packs/{id}}. */
    void remove(RoutingContext ctx) {
        if (!access.check(ctx)) return;
        library.remove(ctx.pathParam("id")).onComplete(ar -> {
            if (ar.succeeded()) ctx.response().setStatusCode(204).end();
            else failed(ctx, ar.cause());
        });
    }

    private void answer(RoutingContext ctx, io.vertx.core.Future<Library.Saved> saving) {
        saving.onComplete(ar -> {
            if (ar.failed()) {
                failed(ctx, ar.cause());
                return;
            }
            Library.Saved saved = ar.result();
            JsonArray warnings = new JsonArray();
            saved.warnings().forEach(w -> warnings.add(error(w)));
            int status = saved.outcome() == Library.Outcome.CREATED ? 201 : 200;
            ApiErrors.json(ctx, status, summary(saved.pack())
                    .put("outcome", saved.outcome().name().toLowerCase()).put("warnings", warnings));
        });
    }

    private static void failed(RoutingContext ctx, Throwable cause) {
        if (cause instanceof PackException e) {
            JsonArray errors = new JsonArray();
            e.errors().forEach(x -> errors.add(error(x)));
            boolean missing = e.errors().size() == 1 && e.errors().get(0).message().equals("no such pack");
            ctx.response().setStatusCode(missing ? 404 : 422).putHeader("content-type", "application/json; charset=utf-8")
                    .end(new JsonObject().put("error", new JsonObject().put("code", missing ? "not_found" : "invalid_pack")
                            .put("message", e.getMessage()).put("errors", errors)).encode());
        } else if (cause instanceof Library.VersionConflict e) {
            ApiErrors.send(ctx, 409, "version_conflict", e.getMessage(), "version");
        } else {
            LOG.log(Level.WARNING, "content could not be saved", cause);
            ApiErrors.send(ctx, 503, "storage_unavailable", "the pack could not be stored; retry", null);
        }
    }

    static JsonObject error(ContentError e) {
        return new JsonObject().put("file", e.file()).put("item", e.item()).put("field", e.field())
                .put("message", e.message()).put("blocking", e.blocking()).put("text", e.toString());
    }

    static JsonObject summary(ContentPack p) {
        JsonObject sections = new JsonObject();
        Iterator<Map.Entry<String, JsonNode>> fields = FlatPackMigration.flatten(p.raw()).fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getValue().isArray()) sections.put(f.getKey(), f.getValue().size());
        }
        return new JsonObject().put("id", p.id()).put("title", EntityJson.text(p.title())).put("version", p.version())
                .put("builtIn", p.builtIn()).put("base", p.base()).put("author", p.author()).put("licence", p.licence())
                .put("languages", new JsonArray(List.copyOf(p.languages()))).put("sections", sections)
                .put("templates", templates(p));
    }

    static JsonArray templates(ContentPack p) {
        JsonArray out = new JsonArray();
        for (JsonNode t : p.raw().path("templates")) {
            out.add(new JsonObject().put("id", t.path("id").asText()).put("format", t.path("format").asText())
                    .put("title", new JsonObject(t.path("title").toString())));
        }
        return out;
    }
}
