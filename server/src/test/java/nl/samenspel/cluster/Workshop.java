package nl.samenspel.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/**
 * A workshop on a cluster of server processes sharing one PostgreSQL database: the nodes, one
 * session with a running step timer, participants spread over the nodes (each reaching the
 * others when its node goes, as through a load balancer), and the notes they had acknowledged.
 */
final class Workshop implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Workshop.class.getName());
    static final Duration START = Duration.ofSeconds(180);

    final TestPostgres pg = TestPostgres.shared();
    final String db = pg.createDatabase();
    final Path dir;
    final int[] http;
    final int[] cluster;
    final String members;
    final NodeProcess[] nodes;
    final Vertx vertx = Vertx.vertx();
    final List<ResumingClient> people = new ArrayList<>();
    /** Every note a participant sent and had acknowledged, by its text. */
    final Map<String, CompletableFuture<JsonObject>> acknowledged = new HashMap<>();
    String code;
    String facilitatorToken;
    long deadline;

    Workshop(Path dir, int size) {
        this.dir = dir;
        this.http = IntStream.range(0, size).map(i -> TestServer.freePort()).toArray();
        this.cluster = IntStream.range(0, size).map(i -> TestServer.freePort()).toArray();
        this.members = IntStream.of(cluster).mapToObj(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        this.nodes = new NodeProcess[size];
    }

    NodeProcess node(int i) {
        return new NodeProcess(dir, http[i], TestPostgres.PASSWORD, List.of("--storage=postgres", "--pgUrl=" + pg.url(db),
                "--pgUser=" + TestPostgres.USER, "--cluster", "--clusterPort=" + cluster[i], "--clusterMembers=" + members));
    }

    /** Starts every node and waits until all are ready. */
    Workshop start() {
        for (int i = 0; i < nodes.length; i++) nodes[i] = node(i).start();
        for (NodeProcess n : nodes) n.awaitReady(START);
        return this;
    }

    /** Starts node {@code i} again (after it was killed or stopped) and waits until it is ready. */
    void restart(int i) {
        nodes[i] = node(i).start().awaitReady(START);
    }

    /**
     * Creates the session through node {@code via}, whose facilitator then starts a 10-minute
     * step timer there (so that node owns it), and has {@code count} participants join, spread
     * over the nodes.
     */
    void open(int via, int count) {
        JsonObject created = TestServer.await(WebClient.create(vertx).post(http[via], "localhost", "/api/sessions")
                .sendJsonObject(new JsonObject().put("format", "open").put("title", "Overname"))).bodyAsJsonObject();
        code = created.getString("code");
        facilitatorToken = created.getString("facilitatorToken");
        try (LiveClient f = LiveClient.connect(vertx, http[via])) {
            f.attach(code, facilitatorToken, 0);
            f.ack("step.goto", new JsonObject().put("index", 0));
            f.ack("timer.start", new JsonObject().put("seconds", 600));
        }
        deadline = timer(via).getLong("deadline");
        for (int i = 0; i < count; i++) {
            int first = i;
            List<Integer> order = IntStream.range(0, nodes.length).mapToObj(k -> http[(first + k) % nodes.length]).toList();
            ResumingClient c = new ResumingClient(vertx, order, code, "Deelnemer" + i);
            c.join();
            people.add(c);
        }
    }

    /** Two notes from each of {@code who}, texts starting with {@code phase}; their answers are not awaited. */
    static Map<String, CompletableFuture<JsonObject>> send(List<ResumingClient> who, String phase) {
        Map<String, CompletableFuture<JsonObject>> sent = new HashMap<>();
        for (int i = 0; i < who.size(); i++) {
            for (int k = 0; k < 2; k++) {
                String text = phase + " " + i + "." + k;
                sent.put(text, who.get(i).send("note.add", new JsonObject().put("board", "plenary").put("column", "ideas").put("text", text)));
            }
        }
        return sent;
    }

    /** Waits for every answer (each at most {@code seconds}), asserts each is an ack, and remembers them. */
    void acked(Map<String, CompletableFuture<JsonObject>> sent, int seconds) throws Exception {
        for (Map.Entry<String, CompletableFuture<JsonObject>> e : sent.entrySet()) {
            JsonObject answer = e.getValue().get(seconds, TimeUnit.SECONDS);
            assertEquals("ack", answer.getString("type"), e.getKey() + ": " + answer.encode());
        }
        acknowledged.putAll(sent);
    }

    /**
     * Waits (up to {@code seconds}) for every answer and returns the seconds from {@code since}
     * (a {@link System#nanoTime()}) until the last one came.
     */
    static double answeredWithin(Map<String, CompletableFuture<JsonObject>> sent, long since, int seconds) throws Exception {
        long last = since;
        for (CompletableFuture<JsonObject> f : sent.values()) {
            f.get(seconds, TimeUnit.SECONDS);
            last = Math.max(last, System.nanoTime());
        }
        return (last - since) / 1e9;
    }

    /** The one node (other than {@code not}) whose metrics show the session in memory. */
    int owner(int not) {
        int[] found = {-1};
        Await.until("one node owns the session", Duration.ofSeconds(60), () -> {
            List<Integer> owners = IntStream.range(0, nodes.length)
                    .filter(i -> i != not && nodes[i] != null && nodes[i].alive() && nodes[i].liveSessions() == 1).boxed().toList();
            if (owners.size() != 1) return false;
            found[0] = owners.get(0);
            return true;
        });
        return found[0];
    }

    JsonObject timer(int via) {
        return timer(vertx, http[via], code, facilitatorToken);
    }

    /** Any session's timer as its facilitator sees it, read through the node at {@code port}. */
    static JsonObject timer(Vertx vertx, int port, String code, String token) {
        try (LiveClient f = LiveClient.connect(vertx, port)) {
            return f.attach(code, token, 0).getJsonObject("snapshot").getJsonObject("timer");
        }
    }

    /** How many acknowledged notes are missing from the session (read through node {@code via}), plus how many appear twice. */
    int missingOrDoubled(int via) {
        return missingOrDoubled(vertx, http[via], code, facilitatorToken, acknowledged.keySet());
    }

    /** As {@link #missingOrDoubled(int)}, for any session, read through the node at {@code port}. */
    static int missingOrDoubled(Vertx vertx, int port, String code, String token, Set<String> acked) {
        try (LiveClient f = LiveClient.connect(vertx, port)) {
            List<String> texts = f.attach(code, token, 0).getJsonObject("snapshot").getJsonArray("boards").getJsonObject(0)
                    .getJsonArray("notes").stream().map(n -> ((JsonObject) n).getString("text")).toList();
            long missing = acked.stream().filter(t -> !texts.contains(t)).count();
            long doubled = texts.size() - texts.stream().distinct().count();
            LOG.info("notes in the session: " + texts.size() + ", acknowledged: " + acked.size() + ", missing: " + missing + ", doubled: " + doubled);
            return (int) (missing + doubled);
        }
    }

    /** The participants whose client is connected (or connecting) to node {@code i}. */
    List<ResumingClient> on(int i) {
        return people.stream().filter(c -> c.port() == http[i]).toList();
    }

    @Override
    public void close() {
        people.forEach(ResumingClient::stop);
        for (NodeProcess n : nodes) if (n != null) n.close();
        // The nodes' logs outlive the temporary folder, for a failure's post-mortem.
        try {
            Path logs = java.nio.file.Files.createDirectories(Path.of("target", "cluster-logs", dir.getFileName().toString()));
            try (var files = java.nio.file.Files.list(dir)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                    java.nio.file.Files.copy(f, logs.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (java.io.IOException ignored) {
            // Only a post-mortem aid.
        }
        TestServer.await(vertx.close());
    }
}
