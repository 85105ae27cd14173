package nl.samenspel.format.dilemma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.LiveServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who sees which perspective when, over real websockets, in each role mode. Five people make
 * one table of five: the four perspectives of source 001 and one further perspective.
 * <ul>
 * <li>open (the default): the table sees the whole deal the moment a round begins;</li>
 * <li>choose: each person picks a free perspective, the table sees each pick at once, and
 *     whoever has not picked when the draw step ends is dealt the one left;</li>
 * <li>secret: each person learns only their own perspective until the reveal step, which
 *     only this mode has.</li>
 * </ul>
 */
class DilemmaRoleModeLiveTest {

    private static final List<String> CORE = List.of("bewoner", "naaste", "vrijwilliger", "zorgprofessional");
    private static final List<String> NAMES = List.of("Anna", "Bram", "Cor", "Dewi", "Evi");

    @RegisterExtension
    static final LiveServer live = new LiveServer(new JsonObject());

    /** A session, its facilitator and five participants (ids in {@code ids}), nobody at a table yet. */
    private record Table(String code, LiveClient facilitator, List<LiveClient> people, List<String> ids, List<String> kinds) {
        void close() {
            people.forEach(LiveClient::close);
            facilitator.close();
        }

        int index(int round, String kind) {
            int at = 0;
            int r = 0;
            for (String k : kinds) {
                if (k.equals("draw")) r++;
                if (r == round && k.equals(kind)) return at;
                at++;
            }
            throw new AssertionError("no step " + kind + " in round " + round + ": " + kinds);
        }
    }

