package nl.samenspel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import nl.samenspel.testing.BrokenContent;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainers' library over HTTP: import, export, refusal, access, templates, restarts. */
class LibraryApiTest {

    private static final String PASSCODE = "zorg-2026";
    private static final String TEAM_PACK = """
            {"id": "team-de-linde", "title": {"nl": "Team De Linde", "en": "Team De Linde"}, "version": "1.0.0",
             "author": "Trainer", "licence": "CC BY 4.0", "base": "samenspel-basis",
             "roleSets": [{"id": "perspectieven", "title": {"nl": "Onze perspectieven", "en": "Our perspectives"},
               "roles": [{"id": "buurvrouw", "title": {"nl": "Buurvrouw", "en": "Neighbour"},
                          "brief": {"nl": "Je woont naast de cliënt.", "en": "You live next door to the client."}}]}],
             "templates": [{"id": "korte-sessie", "title": {"nl": "Korte sessie", "en": "Short session"}, "format": "open",
                            "sessionTitle": "Teamoverleg De Linde", "options": {"minutes": 10}}]}
            """;

    @TempDir
    Path dirA;
    @TempDir
    Path dirB;

    private static HttpRequest<Buffer> as(TestServer s, HttpRequest<Buffer> request) {
        return request.putHeader(EditorAccess.HEADER, PASSCODE);
    }

    private static HttpResponse<Buffer> importPack(TestServer s, String body) {
        return TestServer.await(as(s, s.http.post(s.port(), "localhost", "/api/library/packs")).sendBuffer(Buffer.buffer(body)));
    }

    private static HttpResponse<Buffer> get(TestServer s, String path) {
        return TestServer.await(as(s, s.http.get(s.port(), "localhost", path)).send());
    }

    private static TestServer server(Path dir) {
        return TestServer.start(dir, new JsonObject().put("passcode", PASSCODE));
    }

    @Test
    void aPackExportedImportedElsewhereAndExportedAgainIsTheSameFile() {
        String exported;
        try (TestServer a = server(dirA)) {
            assertEquals(201, importPack(a, TEAM_PACK).statusCode());
            HttpResponse<Buffer> export = get(a, "/api/library/packs/team-de-linde/export");
            assertEquals(200, export.statusCode());
            assertTrue(export.getHeader("content-disposition").contains("team-de-linde.json"));
            exported = export.bodyAsString();
        }
        try (TestServer b = server(dirB)) {
            HttpResponse<Buffer> imported = importPack(b, exported);
            assertEquals(201, imported.statusCode(), imported.bodyAsString());
            assertEquals(exported, get(b, "/api/library/packs/team-de-linde/export").bodyAsString(), "byte-equal");
            HttpResponse<Buffer> again = importPack(b, exported);
            assertEquals(200, again.statusCode());
            assertEquals("unchanged", again.bodyAsJsonObject().getString("outcome"));
            long copies = get(b, "/api/library").bodyAsJsonObject().getJsonArray("packs").stream()
                    .filter(p -> ((JsonObject) p).getString("id").equals("team-de-linde")).count();
            assertEquals(1, copies, "the same version imported twice is stored once");
        }
    }

    @Test
    void aTrainersFileInTheFlatLayoutIsImportedExportedNestedAndShownAsBefore() {
        String flat = """
                {"id": "team-dilemmas", "title": {"nl": "Teamdilemma's", "en": "Team dilemmas"}, "version": "1.0.0",
                 "base": "dilemmaspel", "dilemmas": [{"id": "nieuw-dilemma", "theme": "taakverdeling",
                   "title": {"nl": "Nieuw", "en": "New"}, "situation": {"nl": "Een nieuwe situatie.", "en": "A new situation."},
                   "sides": {"a": {"nl": "A", "en": "A"}, "b": {"nl": "B", "en": "B"}}}]}
                """;
        try (TestServer s = server(dirA)) {
            assertEquals(201, importPack(s, flat).statusCode());
            JsonObject exported = new JsonObject(get(s, "/api/library/packs/team-dilemmas/export").bodyAsString());
            assertEquals(null, exported.getValue("dilemmas"), "not at the top any more");
            assertEquals("nieuw-dilemma", exported.getJsonObject("dilemma").getJsonArray("dilemmas").getJsonObject(0).getString("id"));
            JsonObject shown = get(s, "/api/library/packs/team-dilemmas").bodyAsJsonObject();
            assertEquals(13, shown.getJsonObject("content").getJsonArray("dilemmas").size(), "today's library client reads the sections at the top");
            assertEquals(1, shown.getJsonObject("written").getJsonArray("dilemmas").size());
            assertEquals(13, shown.getJsonObject("sections").getInteger("dilemmas"));
            HttpResponse<Buffer> again = importPack(s, exported.encodePrettily());
            assertEquals("unchanged", again.bodyAsJsonObject().getString("outcome"), "the nested file is the same pack");
        }
    }

