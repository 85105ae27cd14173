package nl.samenspel.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The held-connections ramp: idle participants who only heartbeat (a ping every 15 s, as the
 * web client does), added in steps until {@code --idleMax}; after each step the server's
 * resident memory and heap after a full GC, per connection. A process may hold at most 20,000
 * file descriptors on this machine, so the client side runs as worker processes of
 * {@code --idlePerWorker} connections each, driven over their stdin and stdout.
 */
final class IdleRamp {

    private IdleRamp() {
    }

    static JsonObject run(Bench bench, String target) throws Exception {
        int max = bench.options().integer("idleMax", "19000");
        int step = bench.options().integer("idleStep", "2000");
        int perSession = bench.options().integer("idlePerSession", "100");
        int perWorker = bench.options().integer("idlePerWorker", "5000");
        List<Worker> workers = new ArrayList<>();
        try (ServerProcess server = bench.start(target)) {
            try {
                return ramp(server, workers, max, step, perSession, perWorker);
            } finally {
                // The clients go before the server, so none of them sees its connections reset.
                workers.forEach(Worker::close);
            }
        }
    }

    private static JsonObject ramp(ServerProcess server, List<Worker> workers, int max, int step, int perSession, int perWorker)
            throws Exception {
        {
            long baseRss = server.residentKiB();
            long baseHeap = server.heapAfterGcKiB();
            for (int i = 0; i < (max + perWorker - 1) / perWorker; i++) workers.add(new Worker(server.port()));
            HttpClient http = HttpClient.newHttpClient();
            JsonArray steps = new JsonArray();
            int held = 0;
            String stoppedBy = "maximum reached";
            JsonObject last = new JsonObject();
            while (held < max) {
                int goal = Math.min(max, held + step);
                long t0 = System.nanoTime();
                List<Worker> asked = new ArrayList<>();
                while (held < goal) {
                    int n = Math.min(perSession, goal - held);
                    String code = new JsonObject(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/sessions"))
                            .header("content-type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("format", "open").put("title", "Idle").encode())).build(),
                            HttpResponse.BodyHandlers.ofString()).body()).getString("code");
                    Worker w = workers.get(held / perWorker);
                    w.ask("join " + code + " " + n);
                    asked.add(w);
                    held += n;
                }
                int failed = 0;
                int holding = 0;
                for (Worker w : asked) failed += w.answer();
                for (Worker w : workers) holding += w.status();
                long joinMs = (System.nanoTime() - t0) / 1_000_000;
                // Idle for a while (heartbeats only), then measure.
                long cpu0 = server.cpuMillis();
                Bench.waitSeconds(5);
                double idleCpu = (server.cpuMillis() - cpu0) / 5000.0;
                long rss = server.residentKiB();
                long heap = server.heapAfterGcKiB();
                last = new JsonObject().put("connections", holding).put("failed", failed).put("joinMs", joinMs)
                        .put("serverRssMiB", rss / 1024.0).put("rssPerConnectionKiB", (rss - baseRss) / (double) holding)
                        .put("heapPerConnectionKiB", (heap - baseHeap) / (double) holding).put("idleCpuCores", idleCpu);
                steps.add(last);
                System.out.println("  " + last.encode());
                if (failed > 0 || holding < held) {
                    stoppedBy = failed + " joins failed, " + (held - holding) + " connections lost";
                    break;
                }
            }
            return new JsonObject().put("held", last.getInteger("connections", 0)).put("stoppedBy", stoppedBy)
                    .put("rssPerConnectionKiB", last.getDouble("rssPerConnectionKiB", 0.0))
                    .put("heapPerConnectionKiB", last.getDouble("heapPerConnectionKiB", 0.0))
                    .put("serverRssMiB", last.getDouble("serverRssMiB", 0.0))
                    .put("idleCpuCores", last.getDouble("idleCpuCores", 0.0)).put("steps", steps);
        }
    }

    /** One worker process, asked line by line. */
    private static final class Worker {
        private final Process process;
        private final PrintStream in;
        private final BufferedReader out;
        private int asked;

        Worker(int port) throws Exception {
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss256k",
                    "-cp", Targets.benchJar().toString(), Bench.class.getName(), "--idleWorker", "--port=" + port)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        void ask(String line) {
            in.println(line);
            asked++;
        }

        /** Waits for the answers to every question asked so far; returns the joins that failed. */
        int answer() throws Exception {
            int failed = 0;
            while (asked > 0) {
                String line = out.readLine();
                if (line == null) throw new IllegalStateException("an idle worker ended");
                if (line.startsWith("joined ")) {
                    failed += Integer.parseInt(line.split(" ")[2]);
                    asked--;
                }
            }
            return failed;
        }

        /** How many of its connections are open now. */
        int status() throws Exception {
            in.println("status");
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("holding ")) {
                // other output: skip
            }
            if (line == null) throw new IllegalStateException("an idle worker ended");
            return Integer.parseInt(line.substring("holding ".length()).trim());
        }

        void close() {
            in.close();
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) process.destroy();
            } catch (InterruptedException e) {
                process.destroy();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The worker process: {@code join CODE N} → {@code joined N FAILED}; {@code status} → {@code holding N}. */
    static void worker(String[] args) throws Exception {
        int port = 0;
        for (String a : args) if (a.startsWith("--port=")) port = Integer.parseInt(a.substring("--port=".length()));
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        WebSocketClient ws = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(20_000).setConnectTimeout(60_000));
        AtomicInteger open = new AtomicInteger();
        Random random = new Random(port);
        BufferedReader lines = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        int p = port;
        while ((line = lines.readLine()) != null) {
            String[] w = line.trim().split(" ");
            if (w[0].equals("status")) {
                System.out.println("holding " + open.get());
            } else if (w[0].equals("join")) {
                int n = Integer.parseInt(w[2]);
                List<Future<Void>> joins = new ArrayList<>();
                for (int i = 0; i < n; i++) joins.add(idle(vertx, ws, p, w[1], "Stil" + i, open, random));
                Future.join(joins).await();
                long failed = joins.stream().filter(Future::failed).count();
                if (failed > 0) System.err.println("idle worker: " + joins.stream().filter(Future::failed).findFirst().get().cause());
                System.out.println("joined " + n + " " + failed);
            }
        }
        vertx.close().await();
        System.exit(0);
    }

    private static Future<Void> idle(Vertx vertx, WebSocketClient ws, int port, String code, String name, AtomicInteger open, Random random) {
        Promise<Void> welcomed = Promise.promise();
        ws.connect(port, "localhost", "/live").onSuccess(s -> {
            open.incrementAndGet();
            s.closeHandler(v -> open.decrementAndGet());
            s.textMessageHandler(text -> {
                if (!welcomed.future().isComplete() && text.contains("\"welcome\"")) {
                    welcomed.complete();
                    heartbeat(vertx, s, random);
                } else if (!welcomed.future().isComplete() && text.contains("\"error\"")) {
                    welcomed.fail(text);
                }
            });
            s.writeTextMessage(new JsonObject().put("type", "join").put("id", "j").put("code", code).put("name", name).encode());
        }).onFailure(welcomed::fail);
        return welcomed.future();
    }

    private static void heartbeat(Vertx vertx, WebSocket s, Random random) {
        vertx.setPeriodic(1 + random.nextInt(15_000), 15_000, id -> {
            if (s.isClosed()) vertx.cancelTimer(id);
            else s.writeTextMessage("{\"type\":\"ping\",\"t\":" + System.currentTimeMillis() + "}");
        });
    }
}