    private static Table table(String mode) {
        JsonObject options = new JsonObject().put("autoRun", false);
        if (mode != null) options.put("roleMode", mode);
        JsonObject created = live.server().createSession(new JsonObject().put("options", options));
        String code = created.getString("code");
        LiveClient f = live.server().client();
        JsonObject snapshot = f.attach(code, created.getString("facilitatorToken"), 0).getJsonObject("snapshot");
        List<String> kinds = snapshot.getJsonObject("agenda").getJsonArray("steps").stream()
                .map(s -> ((JsonObject) s).getString("kind")).toList();
        List<LiveClient> people = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String name : NAMES) {
            LiveClient c = live.server().client();
            JsonObject welcome = c.join(code, name);
            assertTrue(welcome.getJsonObject("snapshot").getJsonObject("envelopes").isEmpty(), "no envelope before a round");
            ids.add(welcome.getJsonObject("you").getString("participant"));
            people.add(c);
        }
        return new Table(code, f, people, ids, kinds);
    }

    /** The next envelope of table t1 this client receives that satisfies {@code test}. */
    private static JsonObject envelope(LiveClient c, java.util.function.Predicate<JsonObject> test) {
        return c.event("envelope.changed", d -> d.getString("table").equals("t1") && test.test(d.getJsonObject("envelope")))
                .getJsonObject("data").getJsonObject("envelope");
    }

    private static Map<String, String> roles(JsonObject envelope) {
        Map<String, String> out = new HashMap<>();
        envelope.getJsonObject("roles").forEach(e -> out.put(e.getKey(), (String) e.getValue()));
        return out;
    }

    private static void assertSourceDeal(Map<String, String> roles, String where) {
        assertEquals(5, roles.size(), where + ": everyone holds a perspective");
        assertEquals(5, new HashSet<>(roles.values()).size(), where + ": distinct at the table");
        assertTrue(roles.values().containsAll(CORE), where + ": the four perspectives of the source are all at the table: " + roles);
    }

    @Test
    void openRolesByDefaultTheTableSeesTheWholeDealWhenTheRoundBegins() {
        Table t = table(null);
        assertFalse(t.kinds().contains("reveal"), "no reveal step with open roles: " + t.kinds());
        assertEquals(List.of("intro", "draw", "share", "choose", "lead", "draw", "share", "choose", "lead", "plenary"), t.kinds());

        t.facilitator().ack("step.goto", new JsonObject().put("index", t.index(1, "draw")));
        Map<String, String> first = null;
        for (int i = 0; i < NAMES.size(); i++) {
            LiveClient p = t.people().get(i);
            JsonObject env = envelope(p, e -> e.getBoolean("revealed"));
            Map<String, String> seen = roles(env);
            assertSourceDeal(seen, NAMES.get(i) + " in round 1");
            if (first == null) first = seen;
            assertEquals(first, seen, NAMES.get(i) + " sees the same deal as the others");
            String own = p.event("role.assigned").getJsonObject("data").getJsonObject("role").getString("id");
            assertEquals(seen.get(t.ids().get(i)), own, NAMES.get(i) + "'s own role is the one the table sees");
        }
        assertEquals(first, roles(envelope(t.facilitator(), e -> e.getBoolean("revealed"))), "the facilitator sees it too");

        t.facilitator().ack("step.goto", new JsonObject().put("index", t.index(2, "draw")));
        for (int i = 0; i < NAMES.size(); i++) {
            Map<String, String> second = roles(envelope(t.people().get(i), e -> e.getBoolean("revealed") && e.getInteger("round") == 2));
            assertSourceDeal(second, NAMES.get(i) + " in round 2");
            for (String id : t.ids()) assertNotEquals(first.get(id), second.get(id), id + " has a new perspective in round 2");
        }
        t.close();
    }

    @Test
    void choosingEveryonePicksAFreePerspectiveTheTableSeesEachPickAndTheUnpickedAreDealtTheRest() {
        Table t = table("choose");
        assertFalse(t.kinds().contains("reveal"));
        t.facilitator().ack("step.goto", new JsonObject().put("index", t.index(1, "draw")));
        for (LiveClient p : t.people()) {
            JsonObject env = envelope(p, e -> e.getBoolean("revealed"));
            assertTrue(env.getJsonObject("roles").isEmpty(), "the envelope opens empty: nobody is dealt a role");
        }
        LiveClient anna = t.people().get(0);
        LiveClient bram = t.people().get(1);
        LiveClient cor = t.people().get(2);
        LiveClient dewi = t.people().get(3);

        anna.ack("dilemma.pick", new JsonObject().put("role", "bewoner"));
        assertEquals("bewoner", anna.event("role.assigned").getJsonObject("data").getJsonObject("role").getString("id"));
        for (LiveClient p : t.people()) {
            assertEquals(Map.of(t.ids().get(0), "bewoner"), roles(envelope(p, e -> e.getJsonObject("roles").size() == 1)),
                    "everyone at the table sees Anna's pick at once");
        }
        assertError(bram.command("dilemma.pick", new JsonObject().put("role", "bewoner")), "taken");
        assertError(bram.command("dilemma.pick", new JsonObject().put("role", "niemand")), "invalid_field");
        bram.ack("dilemma.pick", new JsonObject().put("role", "teamleider"));
        assertError(cor.command("dilemma.pick", new JsonObject().put("role", "kind")), "core_first");
        cor.ack("dilemma.pick", new JsonObject().put("role", "naaste"));
        dewi.ack("dilemma.pick", new JsonObject().put("role", "vrijwilliger"));
        dewi.ack("dilemma.pick", new JsonObject().put("role", "zorgprofessional"));
        // Evi did not pick; the draw step ends.
        t.facilitator().ack("step.goto", new JsonObject().put("index", t.index(1, "share")));
        Map<String, String> expected = Map.of(t.ids().get(0), "bewoner", t.ids().get(1), "teamleider", t.ids().get(2), "naaste",
                t.ids().get(3), "zorgprofessional", t.ids().get(4), "vrijwilliger");
        for (LiveClient p : t.people()) {
            assertEquals(expected, roles(envelope(p, e -> e.getJsonObject("roles").size() == 5)),
                    "Evi is dealt the one core perspective left, and everyone sees it");
        }
        assertEquals("vrijwilliger", t.people().get(4).event("role.assigned").getJsonObject("data").getJsonObject("role").getString("id"));
        assertError(anna.command("dilemma.pick", new JsonObject().put("role", "kind")), "wrong_phase");

        t.facilitator().ack("step.goto", new JsonObject().put("index", t.index(2, "draw")));
        envelope(anna, e -> e.getInteger("round") == 2 && e.getJsonObject("roles").isEmpty());
        assertError(anna.command("dilemma.pick", new JsonObject().put("role", "bewoner")), "held_before");
        anna.ack("dilemma.pick", new JsonObject().put("role", "naaste"));
        t.close();
    }

    @Test
    void secretRolesReachOnlyTheirHolderUntilTheRevealStep() {
        Table t = table("secret");
        assertEquals(List.of("intro", "draw", "share", "choose", "lead", "reveal", "draw", "share", "choose", "lead", "reveal", "plenary"),
                t.kinds(), "the secret variant adds the reveal step");
        t.facilitator().ack("step.goto", new JsonObject().put("index", t.index(1, "draw")));
        Map<String, String> own = new HashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            LiveClient p = t.people().get(i);
            own.put(t.ids().get(i), p.event("role.assigned").getJsonObject("data").getJsonObject("role").getString("id"));
            JsonObject env = envelope(p, e -> e.getBoolean("dealt"));
            assertFalse(env.getBoolean("revealed"));
            assertTrue(env.getJsonObject("roles").isEmpty(), NAMES.get(i) + " sees no one's role in the envelope");
        }
        assertSourceDeal(own, "the secret deal");
        for (String kind : List.of("share", "choose", "lead")) {
            t.facilitator().ack("step.goto", new JsonObject().put("index", t.index(1, kind)));
        }
        t.facilitator().ack("note.add", new JsonObject().put("board", "plenary").put("column", "seen").put("text", "marker"));
        for (int i = 0; i < NAMES.size(); i++) {
            LiveClient p = t.people().get(i);
            p.event("note.upserted", d -> d.getString("board").equals("plenary"));
            long assigned = p.seen().stream().filter(fr -> "role.assigned".equals(fr.getString("event"))).count();
            assertEquals(1, assigned, NAMES.get(i) + " was sent one role: their own");
            for (JsonObject fr : p.seen()) {
                if ("envelope.changed".equals(fr.getString("event"))) {
                    assertTrue(fr.getJsonObject("data").getJsonObject("envelope").getJsonObject("roles").isEmpty(),
                            NAMES.get(i) + " saw no roles before the reveal");
                }
            }
        }
        t.facilitator().ack("step.goto", new JsonObject().put("index", t.index(1, "reveal")));
        for (LiveClient p : t.people()) {
            assertEquals(own, roles(envelope(p, e -> e.getBoolean("revealed"))), "the reveal shows the table who held which");
        }
        t.close();
    }

    private static void assertError(JsonObject reply, String code) {
        assertEquals("error", reply.getString("type"), reply.encode());
        assertEquals(code, reply.getString("code"), reply.encode());
    }
}
