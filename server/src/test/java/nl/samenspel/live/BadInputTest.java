package nl.samenspel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.LiveServer;
import nl.samenspel.testing.LiveSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every kind of bad input gets a clear, specific error, and changes nothing. */
class BadInputTest {

    @RegisterExtension
    /** The production limits (bursts of 40, then 10 a second), which the test server otherwise raises. */
    static final LiveServer live = new LiveServer(new JsonObject().put("commandsPerSecond", 10).put("commandBurst", 40));

    private LiveSession session;
    private String code;
    private String facilitatorToken;
    private LiveClient facilitator;
    private LiveClient anna;
    private long seqBefore;

    /** A session with two tables (Anna at one, Bert at the other). */
    @BeforeEach
    void session() {
        session = LiveSession.open(live.server(), "Anna", "Bert");
        code = session.code;
        facilitatorToken = session.facilitatorToken;
        facilitator = session.facilitator;
        anna = session.participant("Anna");
        facilitator.ack("tables.arrange", new JsonObject().put("maxSize", 2));
        seqBefore = currentSeq();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private long currentSeq() {
        LiveClient look = live.server().client();
        long seq = look.attach(code, facilitatorToken, 0).getLong("seq");
        look.close();
        return seq;
    }

    private void assertNothingChanged() {
        assertEquals(seqBefore, currentSeq(), "a rejected message changed the session");
    }

    private static JsonObject error(LiveClient c) {
        return c.next(f -> "error".equals(f.getString("type")));
    }

    private static String tableOf(LiveClient c) {
        JsonObject snapshot = c.event("snapshot").getJsonObject("data");
        String me = c.seen().get(0).getJsonObject("you").getString("participant");
        return snapshot.getJsonArray("participants").stream().map(o -> (JsonObject) o)
                .filter(o -> o.getString("id").equals(me)).findFirst().orElseThrow().getString("table");
    }

    @Test
    void malformedJson() {
        anna.sendRaw("{\"type\": \"note.add\", ");
        JsonObject e = error(anna);
        assertEquals("malformed_json", e.getString("code"));
        assertNull(e.getString("id"));
        anna.sendRaw("[1, 2, 3]");
        assertEquals("malformed_json", error(anna).getString("code"));
        assertNothingChanged();
    }

    @Test
    void unknownMessageType() {
        JsonObject e = anna.command("note.burn", new JsonObject().put("board", "plenary"));
        assertEquals("unknown_type", e.getString("code"));
        assertEquals("type", e.getString("field"));
        assertNothingChanged();
    }

    @Test
    void missingAndWronglyTypedFields() {
        JsonObject missing = anna.command("note.add", new JsonObject().put("column", "ideas").put("text", "x"));
        assertEquals("invalid_field", missing.getString("code"));
        assertEquals("board", missing.getString("field"));
        JsonObject wrongType = facilitator.command("tables.arrange", new JsonObject().put("maxSize", "vijf"));
        assertEquals("invalid_field", wrongType.getString("code"));
        assertEquals("maxSize", wrongType.getString("field"));
        JsonObject outOfRange = facilitator.command("timer.start", new JsonObject().put("seconds", 1));
        assertEquals("seconds", outOfRange.getString("field"));
        JsonObject noType = anna.reply(anna.send(new JsonObject().put("board", "plenary")));
        assertEquals("type", noType.getString("field"));
        assertNothingChanged();
    }

    @Test
    void aNoteOrANameOverItsLimit() {
        JsonObject note = anna.command("note.add", new JsonObject().put("board", "plenary").put("column", "ideas")
                .put("text", "x".repeat(501)));
        assertEquals("too_long", note.getString("code"));
        assertEquals("text", note.getString("field"));
        LiveClient c = live.server().client();
        JsonObject name = c.tryJoin(code, "x".repeat(41));
        assertEquals("too_long", name.getString("code"));
        assertEquals("name", name.getString("field"));
        JsonObject empty = c.tryJoin(code, "   ");
        assertEquals("invalid_field", empty.getString("code"));
        c.close();
        assertNothingChanged();
    }

    @Test
    void aFrameOverTheSizeLimitIsRefusedAndTheConnectionStays() {
        String big = "{\"type\":\"note.add\",\"id\":\"big\",\"board\":\"plenary\",\"column\":\"ideas\",\"text\":\""
                + "x".repeat(70 * 1024) + "\"}";
        anna.sendRaw(big);
        assertEquals("frame_too_large", error(anna).getString("code"));
        anna.send(new JsonObject().put("type", "ping").put("t", 1));
        anna.next(f -> "pong".equals(f.getString("type")));
        assertFalse(anna.isClosed());
        assertNothingChanged();
    }

    @Test
    void aFloodIsRateLimitedAndNormalUseGoesOn() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ids.add(anna.send(new JsonObject().put("type", "vote.remove").put("board", "plenary").put("note", "n999")));
        }
        int limited = 0;
        for (String id : ids) if ("rate_limited".equals(anna.reply(id).getString("code"))) limited++;
        assertTrue(limited > 0 && limited < 120, "some, not all, of a burst of 120 are refused: " + limited);
        anna.send(new JsonObject().put("type", "ping").put("t", 2));
        anna.next(f -> "pong".equals(f.getString("type")));
        // The bucket refills at 10 a second: within a few seconds a normal command goes through again.
        long until = System.currentTimeMillis() + 10_000;
        JsonObject reply;
        do {
            reply = anna.command("note.add", new JsonObject().put("board", "plenary").put("column", "ideas").put("text", "weer"));
        } while ("rate_limited".equals(reply.getString("code")) && System.currentTimeMillis() < until);
        assertEquals("ack", reply.getString("type"));
        assertFalse(anna.isClosed());
    }

    @Test
    void aWrongOrExpiredJoinCode() {
        LiveClient c = live.server().client();
        for (String wrong : List.of("ZZZZZZ", "0O1IL0", "ABC", "")) {
            JsonObject e = c.tryJoin(wrong, "Piet");
            assertEquals("unknown_session", e.getString("code"), wrong);
        }
        JsonObject badToken = c.attach(code, "not-a-token-of-this-session", 0);
        assertEquals("bad_token", badToken.getString("code"));
        c.close();
        facilitator.ack("session.close", new JsonObject());
        seqBefore = currentSeq();
        LiveClient late = live.server().client();
        assertEquals("session_closed", late.tryJoin(code, "Laat").getString("code"));
        late.close();
        assertNothingChanged();
    }

    @Test
    void aParticipantTryingAFacilitatorAction() {
        for (String type : List.of("tables.arrange", "roles.deal", "timer.start", "session.close", "participant.remove",
                "step.goto", "note.highlight")) {
            JsonObject fields = new JsonObject().put("index", 0).put("participant", "p2").put("board", "plenary")
                    .put("note", "n1").put("on", true);
            JsonObject e = anna.command(type, fields);
            assertTrue(List.of("forbidden", "not_found").contains(e.getString("code")), type + ": " + e);
            if (!type.equals("note.highlight")) assertEquals("forbidden", e.getString("code"), type);
        }
        assertNothingChanged();
    }

    @Test
    void aCommandForAnotherTablesBoard() {
        String annasTable = tableOf(anna);
        String other = annasTable.equals("t1") ? "t2" : "t1";
        JsonObject e = anna.command("note.add", new JsonObject().put("board", "table/" + other).put("column", "ideas")
                .put("text", "Hier hoor ik niet"));
        assertEquals("not_your_table", e.getString("code"));
        assertNothingChanged();
    }

    @Test
    void aCommandBeforeJoining() {
        LiveClient c = live.server().client();
        assertEquals("not_attached", c.command("note.add", new JsonObject().put("board", "plenary")
                .put("column", "ideas").put("text", "x")).getString("code"));
        c.close();
    }

    @Test
    void aParticipantChangingSomeoneElsesNote() {
        JsonObject ack = facilitator.ack("note.add", new JsonObject().put("board", "plenary").put("column", "ideas").put("text", "Van de facilitator"));
        seqBefore = ack.getLong("seq");
        String note = anna.event("note.upserted").getJsonObject("data").getJsonObject("note").getString("id");
        assertEquals("not_yours", anna.command("note.edit", new JsonObject().put("board", "plenary").put("note", note)
                .put("text", "Overschreven")).getString("code"));
        assertEquals("not_yours", anna.command("note.remove", new JsonObject().put("board", "plenary").put("note", note))
                .getString("code"));
        assertNothingChanged();
    }

    @Test
    void numbersAreCheckedAsSentNeverWrappedOrRounded() {
        String[][] cases = {
            {"step.goto", "index", "18446744073709551617"}, // 2^64 + 1: wrapped, it would be step 1
            {"step.goto", "index", "1e-400"}, // read as a double, it would be 0
            {"step.goto", "index", "0.5"},
            {"step.goto", "index", "-1"},
            {"step.goto", "index", "1e400"},
            {"step.goto", "index", "\"1\""},
            {"timer.start", "seconds", "18446744073709551676"}, // wrapped, it would be 60
            {"timer.start", "seconds", "60.000000000000000001"},
            {"tables.arrange", "maxSize", "4294967299"}, // 2^32 + 3
            {"timer.extend", "seconds", "-9223372036854775809"},
        };
        int n = 0;
        for (String[] c : cases) {
            String id = "num" + n++;
            facilitator.sendRaw("{\"type\":\"" + c[0] + "\",\"id\":\"" + id + "\",\"" + c[1] + "\":" + c[2] + "}");
            JsonObject e = facilitator.reply(id);
            assertEquals("invalid_field", e.getString("code"), String.join(" ", c) + ": " + e);
            assertEquals(c[1], e.getString("field"));
        }
        for (String lastSeq : List.of("18446744073709551617", "-1", "1e-400", "2.5")) {
            LiveClient c = live.server().client();
            c.sendRaw("{\"type\":\"attach\",\"id\":\"a\",\"code\":\"" + code + "\",\"token\":\"" + facilitatorToken
                    + "\",\"lastSeq\":" + lastSeq + "}");
            JsonObject e = c.reply("a");
            assertEquals("invalid_field", e.getString("code"), lastSeq + ": " + e);
            assertEquals("lastSeq", e.getString("field"));
            c.close();
        }
        // Written another way, a whole number in range is still that number.
        facilitator.sendRaw("{\"type\":\"tables.arrange\",\"id\":\"exact\",\"maxSize\":2.0}");
        assertEquals("ack", facilitator.reply("exact").getString("type"));
    }
}
