package nl.samenspel.e2e;

import static nl.samenspel.testing.Browser.testid;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.samenspel.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The foundation test's browser steps: reading whole views in one go, scrolling, and watching animations and alerts. */
final class FoundationSteps {

    private FoundationSteps() { }

    /** One person at a phone. */
    static final class Phone {
        final String name;
        final Browser browser;
        String label;
        String role;

        Phone(String name, Browser browser) {
            this.name = name;
            this.browser = browser;
        }
    }

    static void collect(Map<String, List<String>> into, Browser b, String who) {
        into.computeIfAbsent(who, k -> new ArrayList<>()).addAll(b.consoleErrors());
    }

    /** The shown texts of every element matching css, read in one script (views re-render whole on every change). */
    @SuppressWarnings("unchecked")
    static Set<String> texts(Browser b, String css) {
        List<String> found = (List<String>) js(b.driver,
                "return [...document.querySelectorAll(arguments[0])].map((e) => e.innerText.trim())", css);
        return new HashSet<>(found);
    }

    /** The shown text of the first visible element with this test id, once there is one. */
    static String text(Browser b, String id) {
        b.find(id);
        return (String) b.await(d -> js(d, """
                const e = [...document.querySelectorAll(`[data-testid="${arguments[0]}"]`)].find((x) => x.getClientRects().length);
                return e ? e.innerText.trim() : null;
                """, id));
    }

    /** What a person sees: the rendered text of the whole page. */
    static String bodyText(Browser b) {
        return b.driver.findElement(By.tagName("body")).getText();
    }

    /** Everything in the page, hidden parts included. */
    static String domText(Browser b) {
        return (String) ((JavascriptExecutor) b.driver).executeScript("return document.body.textContent");
    }

    static void scrollToCss(Browser b, String css) {
        b.onElement(By.cssSelector(css), "arguments[0].scrollIntoView({block: 'center'})");
    }

    static void scrollTo(Browser b, String id) {
        b.centre(id);
    }

    static void showPlenary(Browser b) {
        // Found and clicked in one try: a live re-render may replace the tab between the two.
        By tab = By.cssSelector("[data-testid=\"board-tab\"][data-board=\"plenary\"]");
        b.click(tab);
        b.await(d -> "true".equals(d.findElement(tab).getAttribute("aria-selected")) ? true : null);
    }

    static void awaitTimer(Browser b, String status, Duration timeout) {
        Function<WebDriver, Boolean> shows = d -> d.findElements(testid("timer")).stream()
                .anyMatch(e -> e.isDisplayed() && status.equals(e.getDomAttribute("data-status"))) ? true : null;
        new WebDriverWait(b.driver, timeout).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(shows);
    }

    static Object js(WebDriver d, String script, Object... args) {
        return ((JavascriptExecutor) d).executeScript(script, args);
    }

    /** Records, at the first render with three names, which arrival names are animating. */
    static void watchArrivalNames(Browser projector) {
        js(projector.driver, """
                window.__arrivalAnimating = null;
                const root = document.querySelector('.stage');
                const observer = new MutationObserver(() => {
                  const items = [...root.querySelectorAll('.arrival__names li')];
                  if (items.length === 3 && window.__arrivalAnimating === null) {
                    window.__arrivalAnimating = items.filter((li) => li.getAnimations().length > 0).map((li) => li.textContent);
                    observer.disconnect();
                  }
                });
                observer.observe(root, {childList: true, subtree: true});
                """);
    }

    /** Records, at the next re-render of the role card, how many animations its role block runs. */
    static void watchRoleCard(Browser phone) {
        js(phone.driver, """
                window.__roleAnimating = null;
                const card = document.querySelector('.envelope-card');
                const observer = new MutationObserver(() => {
                  const role = card.querySelector('.role');
                  if (role && window.__roleAnimating === null) {
                    window.__roleAnimating = role.getAnimations().length;
                    observer.disconnect();
                  }
                });
                observer.observe(card, {childList: true, subtree: true});
                """);
    }

    static void assertNoAlert(Browser b, String who) {
        assertThrows(NoAlertPresentException.class, () -> b.driver.switchTo().alert(), who + " opened an alert");
    }

    /** Closes every browser, each even if another failed to close: closing the others matters more. */
    static void closeAll(List<Browser> browsers) {
        for (Browser b : browsers) {
            try {
                b.close();
            } catch (RuntimeException ignored) {
                // closing the others matters more
            }
        }
    }
}
