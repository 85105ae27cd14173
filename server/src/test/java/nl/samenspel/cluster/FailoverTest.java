package nl.samenspel.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.samenspel.testing.Await;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.NodeProcess;
import nl.samenspel.testing.ResumingClient;
import nl.samenspel.testing.TestPostgres;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three server processes on loopback and one PostgreSQL database. The owner of a workshop is
 * killed with SIGKILL mid-stream, then (after the killed node has rejoined) the next owner is
 * paused with SIGSTOP past its lease and woken: nothing acknowledged is lost, nothing is
 * journalled twice, the step timer keeps its deadline, and the woken owner's write is refused.
 */
class FailoverTest {

    private static final Logger LOG = Logger.getLogger(FailoverTest.class.getName());
    private static final Duration START = Duration.ofSeconds(180);

    @TempDir
    Path dir;

    private final TestPostgres pg = TestPostgres.shared();

    @Test
    void killedAndPausedOwnersLoseNothingAndTheWokenOneIsFenced() throws Exception {
        String db = pg.createDatabase();
        int[] http = IntStream.range(0, 3).map(i -> TestServer.freePort()).toArray();
        int[] cluster = IntStream.range(0, 3).map(i -> TestServer.freePort()).toArray();
        String members = IntStream.of(cluster).mapToObj(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        NodeProcess[] nodes = new NodeProcess[3];
        Vertx vertx = Vertx.vertx();
        List<ResumingClient> people = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) nodes[i] = node(db, http[i], cluster[i], members).start();
            for (NodeProcess n : nodes) n.awaitReady(START);

            JsonObject created = TestServer.await(WebClient.create(vertx).post(http[0], "localhost", "/api/sessions")
                    .sendJsonObject(new JsonObject().put("format", "open").put("title", "Overname"))).bodyAsJsonObject();
            String code = created.getString("code");
            String facilitatorToken = created.getString("facilitatorToken");
            try (LiveClient f = LiveClient.connect(vertx, http[1])) {
                f.attach(code, facilitatorToken, 0);
                f.ack("step.goto", new JsonObject().put("index", 0));
                f.ack("timer.start", new JsonObject().put("seconds", 600));
            }
            long deadline = Workshop.timer(vertx, http[2], code, facilitatorToken).getLong("deadline");

            for (int i = 0; i < 12; i++) {
                List<Integer> order = List.of(http[i % 3], http[(i + 1) % 3], http[(i + 2) % 3]);
                ResumingClient c = new ResumingClient(vertx, order, code, "Deelnemer" + i);
                c.join();
                people.add(c);
            }
            Map<String, CompletableFuture<JsonObject>> sent = new HashMap<>();
            send(people, sent, "voor");
            acked(sent, 30);

            // --- kill -9 the owner mid-stream -------------------------------------------------
            int owner = owner(nodes, -1);
            long killed = System.nanoTime();
            nodes[owner].kill9();
            Map<String, CompletableFuture<JsonObject>> during = new HashMap<>();
            send(people, during, "tijdens");
            List<Long> ackedAfter = new ArrayList<>();
            for (CompletableFuture<JsonObject> f : during.values()) {
                f.get(40, TimeUnit.SECONDS);
                ackedAfter.add(System.nanoTime());
            }
            double takeover = (ackedAfter.stream().mapToLong(t -> t).max().orElseThrow() - killed) / 1e9;
            LOG.info(String.format("after kill -9 of the owner, every note sent meanwhile was acknowledged within %.1f s", takeover));
            acked(during, 1);
            sent.putAll(during);
            int newOwner = owner(nodes, owner);
            assertTrue(takeover < 15, "taken over in " + takeover + " s");
            int lost = Workshop.missingOrDoubled(vertx, http[newOwner], code, facilitatorToken, sent.keySet());
            assertEquals(0, lost, "acknowledged notes lost or doubled after the kill");
            assertTrue(people.stream().anyMatch(c -> c.reconnects() > 0), "the killed node's clients reconnected by themselves");
            long after = Workshop.timer(vertx, http[newOwner], code, facilitatorToken).getLong("deadline");
            assertTrue(Math.abs(after - deadline) <= 1000, "the timer kept its deadline: " + deadline + " then " + after);

            // --- the killed node comes back and rejoins ------------------------------------------
            nodes[owner] = node(db, http[owner], cluster[owner], members).start().awaitReady(START);

            // --- SIGSTOP the owner past its lease, SIGCONT it: its write is refused ---------------
            LiveClient stale = LiveClient.connect(vertx, http[newOwner]);
            stale.attach(code, facilitatorToken, 0);
            nodes[newOwner].signal("STOP");
            long stopped = System.nanoTime();
            Map<String, CompletableFuture<JsonObject>> paused = new HashMap<>();
            // Clients on the paused node wait with it (their sockets stay open); the others carry on.
            List<ResumingClient> elsewhere = people.stream().filter(c -> c.port() != http[newOwner]).toList();
            assertTrue(elsewhere.size() >= 4, "clients on the other nodes: " + elsewhere.size());
            send(elsewhere, paused, "pauze");
            for (CompletableFuture<JsonObject> f : paused.values()) f.get(40, TimeUnit.SECONDS);
            LOG.info(String.format("with the owner paused, notes were acknowledged again after %.1f s", (System.nanoTime() - stopped) / 1e9));
            acked(paused, 1);
            sent.putAll(paused);
            int third = owner(nodes, newOwner);
            String staleId = stale.send(new JsonObject().put("type", "note.add").put("board", "plenary").put("column", "ideas")
                    .put("text", "van de wakker geworden eigenaar"));
            nodes[newOwner].signal("CONT");
            JsonObject staleAnswer = stale.reply(staleId);
            LOG.info("the woken owner's command was answered " + staleAnswer.encode());
            Await.until("the woken owner's write is refused", Duration.ofSeconds(30),
                    () -> nodes[newOwner].logText().contains("was claimed by another node"));
            stale.close();

            assertEquals(0, Workshop.missingOrDoubled(vertx, http[third], code, facilitatorToken, sent.keySet()),
                    "acknowledged notes lost or doubled after the pause");
            try (Connection c = pg.connect(db);
                 PreparedStatement st = c.prepareStatement("SELECT count(*) FROM (SELECT principal, command_id FROM events "
                         + "WHERE session = ? AND command_id IS NOT NULL GROUP BY principal, command_id HAVING count(*) > 1) d")) {
                st.setString(1, code);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), "no command is journalled twice");
                }
            }
        } finally {
            people.forEach(ResumingClient::stop);
            for (NodeProcess n : nodes) if (n != null) n.close();
            TestServer.await(vertx.close());
        }
    }

    private NodeProcess node(String db, int http, int cluster, String members) {
        return new NodeProcess(dir, http, TestPostgres.PASSWORD, List.of("--storage=postgres", "--pgUrl=" + pg.url(db),
                "--pgUser=" + TestPostgres.USER, "--cluster", "--clusterPort=" + cluster, "--clusterMembers=" + members));
    }

    private static void send(List<ResumingClient> people, Map<String, CompletableFuture<JsonObject>> into, String phase) {
        for (int i = 0; i < people.size(); i++) {
            for (int k = 0; k < 2; k++) {
                String text = phase + " " + i + "." + k;
                into.put(text, people.get(i).send("note.add", new JsonObject().put("board", "plenary").put("column", "ideas").put("text", text)));
            }
        }
    }

    private static void acked(Map<String, CompletableFuture<JsonObject>> sent, int seconds) throws Exception {
        for (Map.Entry<String, CompletableFuture<JsonObject>> e : sent.entrySet()) {
            JsonObject answer = e.getValue().get(seconds, TimeUnit.SECONDS);
            assertEquals("ack", answer.getString("type"), e.getKey() + ": " + answer.encode());
        }
    }

    /** The one node (other than {@code not}) whose metrics show the session in memory. */
    private static int owner(NodeProcess[] nodes, int not) {
        int[] found = {-1};
        Await.until("one node owns the session", Duration.ofSeconds(30), () -> {
            List<Integer> owners = IntStream.range(0, nodes.length).filter(i -> i != not && nodes[i].liveSessions() == 1).boxed().toList();
            if (owners.size() != 1) return false;
            found[0] = owners.get(0);
            return true;
        });
        return found[0];
    }
}
