package nl.samenspel.testing;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one browser test stands on: a whole server with its data in the test's folder, and the
 * browsers the test opens on it, all closed together when the test ends (the browsers first,
 * the last opened first). Skips the test on a machine without Chromium.
 * <pre>{@code
 * try (BrowserStage stage = BrowserStage.start(TEST, dir)) {
 *     TestServer server = stage.server;
 *     Browser laptop = stage.laptop(), anna = stage.phone();
 * }</pre>
 */
public final class BrowserStage implements AutoCloseable {

    public final TestServer server;
    private final String test;
    private final List<Browser> browsers = new ArrayList<>();

    private BrowserStage(String test, TestServer server) {
        this.test = test;
        this.server = server;
    }

    public static BrowserStage start(String test, Path dir) {
        return start(test, dir, new JsonObject());
    }

    /** @param settings server settings, as in {@code samenspel.json} ({@code timeScale}, …) */
    public static BrowserStage start(String test, Path dir, JsonObject settings) {
        Browser.assumeAvailable();
        return new BrowserStage(test, TestServer.start(dir, settings));
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

    /** The server's address for {@code path} ({@code "/j/CODE"}). */
    public String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    private Browser kept(Browser browser) {
        browsers.add(browser);
        return browser;
    }

    @Override
    public void close() {
        RuntimeException failed = null;
        for (int i = browsers.size() - 1; i >= 0; i--) {
            try {
                browsers.get(i).close();
            } catch (RuntimeException e) {
                if (failed == null) failed = e; else failed.addSuppressed(e);
            }
        }
        try {
            server.close();
        } catch (RuntimeException e) {
            if (failed == null) failed = e; else failed.addSuppressed(e);
        }
        if (failed != null) throw failed;
    }
}
