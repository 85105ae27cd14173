package nl.samenspel.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.TestPostgres;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three nodes on one PostgreSQL database: a session lives on one, its people on all three. */
class ClusterTest {

    @TempDir
    Path dir;

    private static JsonObject note(String text) {
        return new JsonObject().put("board", "plenary").put("column", "ideas").put("text", text);
    }

    @Test
    void notesReachEveryNodeAndTheSessionMovesWhenItsNodeLeaves() {
        TestPostgres pg = TestPostgres.shared();
        String db = pg.createDatabase();
        List<Integer> ports = IntStream.range(0, 3).mapToObj(i -> TestServer.freePort()).toList();
        String members = ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        List<TestServer> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                nodes.add(TestServer.startNode(dir.resolve("n" + i), pg.settings(db).put("cluster", true)
                        .put("clusterPort", ports.get(i)).put("clusterMembers", members)));
            }
            for (TestServer n : nodes) {
                assertEquals(200, TestServer.await(n.http.get(n.port(), "localhost", "/ready").send()).statusCode());
            }
            JsonObject created = nodes.get(0).createSession(new JsonObject().put("format", "open").put("title", "Drie knopen"));
            String code = created.getString("code");
            LiveClient facilitator = nodes.get(1).client();
            facilitator.attach(code, created.getString("facilitatorToken"), 0);
            List<LiveClient> people = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                LiveClient c = nodes.get(i % 3).client();
                c.join(code, "Deelnemer" + i);
                people.add(c);
            }
            people.get(2).ack("note.add", note("Van knoop drie"));
            for (LiveClient c : people) c.event("note.upserted", d -> "Van knoop drie".equals(d.getJsonObject("note").getString("text")));
            facilitator.event("note.upserted", d -> "Van knoop drie".equals(d.getJsonObject("note").getString("text")));

            int owner = IntStream.range(0, 3).filter(i -> nodes.get(i).app.registry().loaded(code)).findFirst().orElseThrow();
            assertEquals(1, IntStream.range(0, 3).filter(i -> nodes.get(i).app.registry().loaded(code)).count(), "one owner");
            JsonObject inspected = TestServer.await(nodes.get((owner + 1) % 3).http.get(nodes.get((owner + 1) % 3).port(), "localhost",
                    "/api/sessions/" + code).putHeader("authorization", "Bearer " + created.getString("facilitatorToken")).send()).bodyAsJsonObject();
            assertEquals(((io.vertx.core.internal.VertxInternal) nodes.get(owner).vertx).clusterManager().getNodeId(),
                    inspected.getString("ownerNode"), "the facilitator's API names the node that holds the session");
            nodes.get(owner).close();
            TestServer survivor = nodes.get((owner + 1) % 3);
            LiveClient onSurvivor = people.get((owner + 1) % 3);
            onSurvivor.ack("note.add", note("Na de overdracht"));
            assertTrue(nodes.get((owner + 1) % 3).app.registry().loaded(code) || nodes.get((owner + 2) % 3).app.registry().loaded(code));
            try (LiveClient check = survivor.client()) {
                JsonArray notes = check.attach(code, created.getString("facilitatorToken"), 0)
                        .getJsonObject("snapshot").getJsonArray("boards").getJsonObject(0).getJsonArray("notes");
                assertEquals(List.of("Van knoop drie", "Na de overdracht"),
                        notes.stream().map(n -> ((JsonObject) n).getString("text")).toList());
            }
            nodes.remove(owner);
        } finally {
            for (TestServer n : nodes) {
                try {
                    n.close();
                } catch (RuntimeException | AssertionError ignored) {
                    // Already closed by the test.
                }
            }
        }
    }
}
