package nl.samenspel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import nl.samenspel.config.Config;
import nl.samenspel.testing.LiveServer;
import nl.samenspel.testing.RawSocket;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which pages may open /live: the server's own, its public address, a configured list; no other. */
class OriginCheckTest {

    @RegisterExtension
    static final LiveServer live = new LiveServer(new JsonObject().put("publicUrl", "https://samenspel.example.nl")
                .put("allowedOrigins", new JsonArray().add("https://intranet.example:8443")));

    private static int handshake(Map<String, String> headers) {
        try (RawSocket s = RawSocket.open(live.server().port(), headers, 0)) {
            if (s.status == 101) {
                s.sendJson(new JsonObject().put("type", "ping").put("t", 1));
                assertEquals("pong", s.readJson().getString("type"));
            }
            return s.status;
        }
    }

    @Test
    void theServersOwnOriginsAreAccepted() {
        int port = live.server().port();
        assertEquals(101, handshake(Map.of()), "no Origin: not a browser page");
        assertEquals(101, handshake(Map.of("Origin", "http://localhost:" + port)), "same origin as Host");
        // A laptop serving phones by its network name: the page's origin is what the phone typed, as is Host.
        assertEquals(101, handshake(Map.of("Host", "zaal-laptop.local:" + port, "Origin", "http://zaal-laptop.local:" + port)));
        assertEquals(101, handshake(Map.of("Host", "ZAAL-LAPTOP.local:" + port, "Origin", "http://zaal-laptop.local:" + port)));
        // Behind a TLS proxy the page is https on port 443 and Host names the public address.
        assertEquals(101, handshake(Map.of("Host", "zaal.example", "Origin", "https://zaal.example")));
        assertEquals(101, handshake(Map.of("Origin", "https://samenspel.example.nl")), "the public address");
        assertEquals(101, handshake(Map.of("Origin", "https://intranet.example:8443")), "the allow-list");
    }

    @Test
    void aForeignOriginIsRefusedWith403() {
        int port = live.server().port();
        for (String origin : List.of("https://evil.example", "null", "http://localhost:" + (port + 1),
                "http://localhost." + "evil.example:" + port, "https://intranet.example", "file://", "")) {
            assertEquals(403, handshake(Map.of("Origin", origin)), origin);
        }
        assertEquals(403, handshake(Map.of("Host", "zaal-laptop.local:" + port, "Origin", "http://localhost:" + port)));
    }

    @Test
    void theContentSecurityPolicyConnectsToTheServerItselfOnly() {
        String csp = TestServer.await(live.server().http.get(live.server().port(), "localhost", "/").send())
                .getHeader("content-security-policy");
        List<String> directives = List.of(csp.split(";\\s*"));
        assertEquals(List.of("connect-src 'self'"),
                directives.stream().filter(d -> d.startsWith("connect-src")).toList(), csp);
    }

    @Test
    void allowedOriginsComeFromTheEnvironmentAsAList() {
        Config c = Config.load(new String[0], Map.of("SAMENSPEL_ALLOWED_ORIGINS", "https://a.example, http://b.example:8080/"));
        assertEquals(List.of("https://a.example", "http://b.example:8080"), c.allowedOrigins());
        assertEquals(List.of(), Config.load(new String[0], Map.of()).allowedOrigins());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Config.load(new String[0], Map.of("SAMENSPEL_ALLOWED_ORIGINS", "evil.example")));
        assertEquals(true, e.getMessage().contains("allowedOrigins"));
    }
}
