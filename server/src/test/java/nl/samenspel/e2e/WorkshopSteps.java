package nl.samenspel.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.function.Predicate;
import nl.samenspel.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** Browser steps the workshop tests share: reading boxes, the timer and what a screen reader was told. */
final class WorkshopSteps {

    private WorkshopSteps() { }

    /** Where an element sits in the window, in CSS px, read in one try. */
    static final class WebElementBox {
        final double top, bottom, height, viewport;

        WebElementBox(double top, double bottom, double height, double viewport) {
            this.top = top;
            this.bottom = bottom;
            this.height = height;
            this.viewport = viewport;
        }
    }

    /** The box of the first visible element with this test id (or class, for the end banner). */
    static WebElementBox box(Browser b, String id) {
        String css = id.equals("end-banner") ? ".end-banner" : "[data-testid=\"" + id + "\"]";
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) b.await(d -> js(b, """
                const e = [...document.querySelectorAll(arguments[0])].find((x) => x.getClientRects().length);
                if (!e) return null;
                const r = e.getBoundingClientRect();
                return [r.top, r.bottom, r.height, window.innerHeight];""", css));
        return new WebElementBox(r.get(0).doubleValue(), r.get(1).doubleValue(), r.get(2).doubleValue(), r.get(3).doubleValue());
    }

    /** Waits until a screen reader was told something that begins with {@code start}. */
    static void awaitSaid(Browser b, String start) {
        awaitSaidWhere(b, x -> x.startsWith(start));
    }

    /** Waits until a screen reader was told something that holds {@code part}, alone or within a longer announcement. */
    static void awaitSaidWithin(Browser b, String part) {
        awaitSaidWhere(b, x -> x.contains(part));
    }

    private static void awaitSaidWhere(Browser b, Predicate<String> heard) {
        b.await(d -> {
            @SuppressWarnings("unchecked")
            List<String> said = (List<String>) js(b, "return window.__said");
            return said.stream().anyMatch(heard) ? true : null;
        });
    }

    static void assertHidden(Browser b, String testid, String why) {
        assertFalse(b.shown(testid), why);
    }

    static void awaitTimerStatus(Browser b, String status) {
        b.await(d -> d.findElements(Browser.testid("timer")).stream()
                .anyMatch(e -> e.isDisplayed() && status.equals(e.getDomAttribute("data-status"))) ? true : null);
    }

    /** The revealed list's text, found and read in one try: the phone redraws it on every change. */
    static String revealed(Browser phone) {
        return phone.await(d -> d.findElement(By.cssSelector(".revealed")).getText());
    }

    static Object js(Browser b, String script, Object... args) {
        return ((JavascriptExecutor) b.driver).executeScript(script, args);
    }
}
