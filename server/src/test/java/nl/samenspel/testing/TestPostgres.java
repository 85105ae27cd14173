package nl.samenspel.testing;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * A private PostgreSQL server for the tests of this JVM: Debian's binaries, a data folder in a
 * temporary directory and a free loopback port, started on first use and removed when the JVM
 * ends. PostgreSQL refuses to run as root, so under root it runs as the {@code postgres} user.
 * Each test asks for a database of its own, so tests never see each other's rows.
 */
public final class TestPostgres {

    public static final String USER = "samenspel";
    public static final String PASSWORD = "test-pw-" + ProcessHandle.current().pid();

    private static TestPostgres shared;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path bin;
    private final Path dir;
    private final Path data;
    public final int port;
    private final boolean asRoot = "root".equals(System.getProperty("user.name"));

    private TestPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
    }

    /** The JVM's one server, started on first use. */
    public static synchronized TestPostgres shared() {
        if (shared == null) {
            shared = create();
            TestPostgres stopping = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(stopping::destroy));
        }
        return shared;
    }

    private static TestPostgres create() {
        Path bin = binaries();
        try {
            Path dir = Files.createTempDirectory("samenspel-pg");
            TestPostgres pg = new TestPostgres(bin, dir, TestServer.freePort());
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
        run(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--pwfile=" + pw,
                "--auth=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync");
        // Loopback only, no unix socket; fsync off because a test's database needs no power-loss safety.
        Files.writeString(data.resolve("postgresql.conf"), Files.readString(data.resolve("postgresql.conf"))
                + "\nlisten_addresses = '127.0.0.1'\nport = " + port + "\nunix_socket_directories = ''\n"
                + "fsync = off\nfull_page_writes = off\nmax_connections = 200\nshared_buffers = 32MB\n");
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

    private void destroy() {
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
