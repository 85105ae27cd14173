package nl.samenspel.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A private PostgreSQL for the PostgreSQL and cluster targets: Debian's binaries, a data folder
 * in a temporary directory, a free port on loopback only, durable commits as in production
 * (fsync on). Under root it runs as the {@code postgres} user, which PostgreSQL requires.
 * Each run gets a fresh database; the server is stopped and removed when the bench ends.
 */
final class BenchPostgres implements AutoCloseable {

    static final String USER = "samenspel";
    static final String PASSWORD = "bench-" + ProcessHandle.current().pid();

    private final Path bin;
    private final Path dir;
    private final Path data;
    final int port;
    private final boolean asRoot = "root".equals(System.getProperty("user.name"));
    private final AtomicInteger databases = new AtomicInteger();

    BenchPostgres() throws Exception {
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
            bin = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL under /usr/lib/postgresql: install Debian's postgresql"));
        }
        dir = Files.createTempDirectory("samenspel-bench-pg");
        data = dir.resolve("data");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path pw = dir.resolve("pw");
        Files.writeString(pw, PASSWORD + "\n");
        if (asRoot) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
            Files.setOwner(pw, postgres);
        }
        run(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--pwfile=" + pw,
                "--auth=scram-sha-256", "-E", "UTF8", "--locale=C");
        Files.writeString(data.resolve("postgresql.conf"), Files.readString(data.resolve("postgresql.conf"))
                + "\nlisten_addresses = '127.0.0.1'\nport = " + port + "\nunix_socket_directories = ''\nmax_connections = 200\n");
        run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "start");
    }

    /** A new, empty database; the server's settings for it. */
    List<String> newDatabase() {
        String name = "bench" + databases.incrementAndGet();
        run(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER, name);
        return List.of("--storage=postgres", "--pgUrl=postgresql://127.0.0.1:" + port + "/" + name, "--pgUser=" + USER);
    }

    private void run(String... command) {
        List<String> line = new ArrayList<>();
        if (asRoot) line.addAll(List.of("runuser", "-u", "postgres", "--"));
        line.addAll(List.of(command));
        try {
            ProcessBuilder b = new ProcessBuilder(line).redirectErrorStream(true);
            b.environment().put("PGPASSWORD", PASSWORD);
            Process p = b.start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException(line + " failed:\n" + output);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop");
        } catch (RuntimeException ignored) {
            // Already stopped.
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is no failure.
        }
    }
}