    @Test
    void anImportWithErrorsIsRefusedWithTheListAndChangesNothing() {
        try (TestServer s = server(dirA)) {
            JsonObject before = get(s, "/api/library").bodyAsJsonObject();
            String broken = TEAM_PACK.replace("\"brief\": {\"nl\": \"Je woont naast de cliënt.\", \"en\": \"You live next door to the client.\"}", "\"brief\": \"los\"")
                    .replace("\"format\": \"open\"", "\"format\": \"bingo\"");
            HttpResponse<Buffer> r = importPack(s, broken);
            assertEquals(422, r.statusCode());
            JsonArray errors = r.bodyAsJsonObject().getJsonObject("error").getJsonArray("errors");
            assertTrue(errors.stream().map(e -> (JsonObject) e).anyMatch(e -> "buurvrouw".equals(e.getString("item")) && "brief".equals(e.getString("field"))), errors.encodePrettily());
            assertEquals(before, get(s, "/api/library").bodyAsJsonObject(), "nothing changed");
            HttpResponse<Buffer> templateError = importPack(s, TEAM_PACK.replace("\"format\": \"open\"", "\"format\": \"bingo\""));
            assertEquals(422, templateError.statusCode());
            assertEquals("korte-sessie", templateError.bodyAsJsonObject().getJsonObject("error").getJsonArray("errors").getJsonObject(0).getString("item"));
        }
    }

    @Test
    void theSameVersionWithOtherContentIsAConflict() {
        try (TestServer s = server(dirA)) {
            assertEquals(201, importPack(s, TEAM_PACK).statusCode());
            HttpResponse<Buffer> r = importPack(s, TEAM_PACK.replace("Buurvrouw", "Buurman"));
            assertEquals(409, r.statusCode());
            assertEquals("version", r.bodyAsJsonObject().getJsonObject("error").getString("field"));
            assertEquals(200, importPack(s, TEAM_PACK.replace("Buurvrouw", "Buurman").replace("1.0.0", "1.1.0")).statusCode());
        }
    }

    @Test
    void editingNeedsThePasscodeAndWithoutOneOnlyThisComputer() {
        try (TestServer s = server(dirA)) {
            HttpResponse<Buffer> none = TestServer.await(s.http.get(s.port(), "localhost", "/api/library").send());
            assertEquals(403, none.statusCode());
            HttpResponse<Buffer> wrong = TestServer.await(s.http.post(s.port(), "localhost", "/api/library/packs")
                    .putHeader(EditorAccess.HEADER, "raden").sendBuffer(Buffer.buffer(TEAM_PACK)));
            assertEquals(403, wrong.statusCode());
        }
        try (TestServer open = TestServer.start(dirB)) {
            assertEquals(200, TestServer.await(open.http.get(open.port(), "localhost", "/api/library").send()).statusCode(),
                    "no passcode: open on the server's own computer");
            assertEquals(403, TestServer.await(open.http.get(open.port(), "localhost", "/api/library")
                    .putHeader("x-forwarded-for", "203.0.113.9").send()).statusCode(), "but not through a proxy");
        }
    }

