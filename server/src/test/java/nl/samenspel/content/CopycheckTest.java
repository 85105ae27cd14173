package nl.samenspel.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every text that ships (content/ and web/js/) is written in our own words: the project's
 * copycheck tool, beside the Dutch source material in {@code ../shared} (relative to the project
 * root, as CI lays it out), finds no run of eight or more words that a text shares with a source.
 * The tool is run as it is, so the test can never drift from what a trainer or the lead runs by
 * hand. Where the material or python3 is absent, the test is skipped and says why.
 * {@code -Dsamenspel.shared=/path/to/shared} points at the material elsewhere.
 */
class CopycheckTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void noShippedTextRepeatsTheSourceMaterialWordForWord() throws Exception {
        Path shared = Path.of(System.getProperty("samenspel.shared", ROOT.resolve("../shared").toString()))
                .toAbsolutePath().normalize();
        Path tool = shared.resolve("tools/copycheck");
        assumeTrue(Files.isRegularFile(tool), "copycheck skipped: " + tool + " is not there (the source material is not beside the project)");
        assumeTrue(Files.isDirectory(shared.resolve("source")), "copycheck skipped: " + shared.resolve("source") + " is not there");

        Process process;
        try {
            process = new ProcessBuilder("python3", tool.toString()).directory(ROOT.toFile()).start();
        } catch (IOException e) {
            assumeTrue(false, "copycheck skipped: python3 cannot be started (" + e.getMessage() + ")");
            return;
        }
        // Both streams are drained at once so a long report can never block the tool.
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        boolean done = process.waitFor(120, TimeUnit.SECONDS);
        if (!done) process.destroyForcibly();
        assertTrue(done, "copycheck did not finish within 120 s");

        String findings = out.get(10, TimeUnit.SECONDS);
        String summary = err.get(10, TimeUnit.SECONDS);
        assertEquals("", findings, "texts that repeat the sources word for word (file, place, length, source, words):\n" + findings);
        assertEquals(0, process.exitValue(), "copycheck failed: " + summary);
        assertTrue(summary.startsWith("0 passage(s)"), "copycheck's own count: " + summary);
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
