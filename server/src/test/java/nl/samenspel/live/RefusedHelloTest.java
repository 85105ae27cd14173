package nl.samenspel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** A refused join or attach is answered and changes nothing, the connection's identity included. */
class RefusedHelloTest {

    @RegisterExtension
    static final LiveServer live = new LiveServer();

    private LiveSession session;
    private String code;
    private LiveClient anna;

    @BeforeEach
    void session() {
        session = LiveSession.open(live.server(), "Anna");
        code = session.code;
        anna = session.participant("Anna");
    }

    @AfterEach
    void close() {
        session.close();
    }

    private JsonObject hello(LiveClient c, JsonObject message) {
        return c.reply(c.send(message));
    }

    /** Anna is still Anna: her command is hers, and the session's events still reach her. */
    private void assertStillAttached(String note) {
        JsonObject reply = anna.command("note.add", new JsonObject().put("board", "plenary").put("column", "ideas")
                .put("text", note));
        assertEquals("ack", reply.getString("type"), reply.encode());
        session.facilitator.ack("note.add", new JsonObject().put("board", "plenary").put("column", "ideas").put("text", "F " + note));
        anna.event("note.upserted", d -> ("F " + note).equals(d.getJsonObject("note").getString("text")));
    }

    @Test
    void aRefusedJoinOrAttachLeavesAnAttachedConnectionAsItWas() {
        JsonObject unknown = anna.tryJoin("ZZZZZZ", "Anna");
        assertEquals("unknown_session", unknown.getString("code"));
        assertStillAttached("na onbekende code");
        JsonObject noName = anna.tryJoin(code, "  ");
        assertEquals("invalid_field", noName.getString("code"));
        assertStillAttached("na lege naam");
        JsonObject wrongToken = hello(anna, new JsonObject().put("type", "attach").put("code", code)
                .put("token", "not-a-token-of-this-session"));
        assertEquals("bad_token", wrongToken.getString("code"));
        assertStillAttached("na verkeerd token");
        JsonObject otherSession = hello(anna, new JsonObject().put("type", "attach").put("code", "ZZZZZZ")
                .put("token", session.facilitatorToken));
        assertEquals("unknown_session", otherSession.getString("code"));
        assertStillAttached("na andere sessie");
    }

    @Test
    void backToBackRefusedJoinsAndAttachesEachGetTheirAnswer() {
        for (LiveClient c : List.of(live.server().client(), anna)) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ids.add(c.send(new JsonObject().put("type", "join").put("code", "ZZZZZ" + (char) ('A' + i)).put("name", "Piet")));
            }
            for (int i = 0; i < 10; i++) {
                ids.add(c.send(new JsonObject().put("type", "attach").put("code", code).put("token", "wrong-token-" + i)));
            }
            for (int i = 0; i < 20; i++) {
                JsonObject answer = c.reply(ids.get(i));
                assertEquals(i < 10 ? "unknown_session" : "bad_token", answer.getString("code"), answer.encode());
            }
            c.send(new JsonObject().put("type", "ping").put("t", 1));
            c.next(f -> "pong".equals(f.getString("type")));
            for (String id : ids) {
                assertEquals(1, c.seen().stream().filter(f -> id.equals(f.getString("id"))).count(), "answers to " + id);
            }
            if (c != anna) c.close();
        }
        assertStillAttached("na twintig weigeringen");
    }

    @Test
    void aSecondAttachSwitchesIdentityOnlyWhenWelcomed() {
        LiveClient c = live.server().client();
        c.join(code, "Bert");
        JsonObject welcome = c.attach(code, session.facilitatorToken, 0);
        assertEquals("welcome", welcome.getString("type"));
        assertEquals("facilitator", welcome.getJsonObject("you").getString("role"));
        // Now the facilitator: a facilitator-only command is accepted.
        c.ack("tables.arrange", new JsonObject());
        c.close();
    }
}