    @Test
    void aSessionStartsFromATemplateInOneRequestAndThePackSurvivesARestart() {
        String code;
        try (TestServer s = server(dirA)) {
            assertEquals(201, importPack(s, TEAM_PACK).statusCode());
            JsonObject created = s.createSession(new JsonObject().put("pack", "team-de-linde").put("template", "korte-sessie"));
            code = created.getString("code");
            LiveClient p = s.client();
            JsonObject snapshot = p.join(code, "Anna").getJsonObject("snapshot");
            assertEquals("Teamoverleg De Linde", snapshot.getJsonObject("session").getString("title"));
            assertEquals(600, snapshot.getJsonObject("agenda").getJsonArray("steps").getJsonObject(1).getInteger("seconds"));
            assertEquals("Buurvrouw", snapshot.getJsonObject("roleSet").getJsonArray("roles").getJsonObject(0)
                    .getJsonObject("title").getString("nl"));
            p.close();
            HttpResponse<Buffer> noTemplate = TestServer.await(s.http.post(s.port(), "localhost", "/api/sessions")
                    .sendJsonObject(new JsonObject().put("pack", "team-de-linde").put("template", "bestaat-niet")));
            assertEquals("template", noTemplate.bodyAsJsonObject().getJsonObject("error").getString("field"));
        }
        try (TestServer again = server(dirA)) {
            assertEquals(200, get(again, "/api/library/packs/team-de-linde").statusCode(), "the organisation's pack is still there");
            JsonArray templates = TestServer.await(again.http.get(again.port(), "localhost", "/api/catalogue").send())
                    .bodyAsJsonObject().getJsonArray("packs").stream().map(o -> (JsonObject) o)
                    .filter(o -> o.getString("id").equals("team-de-linde")).findFirst().orElseThrow().getJsonArray("templates");
            assertEquals("korte-sessie", templates.getJsonObject(0).getString("id"));
        }
    }

    @Test
    void aBuiltInPackCannotBeRemovedAPackOthersBuildOnNeither() {
        try (TestServer s = server(dirA)) {
            importPack(s, TEAM_PACK);
            assertEquals(422, TestServer.await(as(s, s.http.delete(s.port(), "localhost", "/api/library/packs/samenspel-basis")).send()).statusCode());
            importPack(s, "{\"id\": \"nog-eigener\", \"title\": {\"nl\": \"X\", \"en\": \"X\"}, \"version\": \"1.0.0\", \"base\": \"team-de-linde\"}");
            assertEquals(422, TestServer.await(as(s, s.http.delete(s.port(), "localhost", "/api/library/packs/team-de-linde")).send()).statusCode());
            assertEquals(204, TestServer.await(as(s, s.http.delete(s.port(), "localhost", "/api/library/packs/nog-eigener")).send()).statusCode());
            assertEquals(204, TestServer.await(as(s, s.http.delete(s.port(), "localhost", "/api/library/packs/team-de-linde")).send()).statusCode());
            assertEquals(404, get(s, "/api/library/packs/team-de-linde").statusCode());
        }
    }

    @Test
    void theServerStartsWithABrokenPackOfEveryKindInItsContentFolderAndReportsEach() {
        try (TestServer s = TestServer.start(dirA, new JsonObject().put("passcode", PASSCODE), BrokenContent.folder(dirB))) {
            JsonObject library = get(s, "/api/library").bodyAsJsonObject();
            assertEquals(BrokenContent.GOOD.stream().sorted().toList(), library.getJsonArray("packs").stream()
                    .map(p -> ((JsonObject) p).getString("id")).sorted().toList());
            List<JsonObject> problems = library.getJsonArray("problems").stream().map(p -> (JsonObject) p)
                    .filter(p -> p.getBoolean("blocking", true)).toList();
            for (BrokenContent.Expected x : BrokenContent.EXPECTED) {
                assertTrue(problems.stream().anyMatch(p -> x.file().equals(p.getString("file")) && Objects.equals(x.item(), p.getString("item"))
                        && Objects.equals(x.field(), p.getString("field")) && p.getString("message", "").contains(x.message())),
                        "reported: " + x + " in " + problems);
            }
            // The pack that builds on the built-in dilemma game is there to play, with its own dilemma.
            JsonObject created = s.createSession(new JsonObject().put("format", "dilemma").put("pack", "goed")
                    .put("options", new JsonObject().put("dilemmas", new io.vertx.core.json.JsonArray().add("nieuw-dilemma"))));
            assertTrue(created.getString("code") != null && !created.getString("code").isEmpty(), created.encode());
        }
    }
}
