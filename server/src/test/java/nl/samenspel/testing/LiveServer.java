package nl.samenspel.testing;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One live server for a whole test class, with its data in a fresh folder:
 * {@code @RegisterExtension static final LiveServer live = new LiveServer();}, then
 * {@code live.server()} in the tests. Started before the class's own {@code @BeforeAll}
 * methods, stopped (and its folder removed) after them.
 */
public final class LiveServer implements BeforeAllCallback, AfterAllCallback {

    private final JsonObject settings;
    private Path dir;
    private TestServer server;

    public LiveServer() {
        this(new JsonObject());
    }

    /** @param settings server settings, as in {@code samenspel.json} ({@code timeScale}, …) */
    public LiveServer(JsonObject settings) {
        this.settings = settings;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("samenspel-live-");
        server = TestServer.start(dir, settings);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (server != null) server.close();
        } finally {
            server = null;
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public TestServer server() {
        if (server == null) throw new IllegalStateException("the live server runs only while its test class does");
        return server;
    }
}
