package nl.samenspel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.LiveServer;
import nl.samenspel.testing.RawSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Thousands of hostile frames from an attached participant, seeded so a failure can be
 * replayed: each gets exactly one answer, the documented one, and the session is unchanged.
 */
class LiveFuzzTest {

    private static final long SEED = 16;
    private static final int FRAMES = 3000;

    // No rate limit: it would answer rate_limited in place of the error under test.
    @RegisterExtension
    static final LiveServer live = new LiveServer(new JsonObject().put("commandsPerSecond", 1_000_000).put("commandBurst", 1_000_000));
    static String code;
    static String facilitatorToken;
    static String otherCode;
    static String otherToken;
    static String annaToken;
    static long replayedSeq;

    /** A frame to send, and what its one answer must be. */
    private record Case(String kind, int opcode, byte[] bytes, String id, String code, String field) {}

    @BeforeAll
    static void start() {
        JsonObject created = live.server().createSession(new JsonObject().put("format", "open"));
        code = created.getString("code");
        facilitatorToken = created.getString("facilitatorToken");
        JsonObject other = live.server().createSession(new JsonObject().put("format", "open"));
        otherCode = other.getString("code");
        otherToken = other.getString("facilitatorToken");
        // The other session has more notes, tables and people: ids that do not exist in ours.
        LiveClient of = live.server().client();
        of.attach(otherCode, otherToken, 0);
        for (int i = 0; i < 6; i++) live.server().client().join(otherCode, "Ander" + i);
        of.ack("tables.arrange", new JsonObject().put("maxSize", 2));
        for (int i = 0; i < 6; i++) of.ack("note.add", new JsonObject().put("board", "plenary").put("column", "ideas").put("text", "ander " + i));
        of.close();

        LiveClient f = live.server().client();
        f.attach(code, facilitatorToken, 0);
        LiveClient anna = live.server().client();
        annaToken = anna.join(code, "Anna").getString("token");
        live.server().client().join(code, "Bert");
        f.ack("tables.arrange", new JsonObject().put("maxSize", 5));
        replayedSeq = anna.ack("note.add", new JsonObject().put("id", "replayed").put("board", "plenary")
                .put("column", "ideas").put("text", "Al verstuurd")).getLong("seq");
        anna.close();
        f.close();
    }

    /** The facilitator's snapshot of a session, and its seq. */
    private static JsonObject state(String session, String token) {
        LiveClient look = live.server().client();
        JsonObject welcome = look.attach(session, token, 0);
        look.close();
        return new JsonObject().put("seq", welcome.getLong("seq")).put("snapshot", welcome.getJsonObject("snapshot"));
    }

