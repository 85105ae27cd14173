package nl.samenspel.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.testing.TestPostgres;

/**
 * The server under test, as its own process (so its CPU, heap and resident memory are its
 * own): started from the jar on a fresh data folder, read through /proc and jcmd.
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)([KMG])");
    private static final long TICKS_PER_SECOND = 100;

    private static final Pattern PAUSE = Pattern.compile("Pause.* (\\d+(?:\\.\\d+)?)ms$");

    private final String name;
    private final Path gcLog;
    private int gcLinesSeen;
    private final Process process;
    private final int port;
    private final long coldStartMs;
    /** The other nodes when this is the first of a cluster: every figure below is the cluster's sum. */
    private List<ServerProcess> others = List.of();

    private ServerProcess(String name, Process process, int port, long coldStartMs, Path gcLog) {
        this.name = name;
        this.gcLog = gcLog;
        this.process = process;
        this.port = port;
        this.coldStartMs = coldStartMs;
    }

    /** Samenspel: the server jar on a fresh data folder, with extra settings (a PostgreSQL store, a cluster). */
    static ServerProcess samenspel(String name, Path jar, int port, Path dataDir, List<String> jvmArgs, List<String> settings)
            throws Exception {
        List<String> command = new ArrayList<>(jvmArgs);
        command.addAll(List.of("-jar", jar.toString(), "--port=" + port, "--dataDir=" + dataDir,
                "--publicUrl=http://localhost:" + port, "--commandsPerSecond=50", "--commandBurst=100"));
        command.addAll(settings);
        return start(name, command, port, dataDir);
    }

    /** A cluster measured as one server: the first node stands for all, its figures are the sums over all nodes. */
    static ServerProcess cluster(List<ServerProcess> nodes) {
        ServerProcess first = nodes.get(0);
        first.others = List.copyOf(nodes.subList(1, nodes.size()));
        return first;
    }

    /** Every node's HTTP port (just this one's on a single node). */
    int[] ports() {
        int[] all = new int[others.size() + 1];
        all[0] = port;
        for (int i = 0; i < others.size(); i++) all[i + 1] = others.get(i).port;
        return all;
    }

    /** The relay floor ({@link Relay}) from the bench jar, with the same JVM flags; durable: with its journal in {@code dir}. */
    static ServerProcess relay(Path benchJar, int port, Path dir, List<String> jvmArgs, boolean durable) throws Exception {
        List<String> command = new ArrayList<>(jvmArgs);
        command.addAll(List.of("-cp", benchJar.toString(), Relay.class.getName(), "--port=" + port));
        if (durable) command.add("--journal=" + dir.resolve("journal.log"));
        return start(durable ? "durable" : "relay", command, port, dir);
    }

    /** Starts the process and waits until /health answers 200; the time that takes is the cold start. */
    private static ServerProcess start(String name, List<String> args, int port, Path dir) throws Exception {
        Path gcLog = dir.resolve("gc.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Every pause in a file, so a measuring window can count its own (see gcPauses).
        command.add("-Xlog:gc:file=" + gcLog + ":uptime");
        command.addAll(args);
        long started = System.nanoTime();
        Path output = dir.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        // The bench's PostgreSQL password goes by environment, never on the command line.
        builder.environment().put("SAMENSPEL_PG_PASSWORD", TestPostgres.PASSWORD);
        Process process = builder.start();
        ServerProcess server = null;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build();
        // A cluster node under heavy shared load can take minutes to join: --startSeconds (bench option, via a property).
        long deadline = started + Duration.ofSeconds(Long.getLong("samenspel.bench.startSeconds", 180)).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    server = new ServerProcess(name, process, port, (System.nanoTime() - started) / 1_000_000, gcLog);
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet: poll again (the cold start is the time until it answers)
            }
            Thread.sleep(10);
        }
        if (server == null) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " did not start in time: " + Files.readString(output));
        }
        return server;
    }

    String name() {
        return name;
    }

    /**
     * The stop-the-world pauses (ms) logged since the previous call: G1's young, mixed and full
     * pauses and their remark/cleanup phases, ZGC's short pauses alike.
     */
    List<Double> gcPauses() throws IOException {
        List<Double> all = new ArrayList<>(ownGcPauses());
        for (ServerProcess o : others) all.addAll(o.ownGcPauses());
        return all;
    }

    private List<Double> ownGcPauses() throws IOException {
        List<String> lines = Files.exists(gcLog) ? Files.readAllLines(gcLog) : List.of();
        List<Double> pauses = new ArrayList<>();
        for (int i = gcLinesSeen; i < lines.size(); i++) {
            Matcher m = PAUSE.matcher(lines.get(i));
            // The full collections the bench itself asks for (jcmd GC.run) are not the server's.
            if (m.find() && !lines.get(i).contains("System.gc()")) pauses.add(Double.parseDouble(m.group(1)));
        }
        gcLinesSeen = lines.size();
        return pauses;
    }

    int port() {
        return port;
    }

    long coldStartMs() {
        return Math.max(coldStartMs, others.stream().mapToLong(ServerProcess::coldStartMs).max().orElse(0));
    }

    long pid() {
        return process.pid();
    }

    /** User + system CPU time the process has used, in milliseconds (/proc/pid/stat). */
    long cpuMillis() throws IOException {
        long sum = ownCpuMillis();
        for (ServerProcess o : others) sum += o.ownCpuMillis();
        return sum;
    }

    private long ownCpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** Resident memory in KiB (/proc/pid/status, VmRSS): heap and Netty's off-heap buffers alike. */
    long residentKiB() throws IOException {
        long sum = ownResidentKiB();
        for (ServerProcess o : others) sum += o.ownResidentKiB();
        return sum;
    }

    private long ownResidentKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D+", ""));
        }
        throw new IOException("no VmRSS for " + pid());
    }

    /** Heap in use right after a full garbage collection, in KiB (jcmd GC.run, then GC.heap_info). */
    long heapAfterGcKiB() throws Exception {
        long sum = ownHeapAfterGcKiB();
        for (ServerProcess o : others) sum += o.ownHeapAfterGcKiB();
        return sum;
    }

    private long ownHeapAfterGcKiB() throws Exception {
        jcmd("GC.run");
        Matcher m = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!m.find()) throw new IllegalStateException("cannot read the heap");
        // G1 reports the heap in K, ZGC in M.
        return Long.parseLong(m.group(1)) << switch (m.group(2)) {
            case "G" -> 20;
            case "M" -> 10;
            default -> 0;
        };
    }

    private String jcmd(String what) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid()), what).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** kill -9 of this one node (the takeover measurement). */
    void kill9() throws InterruptedException {
        process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    List<ServerProcess> nodes() {
        List<ServerProcess> all = new ArrayList<>();
        all.add(this);
        all.addAll(others);
        return all;
    }

    @Override
    public void close() {
        others.forEach(ServerProcess::close);
        process.destroy();
        try {
            if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(10), java.util.concurrent.TimeUnit.MILLISECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
