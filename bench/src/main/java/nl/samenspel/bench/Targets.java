package nl.samenspel.bench;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.testing.TestPostgres;

/** Starts the server under test for a target name, each time on a fresh data folder (and, for PostgreSQL, a fresh database). */
final class Targets {

    private final Options options;
    private final Path jar;
    private TestPostgres postgres;

    Targets(Options options) {
        this.options = options;
        this.jar = Path.of(options.get("server", "server/target/samenspel.jar"));
    }

    Path jar() {
        return jar;
    }

    /** @param settings extra server settings (the relay has none to take) */
    ServerProcess start(String target, List<String> settings) throws Exception {
        Path dir = Files.createTempDirectory("samenspel-bench-");
        return switch (target) {
            case "relay" -> ServerProcess.relay(benchJar(), freePort(), dir, options.jvm(), false);
            case "durable" -> ServerProcess.relay(benchJar(), freePort(), dir, options.jvm(), true);
            case "postgres" -> ServerProcess.samenspel("postgres", jar, freePort(), dir, options.jvm(), join(newDatabase(), settings));
            case "cluster" -> cluster(dir, settings);
            default -> ServerProcess.samenspel("samenspel", jar, freePort(), dir, options.jvm(), settings);
        };
    }

    private static List<String> join(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** One private PostgreSQL for the whole bench, durable as in production, started when a target first needs it. */
    private TestPostgres postgres() {
        if (postgres == null) postgres = TestPostgres.durable();
        return postgres;
    }

    /** A new, empty database of the bench's PostgreSQL: the server's settings for it (the password goes by environment). */
    private List<String> newDatabase() {
        String name = postgres().createDatabase();
        return List.of("--storage=postgres", "--pgUrl=" + postgres().url(name), "--pgUser=" + TestPostgres.USER);
    }

    /** {@code --nodes} Samenspel nodes on loopback, one PostgreSQL database, a Hazelcast cluster. */
    private ServerProcess cluster(Path dir, List<String> extra) throws Exception {
        int n = options.integer("nodes", "3");
        List<String> database = newDatabase();
        List<Integer> clusterPorts = new ArrayList<>();
        for (int i = 0; i < n; i++) clusterPorts.add(freePort());
        String members = String.join(",", clusterPorts.stream().map(p -> "127.0.0.1:" + p).toList());
        List<ServerProcess> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                List<String> settings = join(database, extra);
                settings.addAll(List.of("--cluster", "--clusterPort=" + clusterPorts.get(i), "--clusterMembers=" + members));
                Path nodeDir = Files.createDirectories(dir.resolve("node" + i));
                nodes.add(ServerProcess.samenspel("cluster", jar, freePort(), nodeDir, options.jvm(), settings));
            }
        } catch (Exception e) {
            nodes.forEach(ServerProcess::close);
            throw e;
        }
        return ServerProcess.cluster(nodes);
    }

    void closePostgres() {
        if (postgres != null) postgres.close();
    }

    static Path benchJar() throws Exception {
        return Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
