package nl.samenspel.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.LiveServer;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A session played over real websockets, checking what each client receives. */
class LiveSessionTest {

    @RegisterExtension
    static final LiveServer live = new LiveServer(new JsonObject().put("timeScale", 0.01));

    private record Session(String code, String facilitatorToken, LiveClient facilitator) {}

    private Session newSession() {
        JsonObject created = live.server().createSession(new JsonObject().put("format", "open").put("title", "Test"));
        LiveClient f = live.server().client();
        JsonObject welcome = f.attach(created.getString("code"), created.getString("facilitatorToken"), 0);
        assertEquals("welcome", welcome.getString("type"));
        assertEquals("facilitator", welcome.getJsonObject("you").getString("role"));
        return new Session(created.getString("code"), created.getString("facilitatorToken"), f);
    }

    private static List<LiveClient> join(Session s, int n) {
        List<LiveClient> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            LiveClient c = live.server().client();
            c.join(s.code(), "Deelnemer" + i);
            out.add(c);
        }
        return out;
    }

    @Test
    void aNoteTypedOnOnePhoneReachesTheTableAndTheFacilitatorOnly() {
        Session s = newSession();
        List<LiveClient> people = join(s, 9);
        for (int i = 0; i < 9; i++) s.facilitator().event("participant.upserted");
        s.facilitator().ack("tables.arrange", new JsonObject().put("maxSize", 5));
        Map<String, String> tableOf = new HashMap<>();
        for (LiveClient p : people) {
            JsonObject snapshot = p.event("snapshot").getJsonObject("data");
            String me = p.seen().get(0).getJsonObject("you").getString("participant");
            String table = snapshot.getJsonArray("participants").stream().map(o -> (JsonObject) o)
                    .filter(o -> o.getString("id").equals(me)).findFirst().orElseThrow().getString("table");
            tableOf.put(me, table);
            assertTrue(snapshot.getJsonArray("boards").stream().map(o -> ((JsonObject) o).getString("id"))
                    .allMatch(b -> b.equals("plenary") || b.equals("table/" + table)), "a participant sees only their own table's board");
        }
        assertEquals(Set.of("t1", "t2"), new HashSet<>(tableOf.values()));

        LiveClient writer = people.get(0);
        String writerId = writer.seen().get(0).getJsonObject("you").getString("participant");
        String table = tableOf.get(writerId);
        JsonObject ack = writer.ack("note.add", new JsonObject().put("board", "table/" + table).put("column", "ideas")
                .put("text", "Samen koken op woensdag"));
        long seq = ack.getLong("seq");
        JsonObject atFacilitator = s.facilitator().event("note.upserted");
        assertEquals("Samen koken op woensdag", atFacilitator.getJsonObject("data").getJsonObject("note").getString("text"));
        assertEquals(seq, atFacilitator.getLong("seq"));
        for (LiveClient p : people) {
            String id = p.seen().get(0).getJsonObject("you").getString("participant");
            if (p != writer && tableOf.get(id).equals(table)) {
                JsonObject note = p.event("note.upserted").getJsonObject("data").getJsonObject("note");
                assertEquals("Deelnemer1", note.getString("authorLabel"));
            }
        }
        // A marker everyone receives, so we know the other table has had every chance to receive the note.
        s.facilitator().ack("note.add", new JsonObject().put("board", "plenary").put("column", "ideas").put("text", "marker"));
        for (LiveClient p : people) {
            p.event("note.upserted", d -> d.getString("board").equals("plenary"));
            String id = p.seen().get(0).getJsonObject("you").getString("participant");
            if (!tableOf.get(id).equals(table)) {
                assertFalse(p.transcript().contains("Samen koken"), "another table never receives this table's notes");
            }
        }
        people.forEach(LiveClient::close);
        s.facilitator().close();
    }

    @Test
    void aSecretRoleNeverLeavesTheServerForAnyoneButItsHolderBeforeTheReveal() {
        Session s = newSession();
        List<LiveClient> people = join(s, 9);
        LiveClient projector = live.server().client();
        s.facilitator().ack("tables.arrange", new JsonObject().put("maxSize", 5));
        people.forEach(p -> p.event("snapshot"));
        s.facilitator().ack("roles.deal", new JsonObject());
        Map<String, String> roleOf = new HashMap<>();
        for (LiveClient p : people) {
            String me = p.seen().get(0).getJsonObject("you").getString("participant");
            JsonObject role = p.event("role.assigned").getJsonObject("data").getJsonObject("role");
            roleOf.put(me, role.getString("id"));
            assertNotNull(role.getJsonObject("brief"));
        }
        // Everyone has their envelope-changed frame; now check every frame each client ever received.
        people.forEach(p -> p.event("envelope.changed"));
        s.facilitator().event("envelope.changed");
        for (LiveClient p : people) {
            String me = p.seen().get(0).getJsonObject("you").getString("participant");
            long assigned = p.seen().stream().filter(f -> "role.assigned".equals(f.getString("event"))).count();
            assertEquals(1, assigned, "exactly one role reaches each participant");
            for (JsonObject frame : p.seen()) assertNoRevealedRoles(frame, me);
        }
        for (JsonObject frame : s.facilitator().seen()) {
            assertFalse("role.assigned".equals(frame.getString("event")), "not even the facilitator sees a secret role");
            assertNoRevealedRoles(frame, null);
        }
        // The HTTP API shows the facilitator's view: no roles either.
        JsonObject state = TestServer.await(live.server().http.get(live.server().port(), "localhost", "/api/sessions/" + s.code())
                .putHeader("authorization", "Bearer " + s.facilitatorToken()).send()).bodyAsJsonObject();
        for (String t : List.of("t1", "t2")) assertTrue(state.getJsonObject("envelopes").getJsonObject(t).getJsonObject("roles").isEmpty());

        s.facilitator().ack("roles.reveal", new JsonObject().put("table", "t1"));
        for (LiveClient p : people) {
            String me = p.seen().get(0).getJsonObject("you").getString("participant");
            if (state.getJsonArray("participants").stream().map(o -> (JsonObject) o)
                    .anyMatch(o -> o.getString("id").equals(me) && o.getString("table").equals("t1"))) {
                JsonObject roles = p.event("envelope.changed", d -> d.getJsonObject("envelope").getBoolean("revealed"))
                        .getJsonObject("data").getJsonObject("envelope").getJsonObject("roles");
                roles.forEach(e -> assertEquals(roleOf.get(e.getKey()), e.getValue()));
                assertEquals(5, roles.size());
            }
        }
        s.facilitator().ack("note.add", new JsonObject().put("board", "plenary").put("column", "ideas").put("text", "marker"));
        for (LiveClient p : people) {
            p.event("note.upserted");
            String me = p.seen().get(0).getJsonObject("you").getString("participant");
            boolean atT2 = state.getJsonArray("participants").stream().map(o -> (JsonObject) o)
                    .anyMatch(o -> o.getString("id").equals(me) && o.getString("table").equals("t2"));
            if (atT2) for (JsonObject frame : p.seen()) assertNoRevealedRoles(frame, me);
        }
        projector.close();
        people.forEach(LiveClient::close);
    }

    /** No frame may carry someone's role: "roles" maps must be empty, and a "role" only the receiver's own. */
    private static void assertNoRevealedRoles(Object json, String receiver) {
        if (json instanceof JsonObject o) {
            for (Map.Entry<String, Object> e : o) {
                if (e.getKey().equals("roles") && e.getValue() instanceof JsonObject roles) {
                    assertTrue(roles.isEmpty(), "a roles map with content before the reveal: " + o);
                }
                assertNoRevealedRoles(e.getValue(), receiver);
            }
        } else if (json instanceof JsonArray a) {
            a.forEach(item -> assertNoRevealedRoles(item, receiver));
        }
    }

    @Test
    void aClientThatDroppedOutGetsWhatItMissedOrAFreshSnapshot() {
        Session s = newSession();
        LiveClient anna = live.server().client();
        JsonObject welcome = anna.join(s.code(), "Anna");
        String token = welcome.getString("token");
        long seenUpTo = welcome.getLong("seq");
        anna.close();

        s.facilitator().ack("note.add", new JsonObject().put("board", "plenary").put("column", "ideas").put("text", "Gemist 1"));
        s.facilitator().ack("note.add", new JsonObject().put("board", "plenary").put("column", "questions").put("text", "Gemist 2"));

        LiveClient back = live.server().client();
        JsonObject resumed = back.attach(s.code(), token, seenUpTo);
        assertTrue(resumed.getBoolean("resumed"));
        assertNull(resumed.getJsonObject("snapshot"));
        assertEquals("Anna", resumed.getJsonObject("you").getString("name"));
        assertEquals("Gemist 1", back.event("note.upserted").getJsonObject("data").getJsonObject("note").getString("text"));
        assertEquals("Gemist 2", back.event("note.upserted").getJsonObject("data").getJsonObject("note").getString("text"));
        back.close();

        LiveClient again = live.server().client();
        JsonObject fresh = again.attach(s.code(), token, 0);
        assertFalse(fresh.getBoolean("resumed"));
        assertEquals(2, fresh.getJsonObject("snapshot").getJsonArray("boards").getJsonObject(0).getJsonArray("notes").size());
        again.close();
    }

    @Test
    void aCommandSentTwiceWithTheSameIdIsAppliedOnce() {
        Session s = newSession();
        LiveClient bert = live.server().client();
        bert.join(s.code(), "Bert");
        JsonObject note = new JsonObject().put("type", "note.add").put("id", "dup-1").put("board", "plenary")
                .put("column", "ideas").put("text", "Eén keer");
        JsonObject first = bert.reply(bert.send(note.copy()));
        bert.close();
        LiveClient retry = live.server().client();
        retry.attach(s.code(), bert.seen().get(0).getString("token"), 0);
        JsonObject second = retry.reply(retry.send(note.copy()));
        assertEquals("ack", second.getString("type"));
        assertEquals(first.getLong("seq"), second.getLong("seq"));
        JsonObject snapshot = retry.attach(s.code(), bert.seen().get(0).getString("token"), 0).getJsonObject("snapshot");
        assertEquals(1, snapshot.getJsonArray("boards").getJsonObject(0).getJsonArray("notes").size());
        retry.close();
    }

    @Test
    void aJoinRetriedWithTheSameTokenMakesNoSecondParticipant() {
        Session s = newSession();
        LiveClient c = live.server().client();
        JsonObject join = new JsonObject().put("type", "join").put("code", s.code().toLowerCase()).put("name", "Cor")
                .put("token", "abcdefghijklmnopqrstuvwxyz012345");
        JsonObject first = c.reply(c.send(join.copy().put("id", "j1")));
        JsonObject second = c.reply(c.send(join.copy().put("id", "j2")));
        assertEquals(first.getJsonObject("you"), second.getJsonObject("you"));
        assertEquals(1, second.getJsonObject("snapshot").getJsonArray("participants").size());
        c.close();
    }

    @Test
    void everyScreenSeesTheSameTimerAndItsEnd() {
        Session s = newSession();
        List<LiveClient> people = join(s, 2);
        s.facilitator().ack("step.goto", new JsonObject().put("index", 1));
        s.facilitator().ack("timer.start", new JsonObject().put("seconds", 10));
        JsonObject running = s.facilitator().event("timer.changed", d -> d.getJsonObject("timer").getString("status").equals("running"))
                .getJsonObject("data").getJsonObject("timer");
        long deadline = running.getLong("deadline");
        for (LiveClient p : people) {
            JsonObject t = p.event("timer.changed", d -> d.getJsonObject("timer").getString("status").equals("running"))
                    .getJsonObject("data").getJsonObject("timer");
            assertEquals(deadline, t.getLong("deadline"), "one deadline for every screen");
            // timeScale 0.01 makes the 10-second step last 100 ms; the server ends it by itself.
            JsonObject ended = p.event("timer.changed", d -> d.getJsonObject("timer").getString("status").equals("ended"))
                    .getJsonObject("data").getJsonObject("timer");
            assertEquals(0, ended.getLong("remainingMs"));
        }
        assertEquals("wrong_phase", s.facilitator().command("timer.pause").getString("code"));
        s.facilitator().ack("timer.extend", new JsonObject());
        assertEquals("running", s.facilitator().event("timer.changed", d -> d.getJsonObject("timer").getString("status").equals("running"))
                .getJsonObject("data").getJsonObject("timer").getString("status"));
        people.forEach(LiveClient::close);
    }

    @Test
    void pingIsAnsweredWithTheServersClock() {
        LiveClient c = live.server().client();
        long before = System.currentTimeMillis();
        c.send(new JsonObject().put("type", "ping").put("t", 12345));
        JsonObject pong = c.next(f -> "pong".equals(f.getString("type")));
        assertEquals(12345, pong.getInteger("t"));
        assertTrue(pong.getLong("server") >= before);
        c.close();
    }
}
