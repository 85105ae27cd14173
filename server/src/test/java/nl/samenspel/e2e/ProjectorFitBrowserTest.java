package nl.samenspel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.samenspel.testing.Browser;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue 14, item 3: a projector view is a screen, not a page, and it stays readable. For every
 * step of every format, with 30 people who all take part (values, choices, answers, scores,
 * stickers) and 40 notes on every board the room sees, the projector at 1920×1080 and at
 * 1280×720, on every page its pagers turn to: never scrolls either way, cuts nothing off (no
 * part holds more than it shows, no text or image reaches past the edge of a part that hides
 * its overflow, nothing reaches past the screen), covers no text with another part, leaves the
 * QR code whole and uncovered, and shows no text smaller than the floor (1.5 % of the height,
 * projectorFit.js says why). With the dilemma game's results on screen the flip-over still
 * shows at least six notes on a page of each column. The dilemma game's results
 * really page at 720p: each page shows other blocks, and the pages together show them all.
 * The pages are turned with the clicker's keys, never by waiting. Screenshots:
 * target/screenshots/ProjectorFitBrowserTest/.
 */
class ProjectorFitBrowserTest {

    private static final String TEST = "ProjectorFitBrowserTest";
    private static final double FLOOR = 0.015;
    private static final int[][] SIZES = {{1920, 1080}, {1280, 720}};

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();
    /** The smallest text seen, per format and screen height. */
    private final Map<String, String> smallest = new LinkedHashMap<>();
    private final Map<String, Double> smallestSize = new LinkedHashMap<>();
    /** The view being checked must show at least {@link #NOTES_PER_PAGE} notes on a flip-over column's page. */
    private boolean dense;
    private static final int NOTES_PER_PAGE = 6;

    private static Object js(Browser b, String script, Object... args) {
        return ((JavascriptExecutor) b.driver).executeScript(script, args);
    }

