package nl.samenspel.testing;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A private PostgreSQL server: Debian's binaries, a data folder in a temporary directory and a
 * free loopback port. PostgreSQL refuses to run as root, so under root it runs as the
 * {@code postgres} user. The tests of a JVM share one ({@link #shared()}), started on first use
 * and removed when the JVM ends; each test asks for a database of its own, so tests never see
 * each other's rows. The load benchmark (bench/, through this module's test jar) starts a
 * {@link #durable()} one, whose commits are as safe as in production.
 */
public final class TestPostgres implements AutoCloseable {

    public static final String USER = "samenspel";
    public static final String PASSWORD = "test-pw-" + ProcessHandle.current().pid();

    private static TestPostgres shared;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path bin;
    private final Path dir;
    private final Path data;
    public final int port;
    private final boolean asRoot = "root".equals(System.getProperty("user.name"));
    private final boolean durable;

    private TestPostgres(Path bin, Path dir, int port, boolean durable) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        this.durable = durable;
    }

    /** The JVM's one server for tests, started on first use. */
    public static synchronized TestPostgres shared() {
        if (shared == null) {
            shared = create(false);
            TestPostgres stopping = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(stopping::close));
        }
        return shared;
    }

    /** A server of its own that syncs every commit to disk, as in production, for measuring; {@link #close()} it. */
    public static TestPostgres durable() {
        return create(true);
    }

    private static TestPostgres create(boolean durable) {
        Path bin = binaries();
        try {
            Path dir = Files.createTempDirectory("samenspel-pg");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            TestPostgres pg = new TestPostgres(bin, dir, port, durable);
            pg.init();
            pg.start();
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest installed PostgreSQL; the tests need one (.ci/run installs Debian's {@code postgresql}). */
    private static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException(
                            "no PostgreSQL under /usr/lib/postgresql: install Debian's postgresql package (.ci/run does)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void init() throws IOException {
        Path pw = dir.resolve("pw");
        Files.writeString(pw, PASSWORD + "\n");
        if (asRoot) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
            Files.setOwner(pw, postgres);
        }
        List<String> initdb = new ArrayList<>(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER,
                "--pwfile=" + pw, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C"));
        if (!durable) initdb.add("--no-sync");
        run(initdb.toArray(String[]::new));
        // Loopback only, no unix socket; for tests fsync is off, as their databases need no power-loss safety.
        Files.writeString(data.resolve("postgresql.conf"), Files.readString(data.resolve("postgresql.conf"))
                + "\nlisten_addresses = '127.0.0.1'\nport = " + port + "\nunix_socket_directories = ''\nmax_connections = 200\n"
                + (durable ? "" : "fsync = off\nfull_page_writes = off\nshared_buffers = 32MB\n"));
    }

    /** Starts (or restarts after {@link #stop()}) the server, waiting until it accepts connections. */
    public void start() {
        run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "start");
    }

    /** Stops the server at once (as if it crashed), keeping its data: for outage tests. */
    public void stop() {
        run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
    }

    /** Stops the server and removes its folder. */
    @Override
    public void close() {
        try {
            stop();
        } catch (RuntimeException ignored) {
            // Already stopped.
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is no failure.
        }
    }

    private void run(String... command) {
        List<String> line = new ArrayList<>();
        if (asRoot) line.addAll(List.of("runuser", "-u", "postgres", "--"));
        line.addAll(List.of(command));
        try {
            Path out = Files.createTempFile("samenspel-pg-cmd", ".log");
            Process p = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + line);
            }
            String output = Files.readString(out);
            Files.deleteIfExists(out);
            if (p.exitValue() != 0) throw new IllegalStateException(line + " failed (" + p.exitValue() + "):\n" + output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String url(String database) {
        return "postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A new, empty database; its name is unique in this JVM. */
    public String createDatabase() {
        String name = "t" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, PASSWORD);
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    /** The server settings for a store in a new database of this server. */
    public JsonObject settings() {
        return settings(createDatabase());
    }

    public JsonObject settings(String database) {
        return new JsonObject().put("storage", "postgres").put("pgUrl", url(database))
                .put("pgUser", USER).put("pgPassword", PASSWORD);
    }

    /** A connection to a database of this server, for tests that look at or change rows directly. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, USER, PASSWORD);
    }
}
