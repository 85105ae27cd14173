package nl.samenspel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import nl.samenspel.testing.LiveServer;
import nl.samenspel.testing.RawSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Frames the server will not read: every one is answered, whatever its size — with the error
 * {@code frame_too_large} up to 256 KiB, with close 1009 above — and bad UTF-8 with close 1007.
 */
class FrameLimitsTest {

    @RegisterExtension
    static final LiveServer live = new LiveServer();

    private static byte[] message(int size) {
        String head = "{\"type\":\"ping\",\"t\":1,\"pad\":\"";
        return (head + "x".repeat(size - head.length() - 2) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static void assertStillServes(RawSocket s) {
        s.sendJson(new JsonObject().put("type", "ping").put("t", 2));
        assertEquals("pong", s.readJson().getString("type"));
    }

    @Test
    void aMessageUpTo256KiBGetsTheErrorAndTheConnectionStays() {
        try (RawSocket s = RawSocket.open(live.server().port())) {
            for (int size : new int[] {64 * 1024 + 1, 100_000, 256 * 1024}) {
                s.send(RawSocket.TEXT, true, message(size));
                JsonObject e = s.readJson();
                assertEquals("frame_too_large", e.getString("code"), "size " + size);
                assertStillServes(s);
            }
            // The same in fragments: it is the message that counts.
            byte[] whole = message(120_000);
            s.send(RawSocket.TEXT, false, java.util.Arrays.copyOfRange(whole, 0, 60_000));
            s.send(RawSocket.CONTINUATION, true, java.util.Arrays.copyOfRange(whole, 60_000, whole.length));
            assertEquals("frame_too_large", s.readJson().getString("code"));
            assertStillServes(s);
        }
    }

    @Test
    void aLargerFrameClosesTheConnectionWith1009() {
        for (int size : new int[] {256 * 1024 + 1, 1 << 20, 16 << 20}) {
            try (RawSocket s = RawSocket.open(live.server().port())) {
                try {
                    s.send(RawSocket.TEXT, true, message(size));
                } catch (UncheckedIOException e) {
                    // The server may close before it has read all of a very large frame.
                }
                assertEquals(1009, s.readClose(), "size " + size);
            }
        }
    }

    @Test
    void aLargerMessageInFragmentsClosesTheConnectionWith1009() {
        try (RawSocket s = RawSocket.open(live.server().port())) {
            byte[] part = "x".repeat(60_000).getBytes(StandardCharsets.UTF_8);
            s.send(RawSocket.TEXT, false, "{\"type\":\"ping\",\"pad\":\"".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 5; i++) s.send(RawSocket.CONTINUATION, false, part);
            assertEquals(1009, s.readClose());
        }
    }

    @Test
    void invalidUtf8InATextFrameClosesTheConnectionWith1007() {
        byte[][] bad = {
            {'{', '"', 't', 'y', 'p', 'e', '"', ':', '"', (byte) 0xC3, '"', '}'}, // a lead byte alone
            {'"', (byte) 0xC0, (byte) 0xAF, '"'}, // an overlong '/'
            {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}, // a UTF-16 surrogate
            {(byte) 0xFF},
        };
        for (byte[] bytes : bad) {
            try (RawSocket s = RawSocket.open(live.server().port())) {
                s.send(RawSocket.TEXT, true, bytes);
                assertEquals(1007, s.readClose());
            }
        }
        // Split inside one character over two fragments is still valid UTF-8.
        try (RawSocket s = RawSocket.open(live.server().port())) {
            byte[] ping = "{\"type\":\"ping\",\"t\":3,\"x\":\"€\"}".getBytes(StandardCharsets.UTF_8);
            int inEuro = new String(ping, StandardCharsets.UTF_8).indexOf('€') + 1;
            s.send(RawSocket.TEXT, false, java.util.Arrays.copyOfRange(ping, 0, inEuro));
            s.send(RawSocket.CONTINUATION, true, java.util.Arrays.copyOfRange(ping, inEuro, ping.length));
            assertEquals("pong", s.readJson().getString("type"));
        }
    }

    @Test
    void aBinaryFrameGetsAnError() {
        try (RawSocket s = RawSocket.open(live.server().port())) {
            s.send(RawSocket.BINARY, true, "{\"type\":\"ping\"}".getBytes(StandardCharsets.UTF_8));
            assertEquals("malformed_json", s.readJson().getString("code"));
            assertStillServes(s);
        }
    }
}