    /** The page's viewport exactly this size (a headless window's size includes no browser bar, but be sure). */
    private static void screen(Browser b, int width, int height) {
        ((ChromiumDriver) b.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        b.await(d -> ((Number) js(b, "return window.innerWidth")).intValue() == width
                && ((Number) js(b, "return window.innerHeight")).intValue() == height ? true : null);
        // Every stylesheet (a format's comes after the first render) and font in, so the fit has
        // run on the final layout; then let the view settle (its pager runs on resize).
        b.await(d -> Boolean.TRUE.equals(js(b, "return [...document.querySelectorAll('link[rel=stylesheet]')].every((l) => l.sheet)"
                + " && document.fonts.status === 'loaded'")) ? true : null);
        js(b, "return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))");
    }

    /** A clicker key, then wait until the stage has turned to that page and holds it. */
    private static void key(Browser b, CharSequence key, int turn) {
        new Actions(b.driver).sendKeys(key).perform();
        b.await(d -> String.valueOf(turn).equals(js(b, "return document.querySelector('.stage')?.dataset.fitTurn"))
                && "true".equals(js(b, "return document.querySelector('.stage')?.dataset.fitHeld")) ? true : null);
    }

    /** The measuring script (a resource beside this class): see its head for what it returns. */
    private static final String MEASURE = resource("projector-measure.js");

    private static String resource(String file) {
        try (InputStream in = ProjectorFitBrowserTest.class.getResourceAsStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyStepOfEveryFormatFitsTheProjectorReadablyWithAFullRoom() {
        Browser.assumeAvailable();
        try (TestServer server = TestServer.start(dir);
             Browser projector = Browser.projector(TEST)) {
            // -DprojectorFit.formats=dilemma,cards looks at fewer formats while working on one.
            for (String format : System.getProperty("projectorFit.formats", "open,dilemma,cards,spearheads,stelling").split(",")) {
                try (ProjectorRoom room = new ProjectorRoom(server, format)) {
                    walk(room, projector);
                }
            }
        }
        System.out.println("projector fit: " + (problems.isEmpty() ? "every view fits" : String.join("\n", problems)));
        smallest.forEach((k, v) -> System.out.println("smallest text " + k + ": " + v));
        assertEquals(List.of(), problems, "projector views that do not fit their screen or are too small to read");
    }

    private void walk(ProjectorRoom room, Browser projector) {
        String format = room.format;
        projector.go(room.projectorUrl);
        screen(projector, 1920, 1080);
        projector.await(d -> ((Number) js(projector, "return document.querySelectorAll('.arrival__names li').length")).intValue()
                >= ProjectorRoom.PEOPLE ? true : null);
        check(projector, format, "lobby");

        JsonArray steps = room.steps();
        for (int i = 0; i < steps.size(); i++) {
            JsonObject step = steps.getJsonObject(i);
            room.f.ack("step.goto", new JsonObject().put("index", i));
            if (i == 0 && !format.equals("spearheads") && !format.equals("stelling")) {
                room.f.ack("tables.arrange", new JsonObject().put("maxSize", 5));
            }
            room.play(step);
            room.fill(false);
            // The timer's start comes after everything sent: once the projector shows it running, it has it all.
            room.f.ack("timer.start", new JsonObject().put("seconds", 600));
            String title = step.getJsonObject("title").getString("nl");
            projector.await(d -> String.valueOf(js(projector, "return document.querySelector('[data-testid=step-title]')?.textContent")).contains(title)
                    && js(projector, "return document.querySelector('.timer[data-status=running]')") != null ? true : null);
            String where = "step " + i + " " + step.getString("id");
            // The plenary of the dilemma game shows its results beside the flip-over: still a useful page of notes.
            dense = format.equals("dilemma") && step.getString("kind").equals("plenary");
            check(projector, format, where);
            dense = false;
            String more = room.more(step);
            if (more != null) {
                room.f.ack("timer.pause", new JsonObject());
                projector.await(d -> js(projector, "return document.querySelector('.timer[data-status=paused]')") != null ? true : null);
                check(projector, format, where + " " + more);
                room.f.ack("timer.start", new JsonObject().put("seconds", 600));
            }
            if (format.equals("dilemma") && step.getString("kind").equals("plenary")) resultsPageThrough(projector);
        }
        if (format.equals("open")) {
            // A spotlighted table board with forty notes beside the plenary one.
            room.f.ack("board.spotlight", new JsonObject().put("board", "table/t1"));
            room.fill(true);
            room.f.ack("timer.pause", new JsonObject());
            projector.await(d -> js(projector, "return document.querySelector('.stage__board--spot')") != null
                    && js(projector, "return document.querySelector('.timer[data-status=paused]')") != null ? true : null);
            check(projector, format, "spotlight");
        }
    }

    /** Both sizes, every page the pagers turn to (the clicker turns them, from the first). */
    private void check(Browser projector, String format, String where) {
        for (int[] size : SIZES) {
            screen(projector, size[0], size[1]);
            key(projector, Keys.HOME, 0);
            int pages = 1;
            // Per flip-over column: its page number, and how many notes that page shows.
            Map<Integer, Map<Integer, Integer>> notes = new TreeMap<>();
            Map<Integer, Integer> columnPages = new TreeMap<>();
            for (int page = 0; page < pages; page++) {
                if (page > 0) key(projector, Keys.PAGE_DOWN, page);
                @SuppressWarnings("unchecked")
                List<Object> m = (List<Object>) js(projector, MEASURE, FLOOR);
                pages = Math.min(12, ((Number) m.get(7)).intValue());
                String at = format + " " + where + " " + size[0] + "x" + size[1] + " page " + (page + 1);
                long scroll = ((Number) m.get(0)).longValue();
                long scrollWidth = ((Number) m.get(2)).longValue();
                if (scroll > size[1] || scrollWidth > size[0]) problems.add(at + ": the page scrolls, " + scroll + " x " + scrollWidth);
                for (Object p : (List<?>) m.get(4)) problems.add(at + ": " + p);
                double min = ((Number) m.get(5)).doubleValue();
                String key = format + " " + size[1] + "p";
                if (!smallestSize.containsKey(key) || min < smallestSize.get(key)) {
                    smallestSize.put(key, min);
                    smallest.put(key, String.format("%.1f px (%s, %s)", min, m.get(6), where + " page " + (page + 1)));
                }
                List<?> columns = (List<?>) m.get(8);
                for (int c = 0; c < columns.size(); c++) {
                    List<?> col = (List<?>) columns.get(c);
                    notes.computeIfAbsent(c, k -> new TreeMap<>()).put(((Number) col.get(1)).intValue(), ((Number) col.get(0)).intValue());
                    columnPages.put(c, ((Number) col.get(2)).intValue());
                }
                if (page < 3) projector.screenshot((format + " " + where + " " + size[0] + " p" + (page + 1)).replaceAll("[^A-Za-z0-9]+", "-"));
            }
            if (dense) denseEnough(format + " " + where + " " + size[0] + "x" + size[1], notes, columnPages);
        }
        screen(projector, 1920, 1080);
    }

    /** Every page of every flip-over column but its last (what is left over) shows a useful number of notes. */
    private void denseEnough(String at, Map<Integer, Map<Integer, Integer>> notes, Map<Integer, Integer> columnPages) {
        if (notes.isEmpty()) problems.add(at + ": no flip-over column on screen");
        notes.forEach((column, byPage) -> {
            System.out.println("notes per page " + at + " column " + (column + 1) + ": " + byPage + " of " + columnPages.get(column) + " pages");
            byPage.forEach((page, count) -> {
                if (page < columnPages.get(column) && count < NOTES_PER_PAGE) {
                    problems.add(at + ": flip-over column " + (column + 1) + " page " + page + " of " + columnPages.get(column)
                            + " shows " + count + " notes, fewer than " + NOTES_PER_PAGE);
                }
            });
        });
    }

    /** At 720p the dilemma results do not fit at once: they page, and the pages together show every block once. */
    private void resultsPageThrough(Browser projector) {
        screen(projector, 1280, 720);
        key(projector, Keys.HOME, 0);
        String pager = "document.querySelector('[data-testid=dilemma-results]')";
        int pages = Integer.parseInt(String.valueOf(js(projector, "return " + pager + ".dataset.fitPages || '1'")));
        int blocks = ((Number) js(projector, "return " + pager + ".children.length")).intValue();
        if (pages < 2) {
            problems.add("the dilemma results do not page at 1280x720 (" + pages + " page for " + blocks + " blocks)");
            return;
        }
        List<Set<Integer>> seen = new ArrayList<>();
        for (int page = 0; page < pages; page++) {
            if (page > 0) key(projector, Keys.PAGE_DOWN, page);
            @SuppressWarnings("unchecked")
            List<Object> shown = (List<Object>) js(projector, "return [..." + pager + ".children].map((e, i) => e.getClientRects().length ? i : -1).filter((i) => i >= 0)");
            Set<Integer> set = new TreeSet<>();
            shown.forEach(o -> set.add(((Number) o).intValue()));
            String at = "dilemma results page " + (page + 1) + " of " + pages + ": ";
            if (set.isEmpty()) problems.add(at + "shows nothing");
            for (Set<Integer> before : seen) if (!Collections.disjoint(before, set)) problems.add(at + "repeats " + set + " after " + before);
            Object number = js(projector, "return " + pager + ".dataset.fitPage");
            if (!String.valueOf(page + 1).equals(number)) problems.add(at + "says it is page " + number);
            Object label = js(projector, "return document.querySelector('.fit-page--panel')?.textContent");
            if (!("blad " + (page + 1) + " van " + pages).equals(label)) problems.add(at + "its page number reads " + label);
            seen.add(set);
        }
        Set<Integer> all = new HashSet<>();
        seen.forEach(all::addAll);
        if (all.size() != blocks) problems.add("the dilemma results' pages show " + all.size() + " of " + blocks + " blocks: " + seen);
        // One more turn comes back to the first page.
        key(projector, Keys.PAGE_DOWN, pages);
        if (!"1".equals(js(projector, "return " + pager + ".dataset.fitPage"))) problems.add("the dilemma results do not turn back to page 1");
        projector.screenshot("dilemma-results-paged-1280");
        screen(projector, 1920, 1080);
    }
}
