package nl.samenspel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import nl.samenspel.Samenspel;
import nl.samenspel.session.JoinCodes;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.LiveServer;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SessionApiTest {

    @RegisterExtension
    static final LiveServer live = new LiveServer();

    private static HttpResponse<Buffer> send(HttpRequest<Buffer> request) {
        return TestServer.await(request.send());
    }

    private static HttpResponse<Buffer> post(String body) {
        return TestServer.await(live.server().http.post(live.server().port(), "localhost", "/api/sessions")
                .putHeader("content-type", "application/json").sendBuffer(Buffer.buffer(body)));
    }

    private static HttpRequest<Buffer> get(String path) {
        return live.server().http.get(live.server().port(), "localhost", path);
    }

    @Test
    void creatingASessionGivesACodeLinksAndAFacilitatorToken() {
        HttpResponse<Buffer> r = post("{}");
        assertEquals(201, r.statusCode());
        JsonObject body = r.bodyAsJsonObject();
        String code = body.getString("code");
        assertEquals(code, JoinCodes.normalize(code), "six characters from the alphabet without look-alikes");
        assertTrue(code.chars().noneMatch(c -> "01OIL".indexOf(c) >= 0));
        String base = "http://localhost:" + live.server().port();
        assertEquals(base + "/j/" + code, body.getString("joinUrl"));
        assertEquals(base + "/f/" + code + "#" + body.getString("facilitatorToken"), body.getString("facilitatorUrl"));
        assertTrue(body.getString("facilitatorToken").length() >= 32);
        assertEquals("/api/sessions/" + code, r.getHeader("location"));
    }

    @Test
    void readingASessionNeedsTheFacilitatorToken() {
        JsonObject created = post("{\"format\":\"open\",\"title\":\"Teamdag De Linde\"}").bodyAsJsonObject();
        String path = "/api/sessions/" + created.getString("code");
        assertEquals(404, send(get("/api/sessions/ZZZZZZ")).statusCode());
        assertEquals(404, send(get("/api/sessions/nonsense")).statusCode());
        assertEquals(403, send(get(path)).statusCode());
        assertEquals(403, send(get(path).putHeader("authorization", "Bearer wrong")).statusCode());
        HttpResponse<Buffer> ok = send(get(path).putHeader("authorization", "Bearer " + created.getString("facilitatorToken")));
        assertEquals(200, ok.statusCode());
        assertEquals("Teamdag De Linde", ok.bodyAsJsonObject().getJsonObject("session").getString("title"));
        assertEquals("local", ok.bodyAsJsonObject().getString("ownerNode"), "a single node names itself local");
    }

    @Test
    void badCreationRequestsAreRefusedWithTheFieldAtFault() {
        HttpResponse<Buffer> malformed = post("{nope");
        assertEquals(400, malformed.statusCode());
        assertEquals("malformed_json", malformed.bodyAsJsonObject().getJsonObject("error").getString("code"));
        JsonObject format = post("{\"format\":\"poker\"}").bodyAsJsonObject().getJsonObject("error");
        assertEquals("format", format.getString("field"));
        JsonObject pack = post("{\"pack\":\"missing\"}").bodyAsJsonObject().getJsonObject("error");
        assertEquals("pack", pack.getString("field"));
        JsonObject title = post("{\"title\":\"" + "x".repeat(121) + "\"}").bodyAsJsonObject().getJsonObject("error");
        assertEquals("too_long", title.getString("code"));
        JsonObject typed = post("{\"title\": 12}").bodyAsJsonObject().getJsonObject("error");
        assertEquals("invalid_field", typed.getString("code"));
    }

    @Test
    void withoutAPackEachFormatIsPlayedFromItsOwnPack() {
        JsonObject catalogue = send(get("/api/catalogue")).bodyAsJsonObject();
        assertEquals("dilemmaspel", catalogue.getString("defaultPack"), "the default format's own pack");
        // Each registered format with the pack it names as its own: registering a format is the only edit this needs.
        java.util.Map<String, String> expected = new java.util.HashMap<>();
        Samenspel.formats().all().forEach(f -> expected.put(f.id(), f.defaultPack()));
        java.util.Map<String, String> offered = new java.util.HashMap<>();
        catalogue.getJsonArray("formats").stream().map(o -> (JsonObject) o).forEach(f -> {
            offered.put(f.getString("id"), f.getString("defaultPack"));
            assertTrue(f.getJsonArray("packs").contains(f.getString("defaultPack")), "its own pack is offered for " + f.encode());
        });
        assertEquals(expected, offered);
        expected.forEach((format, pack) -> {
            HttpResponse<Buffer> r = post("{\"format\":\"" + format + "\"}");
            assertEquals(201, r.statusCode(), format + ": " + r.bodyAsString());
            JsonObject created = r.bodyAsJsonObject();
            JsonObject state = send(get("/api/sessions/" + created.getString("code"))
                    .putHeader("authorization", "Bearer " + created.getString("facilitatorToken"))).bodyAsJsonObject();
            assertEquals(pack, state.getJsonObject("session").getString("pack"), format);
        });
        JsonObject spearheads = catalogue.getJsonArray("formats").stream().map(o -> (JsonObject) o)
                .filter(f -> f.getString("id").equals("spearheads")).findFirst().orElseThrow();
        assertEquals(java.util.List.of("speerpunten"), spearheads.getJsonArray("packs").getList(),
                "only packs with spearheads are offered for the spearhead session");
    }

    @Test
    void theHealthCheckWritesToTheStore() {
        HttpResponse<Buffer> r = send(get("/health"));
        assertEquals(200, r.statusCode());
        assertEquals("ok", r.bodyAsJsonObject().getString("status"));
    }

    @Test
    void theQrCodeIsAnSvgOfTheJoinLink() {
        String code = post("{}").bodyAsJsonObject().getString("code");
        HttpResponse<Buffer> r = send(get("/api/sessions/" + code + "/qr.svg"));
        assertEquals(200, r.statusCode());
        assertEquals("image/svg+xml", r.getHeader("content-type"));
        assertTrue(r.bodyAsString().startsWith("<svg") && r.bodyAsString().contains("<path"));
    }

    @Test
    void theReportHoldsTheFlipOversAndIsOnlyForTheFacilitator() {
        JsonObject created = post("{\"format\":\"open\",\"title\":\"Rapport\"}").bodyAsJsonObject();
        String code = created.getString("code");
        String token = created.getString("facilitatorToken");
        LiveClient anna = live.server().client();
        anna.join(code, "Anna");
        anna.ack("note.add", new JsonObject().put("board", "plenary").put("column", "ideas").put("text", "Koffie met *mantelzorgers*"));
        anna.close();
        String base = "/api/sessions/" + code + "/export/";
        assertEquals(403, send(get(base + "report.md")).statusCode());
        HttpResponse<Buffer> md = send(get(base + "report.md").putHeader("authorization", "Bearer " + token));
        assertEquals(200, md.statusCode());
        assertTrue(md.getHeader("content-disposition").contains("samenspel-" + code + ".md"));
        assertTrue(md.bodyAsString().startsWith("# Rapport"));
        assertTrue(md.bodyAsString().contains("Koffie met \\*mantelzorgers\\*"), md.bodyAsString());
        JsonObject json = send(get(base + "report.json").putHeader("authorization", "Bearer " + token)).bodyAsJsonObject();
        assertEquals("Anna", json.getJsonArray("participants").getJsonObject(0).getString("label"));
        assertEquals("Koffie met *mantelzorgers*", json.getJsonArray("boards").getJsonObject(0).getJsonArray("columns")
                .getJsonObject(0).getJsonArray("notes").getJsonObject(0).getString("text"));
        assertEquals(404, send(get(base + "nothing.txt").putHeader("authorization", "Bearer " + token)).statusCode());
    }
}
