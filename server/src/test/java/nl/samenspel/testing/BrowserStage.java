package nl.samenspel.testing;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What each browser test stands on, as a JUnit 5 extension: a whole server with its data in a
 * fresh folder (started when the test first asks for it), and the browsers the test opens on
 * it, all closed when the test ends (the browsers first, the last opened first; then the
 * server and its folder). Skips the test on a machine without Chromium. Screenshots go under
 * the test class's simple name.
 * <pre>{@code
 * @RegisterExtension
 * final BrowserStage stage = new BrowserStage();
 *
 * @Test
 * void someTest() {
 *     Browser laptop = stage.laptop(), anna = stage.phone();
 *     JsonObject created = stage.server().createSession(...);
 * }</pre>
 */
public final class BrowserStage implements BeforeEachCallback, AfterEachCallback {

    private final List<Browser> browsers = new ArrayList<>();
    private String test;
    private Path dir;
    private TestServer server;

    @Override
    public void beforeEach(ExtensionContext context) {
        Browser.assumeAvailable();
        test = context.getRequiredTestClass().getSimpleName();
    }

    /** The test's server, started on first use with the default settings. */
    public TestServer server() {
        return server == null ? server(new JsonObject()) : server;
    }

    /**
     * Starts the test's server with these settings, as in {@code samenspel.json} ({@code timeScale}, …),
     * before anything else asked for it.
     */
    public TestServer server(JsonObject settings) {
        if (test == null) throw new IllegalStateException("the stage stands only while a test runs");
        if (server != null) throw new IllegalStateException("this test's server is already running");
        try {
            dir = Files.createTempDirectory("samenspel-browser-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = TestServer.start(dir, settings);
        return server;
    }

    public Browser phone() {
        return kept(Browser.phone(test));
    }

    public Browser laptop() {
        return kept(Browser.laptop(test));
    }

    public Browser projector() {
        return kept(Browser.projector(test));
    }

    /** A browser of another size, with more Chromium flags if any (see {@link Browser#open(String, int, int, List)}). */
    public Browser open(int width, int height, String... flags) {
        return kept(Browser.open(test, width, height, List.of(flags)));
    }

    /** The server's address for {@code path} ({@code "/j/CODE"}). */
    public String url(String path) {
        return "http://localhost:" + server().port() + path;
    }

    private Browser kept(Browser browser) {
        browsers.add(browser);
        return browser;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        RuntimeException failed = null;
        for (int i = browsers.size() - 1; i >= 0; i--) {
            try {
                browsers.get(i).close();
            } catch (RuntimeException e) {
                if (failed == null) failed = e; else failed.addSuppressed(e);
            }
        }
        browsers.clear();
        try {
            if (server != null) server.close();
        } catch (RuntimeException e) {
            if (failed == null) failed = e; else failed.addSuppressed(e);
        }
        server = null;
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            dir = null;
        }
        test = null;
        if (failed != null) throw failed;
    }
}
