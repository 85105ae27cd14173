package nl.samenspel.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One real headless Chromium (Debian's chromium and chromedriver), with a fresh profile so
 * each browser is a separate person. Waits are explicit, with timeouts; screenshots go to
 * {@code server/target/screenshots/<test>/} for a reviewer to look at.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    public final WebDriver driver;
    private final Path profile;
    /** Where this browser's screenshots go: the test's own folder. */
    private final Path screenshots;

    private Browser(WebDriver driver, Path profile, String test) {
        this.driver = driver;
        this.screenshots = SCREENSHOTS.resolve(test);
        this.profile = profile;
    }

    /** Skips the test (with the reason) on a machine without Chromium; CI installs it and checks it is there. */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "end-to-end tests need /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
    }

    /** A phone (390×844), a laptop (1366×768) or a projector (1920×1080). */
    public static Browser open(String test, int width, int height) {
        return open(test, width, height, List.of());
    }

    /** As {@link #open(String, int, int)}, with more Chromium flags (e.g. a host name mapped to 127.0.0.1). */
    public static Browser open(String test, int width, int height, List<String> flags) {
        assumeAvailable();
        try {
            Path profile = Files.createTempDirectory("samenspel-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=nl-NL");
            options.addArguments(flags);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(width, height));
            return new Browser(driver, profile, test);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Browser phone(String test) {
        return open(test, 390, 844);
    }

    public static Browser laptop(String test) {
        return open(test, 1366, 768);
    }

    public static Browser projector(String test) {
        return open(test, 1920, 1080);
    }

    public Browser go(String url) {
        driver.get(url);
        return this;
    }

    public static By testid(String id) {
        return By.cssSelector("[data-testid=\"" + id + "\"]");
    }

    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    /** The first visible element with this test id, once there is one. */
    public WebElement find(String id) {
        return await(d -> d.findElements(testid(id)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /**
     * The text of the first visible element with this test id, found and read in one try: a live
     * view may replace the element between the two, and the wait then tries again.
     */
    public String text(String id) {
        return await(d -> d.findElements(testid(id)).stream().filter(WebElement::isDisplayed).findFirst()
                .map(WebElement::getText).orElse(null));
    }

    /** The texts of every element with this test id, found and read in one try (see {@link #text}). */
    public List<String> texts(String id) {
        return await(d -> {
            List<String> out = d.findElements(testid(id)).stream().map(e -> e.getText().trim()).toList();
            return out.isEmpty() ? null : out;
        });
    }

    /** Whether an element with this test id is shown now, found and checked in one try (see {@link #text}). */
    public boolean shown(String id) {
        return await(d -> java.util.Optional.of(d.findElements(testid(id)).stream().anyMatch(WebElement::isDisplayed))).get();
    }

    public List<WebElement> all(String id) {
        return driver.findElements(testid(id));
    }

    /** Waits until the element with this test id shows exactly this text. */
    public void awaitText(String id, String text) {
        await(d -> d.findElements(testid(id)).stream().anyMatch(e -> e.isDisplayed() && text.equals(e.getText().trim())));
    }

    /** Waits until some element with this test id contains this text. */
    public WebElement awaitContaining(String id, String text) {
        return await(d -> d.findElements(testid(id)).stream().filter(e -> e.getText().contains(text)).findFirst().orElse(null));
    }

    /**
     * Clicks the first visible, enabled element with this test id. The live views rebuild their
     * elements on every change, so an element found may be gone a moment later: find and click
     * happen in one try, tried again (the wait ignores stale elements) until the click lands.
     */
    public void click(String id) {
        click(testid(id));
    }

    /** As {@link #click(String)}, for any selector. */
    public void click(By by) {
        await(d -> {
            WebElement e = d.findElements(by).stream()
                    .filter(x -> x.isDisplayed() && x.isEnabled()).findFirst().orElse(null);
            if (e == null) return null;
            e.click();
            return true;
        });
    }

    /**
     * Runs a script on the first visible element matching {@code by} (as {@code arguments[0]}),
     * found afresh on each try: a live view may replace the element between finding and
     * scrolling, and the wait then tries again. Returns the element.
     */
    public WebElement onElement(By by, String script) {
        return await(d -> {
            WebElement e = d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
            if (e != null) ((JavascriptExecutor) d).executeScript(script, e);
            return e;
        });
    }

    /** Scrolls the element with this test id to the middle of the window (clear of the sticky top bar). */
    public WebElement centre(String id) {
        return onElement(testid(id), "arguments[0].scrollIntoView({block: 'center'})");
    }

    /**
     * Reads something off the first visible element matching {@code by}, found and read in one
     * try (see {@link #text}); {@code read} may return anything, false and null included.
     */
    public <T> T read(By by, Function<WebElement, T> read) {
        return await(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst()
                .map(e -> java.util.Optional.ofNullable(read.apply(e))).orElse(null)).orElse(null);
    }

    /** As {@link #read(By, Function)}, for the first element with this test id that contains {@code text}, shown or not. */
    public <T> T readContaining(String id, String text, Function<WebElement, T> read) {
        return await(d -> d.findElements(testid(id)).stream().filter(e -> e.getText().contains(text)).findFirst()
                .map(e -> java.util.Optional.ofNullable(read.apply(e))).orElse(null)).orElse(null);
    }

    /** Chooses an option of the select with this test id, found and chosen in one try. */
    public void select(String id, String value) {
        read(testid(id), e -> {
            new org.openqa.selenium.support.ui.Select(e).selectByValue(value);
            return true;
        });
    }

    /** The value of the chosen option of the select with this test id. */
    public String selected(String id) {
        return read(testid(id), e -> new org.openqa.selenium.support.ui.Select(e).getFirstSelectedOption().getAttribute("value"));
    }

    /** Replaces the text of the field with this test id, found, cleared and typed into in one try. */
    public void type(String id, CharSequence... keys) {
        read(testid(id), e -> {
            e.clear();
            e.sendKeys(keys);
            return true;
        });
    }

    /**
     * Every shown element matching the CSS {@code selector} that is under 44 by 44 px (the
     * smallest touch target a finger hits reliably), as {@code class "text" widthxheight}.
     */
    @SuppressWarnings("unchecked")
    public List<String> smallTargets(String selector) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll(arguments[0])]
                  .filter((e) => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
                  .map((e) => [e, e.getBoundingClientRect()])
                  .filter(([e, r]) => r.width < 43.5 || r.height < 43.5)
                  .map(([e, r]) => `${e.className} "${e.textContent.trim()}" ${Math.round(r.width)}x${Math.round(r.height)}`);""", selector);
    }

    /** Fills in several fields in this order, as {@code fill("title", "Teamdag", "name", "Anna")}: each as {@link #type}. */
    public void fill(String... idsAndTexts) {
        for (int i = 0; i + 1 < idsAndTexts.length; i += 2) type(idsAndTexts[i], idsAndTexts[i + 1]);
    }

    /** Joins a session from its join page as {@code name}, and waits until the phone says who it is. */
    public Browser join(String joinUrl, String name) {
        go(joinUrl);
        type("join-name", name);
        click("join-submit");
        awaitText("me-label", name);
        return this;
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Errors the page logged (JavaScript errors, CSP violations) since the last call: the
     * driver hands each log entry out once, so read this once per assertion.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(e -> e.getMessage())
                .filter(m -> !m.contains("favicon"))
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
