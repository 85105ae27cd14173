package nl.samenspel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Samenspel server in a process of its own (the test JVM's classpath, {@code nl.samenspel.Main}),
 * so a test can kill it with SIGKILL or pause it with SIGSTOP as an operating system would.
 */
public final class NodeProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public final int port;
    public final Path log;
    private final List<String> command;
    private final String password;
    private Process process;

    public NodeProcess(Path dir, int port, String password, List<String> settings) {
        this.port = port;
        this.log = dir.resolve("node-" + port + ".log");
        this.password = password;
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "nl.samenspel.Main",
                "--port=" + port, "--host=127.0.0.1", "--publicUrl=http://localhost:" + port, "--httpInstances=1",
                "--dataDir=" + dir.resolve("data-" + port)));
        c.addAll(settings);
        this.command = List.copyOf(c);
    }

    public NodeProcess start() {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            b.environment().put("SAMENSPEL_PG_PASSWORD", password);
            process = b.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code /ready} answers 200. */
    public NodeProcess awaitReady(Duration timeout) {
        try {
            Await.until("node on port " + port + " ready", timeout, () -> {
                if (!process.isAlive()) throw new AssertionError("node on port " + port + " exited: " + logText());
                return get("/ready") == 200;
            });
        } catch (AssertionError e) {
            String text = logText();
            throw new AssertionError(e.getMessage() + "; its log ends:\n" + text.substring(Math.max(0, text.length() - 4000)), e);
        }
        return this;
    }

    public int get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public String body(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** How many sessions this node holds in memory, from its metrics (the owner of a session holds it). */
    public int liveSessions() {
        for (String line : body("/metrics").split("\n")) {
            if (line.startsWith("samenspel_sessions_live ")) return (int) Double.parseDouble(line.substring(line.indexOf(' ') + 1));
        }
        return -1;
    }

    public long pid() {
        return process.pid();
    }

    public void kill9() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM, as an operator's {@code kill} or a container stop sends it; the node shuts down by itself. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                String threads = threadDump();
                throw new AssertionError("node on port " + port + " still runs after " + timeout.toSeconds() + " s; its threads:\n"
                        + threads + "\nits log ends:\n" + logText().substring(Math.max(0, logText().length() - 6000)));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private String threadDump() {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), "Thread.print").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            jcmd.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "(no thread dump: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    public void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).start();
            if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) throw new IllegalStateException("kill -" + name + " failed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String logText() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            signal("CONT");
            kill9();
        }
    }
}