    private static RawSocket attachedAnna() {
        RawSocket s = RawSocket.open(live.server().port());
        s.sendJson(new JsonObject().put("type", "attach").put("id", "hello").put("code", code).put("token", annaToken)
                .put("lastSeq", Long.MAX_VALUE / 2));
        assertEquals("welcome", s.readJson().getString("type"));
        return s;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Case json(String kind, JsonObject message, String code, String field) {
        return new Case(kind, RawSocket.TEXT, utf8(message.encode()), message.getValue("id") instanceof String s && s.length() <= 64 ? s : null,
                code, field);
    }

    private static String text(Random r, int max) {
        StringBuilder out = new StringBuilder();
        int n = r.nextInt(max + 1);
        String alphabet = "abcXYZ 09€ë\"\\\n\t<>{}[]:,😀\u0000\u2028";
        for (int i = 0; i < n; i++) out.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return out.toString().replace("\uD83D", "x"); // no lone surrogate halves in what is sent as UTF-8
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static Case next(Random r, int n) {
        String id = "f" + n;
        JsonObject note = new JsonObject().put("type", "note.add").put("id", id).put("board", "plenary").put("column", "ideas")
                .put("text", "x");
        switch (r.nextInt(16)) {
            case 0: {
                String valid = note.encode();
                String cut = valid.substring(0, 1 + r.nextInt(valid.length() - 1));
                return new Case("truncated", RawSocket.TEXT, utf8(cut), null, "malformed_json", null);
            }
            case 1: {
                String[] notObjects = {"[1,2]", "\"note.add\"", "42", "null", "true", "{} {}", "{\"type\":\"ping\"}x", "", " ", "{'type':'ping'}"};
                return new Case("not an object", RawSocket.TEXT, utf8(notObjects[r.nextInt(notObjects.length)]), null, "malformed_json", null);
            }
            case 2:
                return json("unknown type", new JsonObject().put("type", "note." + text(r, 12) + "!").put("id", id), "unknown_type", "type");
            case 3: {
                Object[] wrong = {5, true, new JsonArray(), new JsonObject(), null, 1.5};
                return json("bad type field", new JsonObject().put("type", wrong[r.nextInt(wrong.length)]).put("id", id), "invalid_field", "type");
            }
            case 4: {
                String field = List.of("board", "column", "text").get(r.nextInt(3));
                Object[] wrong = {5, false, new JsonArray().add("x"), new JsonObject().put("a", 1), 1e300};
                return json("wrong-typed field", note.copy().put(field, wrong[r.nextInt(wrong.length)]), "invalid_field", field);
            }
            case 5: {
                String field = List.of("board", "column", "text").get(r.nextInt(3));
                JsonObject m = note.copy();
                m.remove(field);
                return json("missing field", m, "invalid_field", field);
            }
            case 6: {
                String[] numbers = {"18446744073709551617", "-1", "1e-400", "0.5", "1e400", "-0.000001", "9223372036854775808", "1000"};
                String raw = "{\"type\":\"step.goto\",\"id\":\"" + id + "\",\"index\":" + numbers[r.nextInt(numbers.length)] + "}";
                return new Case("out of range", RawSocket.TEXT, utf8(raw), id, "invalid_field", "index");
            }
            case 7: {
                String[] numbers = {"18446744073709551676", "9", "7201", "60.5", "1e-400", "-60"};
                String raw = "{\"type\":\"timer.start\",\"id\":\"" + id + "\",\"seconds\":" + numbers[r.nextInt(numbers.length)] + "}";
                return new Case("out of range", RawSocket.TEXT, utf8(raw), id, "invalid_field", "seconds");
            }
            case 8:
                return json("huge text", note.copy().put("text", "y".repeat(501 + r.nextInt(20_000))), "too_long", "text");
            case 9:
                return new Case("huge id", RawSocket.TEXT, utf8(note.copy().put("id", "i".repeat(65 + r.nextInt(2000))).encode()),
                        null, "too_long", "id");
            case 10: {
                String raw = "{\"type\":\"note.add\",\"id\":\"" + id + "\",\"x\":" + nested(33 + r.nextInt(5000)) + "}";
                return new Case("deep nesting", RawSocket.TEXT, utf8(raw), null, "malformed_json", null);
            }
            case 11:
                return new Case("binary", RawSocket.BINARY, utf8(note.encode()), null, "malformed_json", null);
            case 12: {
                // Notes n3..n6 exist only in the other session.
                String other = "n" + (3 + r.nextInt(4));
                String type = List.of("note.edit", "note.remove", "vote.add", "vote.remove").get(r.nextInt(4));
                JsonObject m = new JsonObject().put("type", type).put("id", id).put("board", "plenary").put("note", other);
                if (type.equals("note.edit")) m.put("text", "overschreven");
                return json("other session's note", m, "not_found", null);
            }
            case 13:
                // A replayed id: the original ack, nothing applied again, whatever the content.
                return json("replayed id", note.copy().put("id", "replayed").put("text", text(r, 40) + "!"), "ack", null);
            case 14: {
                if (r.nextBoolean()) {
                    return json("wrong code", new JsonObject().put("type", "join").put("id", id).put("code", "ZZZZZ" + (char) ('A' + r.nextInt(26)))
                            .put("name", "Piet"), "unknown_session", null);
                }
                return json("wrong token", new JsonObject().put("type", "attach").put("id", id).put("code", code)
                        .put("token", "fout-" + r.nextInt(1000)), "bad_token", null);
            }
            default: {
                String type = List.of("tables.arrange", "roles.deal", "session.close", "participant.remove", "timer.pause").get(r.nextInt(5));
                return json("facilitator only", new JsonObject().put("type", type).put("id", id).put("participant", "p2"), "forbidden", null);
            }
        }
    }

    @Test
    void everyHostileFrameGetsOneDocumentedAnswerAndChangesNothing() {
        JsonObject before = state(code, facilitatorToken);
        JsonObject otherBefore = state(otherCode, otherToken);
        Random random = new Random(SEED);
        Map<String, Integer> kinds = new TreeMap<>();
        try (RawSocket anna = attachedAnna()) {
            for (int n = 0; n < FRAMES; n++) {
                Case c = next(random, n);
                kinds.merge(c.kind(), 1, Integer::sum);
                anna.send(c.opcode(), true, c.bytes());
                JsonObject answer = anna.readJson();
                String where = "seed " + SEED + ", frame " + n + " (" + c.kind() + "): " + answer.encode();
                if (c.code().equals("ack")) {
                    assertEquals("ack", answer.getString("type"), where);
                    assertEquals(replayedSeq, answer.getLong("seq"), where);
                    continue;
                }
                assertEquals("error", answer.getString("type"), where);
                assertEquals(c.code(), answer.getString("code"), where);
                if (c.field() != null) assertEquals(c.field(), answer.getString("field"), where);
                if (c.id() == null) assertNull(answer.getString("id"), where);
                else assertEquals(c.id(), answer.getString("id"), where);
            }
            // Nothing more is on its way: the next answer is the pong.
            anna.sendJson(new JsonObject().put("type", "ping").put("t", 1));
            assertEquals("pong", anna.readJson().getString("type"));
        }
        // What closes the connection: bad UTF-8 (1007) and a message too big to answer (1009).
        byte[][] badUtf8 = {{(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, 'a'}, {'{', (byte) 0xFE, '}'}};
        for (int n = 0; n < 20; n++) {
            try (RawSocket s = attachedAnna()) {
                byte[] bad = badUtf8[random.nextInt(badUtf8.length)];
                byte[] frame = ("{\"type\":\"note.add\",\"id\":\"u" + n + "\",\"board\":\"plenary\",\"column\":\"ideas\",\"text\":\"")
                        .getBytes(StandardCharsets.UTF_8);
                byte[] whole = new byte[frame.length + bad.length + 2];
                System.arraycopy(frame, 0, whole, 0, frame.length);
                System.arraycopy(bad, 0, whole, frame.length, bad.length);
                whole[whole.length - 2] = '"';
                whole[whole.length - 1] = '}';
                s.send(RawSocket.TEXT, true, whole);
                assertEquals(1007, s.readClose(), "bad UTF-8 " + n);
            }
        }
        for (int n = 0; n < 3; n++) {
            try (RawSocket s = attachedAnna()) {
                try {
                    s.send(RawSocket.TEXT, true, utf8(new JsonObject().put("type", "note.add").put("text", "z".repeat(300_000 + n)).encode()));
                } catch (java.io.UncheckedIOException e) {
                    // The server may close before it has read all of the frame.
                }
                assertEquals(1009, s.readClose());
            }
        }
        assertEquals(before, state(code, facilitatorToken), "the session changed");
        assertEquals(otherBefore, state(otherCode, otherToken), "the other session changed");
        assertTrue(kinds.size() >= 16, "every kind of frame was sent: " + kinds);
    }
}
