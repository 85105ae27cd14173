package nl.samenspel.format.dilemma;

import nl.samenspel.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The dilemma game's browser steps as a person takes them: taps, picks and the console's next step. */
final class DilemmaSteps {

    private DilemmaSteps() { }

    static By css(String selector) {
        return By.cssSelector(selector);
    }

    /** Clicks like a thumb would: the element first scrolled to the middle, clear of the sticky top bar. */
    static void clickCss(Browser b, String selector) {
        // The views redraw on every change: find, scroll and click in one go, again if the element was just replaced.
        b.await(d -> {
            WebElement e = d.findElements(css(selector)).stream().filter(x -> x.isDisplayed() && x.isEnabled()).findFirst().orElse(null);
            if (e == null) return null;
            try {
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
                e.click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.ElementClickInterceptedException again) {
                return null;
            }
        });
    }

    /**
     * Taps a perspective until it shows as picked. A tap that lands while the phone redraws is
     * lost, and a person taps again; picking the perspective one already holds changes nothing.
     */
    static void pick(Browser b, String role) {
        String button = "[data-testid=\"dilemma-pick\"][data-role=\"" + role + "\"]";
        b.await(d -> {
            if (d.findElements(css(button + "[aria-pressed=\"true\"]")).stream().anyMatch(WebElement::isDisplayed)) return true;
            WebElement e = d.findElements(css(button)).stream().filter(x -> x.isDisplayed() && x.isEnabled()).findFirst().orElse(null);
            if (e == null) return null;
            try {
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
                e.click();
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.ElementClickInterceptedException again) {
                // found afresh on the next try
            }
            return null;
        });
    }

    static void tap(Browser b, String testid) {
        clickCss(b, "[data-testid=\"" + testid + "\"]");
    }

    static void awaitCss(Browser b, String selector) {
        b.await(d -> d.findElements(css(selector)).stream().anyMatch(WebElement::isDisplayed) ? true : null);
    }

    /** Scrolls so that the element with this test id is at the top of the screen (below the sticky bar). */
    static void show(Browser b, String testid) {
        b.onElement(Browser.testid(testid), "window.scrollTo(0, arguments[0].getBoundingClientRect().top + window.scrollY - 70)");
    }

    /** The console's "next step" button, then wait until the console shows that step. */
    static void next(Browser facilitator, String expectedStep) {
        show(facilitator, "dilemma-next");
        tap(facilitator, "dilemma-next");
        facilitator.await(d -> d.findElements(css(".clock__step")).stream().anyMatch(e -> e.getText().contains(expectedStep)) ? true : null);
    }
}
