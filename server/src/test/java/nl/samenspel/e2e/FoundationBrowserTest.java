package nl.samenspel.e2e;

import static nl.samenspel.e2e.FoundationSteps.*;
import static nl.samenspel.testing.Browser.testid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.e2e.FoundationSteps.Phone;
import nl.samenspel.testing.Browser;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The foundation (issue 2) played end to end in real browsers: a facilitator on a laptop, a
 * projector and three phones, from creating the session to a note on the plenary flip-over and
 * a phone that reloads. Screenshots go to {@code server/target/screenshots/FoundationBrowserTest/}.
 */
class FoundationBrowserTest {

    private static final String TEST = "FoundationBrowserTest";
    private static final String TITLE = "Teamdag De Linde";
    /** A name that would be markup (and a script) if any view used innerHTML. */
    private static final String EVIL_NAME = "<b>Els</b><script>alert(1)</script>";
    private static final String NOTE = "<img src=x onerror=alert(2)> <b>Samen</b> eten & \"koffie\" <script>alert(3)</script>";
    private static final String SECOND_NOTE = "Zondag samen eten";
    private static final String TALK_STEP = "In gesprek aan tafel";
    /** The talk step is 15 minutes; at timeScale 0.02 that is 18 seconds, longer than the harness's 20-second wait leaves room for. */
    private static final Duration TIMER_WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;


    @Test
    void aFacilitatorAProjectorAndThreePhonesRunTheFoundation() {
        Browser.assumeAvailable();
        List<Browser> browsers = new ArrayList<>();
        Map<Browser, String> names = new LinkedHashMap<>();
        Map<String, List<String>> consoleErrors = new LinkedHashMap<>();
        try (TestServer server = TestServer.start(dir, new JsonObject().put("timeScale", 0.02))) {
            String base = "http://localhost:" + server.port();
            long started = System.nanoTime();

            // --- 1. the facilitator creates a session; the projector opens its link -------------
            Browser laptop = Browser.laptop(TEST);
            browsers.add(laptop);
            names.put(laptop, "facilitator");
            laptop.go(base + "/");
            laptop.type("create-title", TITLE);
            laptop.await(d -> d.findElements(By.cssSelector("[data-testid=\"create-format\"] option[value=\"open\"]")).isEmpty() ? null : true);
            laptop.select("create-format", "open");
            laptop.click("create-submit");
            String code = laptop.text("created-code").trim();
            assertTrue(code.matches("[A-Z0-9]{6}"), "a six-character join code, not '" + code + "'");
            String projectorUrl = laptop.read(Browser.testid("open-projector"), e -> e.getDomProperty("href"));
            assertTrue(projectorUrl.startsWith(base + "/p/" + code + "#"), "projector link on this origin with its token: " + projectorUrl);
            laptop.screenshot("01-laptop-created");
            laptop.click("open-facilitator");
            laptop.awaitText("code", code);
            laptop.awaitText("participant-count", "0");
            assertTrue(laptop.driver.getTitle().contains(TITLE), "the console's title names the session: " + laptop.driver.getTitle());

            Browser projector = Browser.projector(TEST);
            browsers.add(projector);
            names.put(projector, "projector");
            projector.go(projectorUrl);
            projector.awaitText("code", code);
            projector.screenshot("01-projector-arrival");

            // --- 2. three participants join by code and first name ----------------------------
            List<Phone> phones = new ArrayList<>();
            for (String name : List.of("Anna", "Bram", EVIL_NAME)) {
                Browser b = Browser.phone(TEST);
                browsers.add(b);
                names.put(b, "phone " + name);
                Phone phone = new Phone(name, b);
                phones.add(phone);
                b.go(base + "/j");
                b.type("join-code", code.toLowerCase().substring(0, 3) + "-" + code.substring(3));
                b.type("join-name", name);
                if (name.equals(EVIL_NAME)) watchArrivalNames(projector);
                b.click("join-submit");
                b.awaitText("me-label", name);
                phone.label = text(b, "me-label");
                assertTrue(b.driver.getCurrentUrl().endsWith("/j/" + code), "the address now holds the code: " + b.driver.getCurrentUrl());
            }
            laptop.awaitText("participant-count", "3");
            Phone anna = phones.get(0);
            Phone els = phones.get(2);
            // Els's name is text, never markup: the label shows the angle brackets, holds no elements, and ran nothing.
            assertEquals(EVIL_NAME, els.label);
            assertTrue(els.browser.driver.findElements(By.cssSelector("[data-testid=\"me-label\"] *")).isEmpty(), "no elements inside the name");
            laptop.await(d -> d.findElements(By.cssSelector(".people__name")).size() == 3 ? true : null);
            assertEquals(Set.of("Anna", "Bram", EVIL_NAME), texts(laptop, ".people__name"),
                    "the facilitator's list shows the three names as typed");
            assertTrue(laptop.driver.findElements(By.cssSelector(".people b, .people script")).isEmpty(), "no markup from a name in the console");
            projector.await(d -> d.findElements(By.cssSelector(".arrival__names li")).size() == 3 ? true : null);
            assertEquals(Set.of("Anna", "Bram", EVIL_NAME), texts(projector, ".arrival__names li"),
                    "the projector's arrival list shows the three names as typed");
            assertTrue(projector.driver.findElements(By.cssSelector(".arrival__names b, .arrival__names script")).isEmpty(),
                    "no markup from a name on the projector");
            for (Browser b : browsers) assertNoAlert(b, names.get(b));
            // A newcomer's name pops in; the names already there stay still (no flicker on every change).
            assertEquals(List.of(EVIL_NAME), projector.await(d -> js(d, "return window.__arrivalAnimating")),
                    "on the projector only the newcomer's name animates when Els joins");
            els.browser.screenshot("02-phone-els-joined");
            scrollToCss(laptop, ".people__item:last-child");
            laptop.screenshot("02-laptop-joined");
            projector.screenshot("02-projector-arrival-names");

            // --- 3. tables of at most three: everyone at table 1 -----------------------------
            laptop.type("max-size", "3");
            laptop.click("arrange-tables");
            for (Phone p : phones) p.browser.awaitText("table-number", "1");
            laptop.await(d -> d.findElements(testid("table-card")).size() == 1 ? true : null);
            laptop.awaitText("participant-count", "3");
            String card = text(laptop, "table-card");
            for (Phone p : phones) assertTrue(card.contains(p.label), "table 1 on the console seats " + p.label);
            for (Phone p : phones) {
                Set<String> mates = texts(p.browser, ".me__mates .chip");
                Set<String> expected = phones.stream().filter(o -> o != p).map(o -> o.label).collect(Collectors.toSet());
                assertEquals(expected, mates, p.name + " sees the two others at the table");
            }
            anna.browser.screenshot("03-phone-anna-table");
            scrollTo(laptop, "table-card");
            laptop.screenshot("03-laptop-tables");

            // --- 4. roles dealt: each phone opens its own, secret until the reveal ------------------
            laptop.click("deal-roles");
            for (Phone p : phones) {
                p.browser.click("envelope");
                p.role = text(p.browser, "role-title");
                assertFalse(p.role.isEmpty(), p.name + " sees a role title");
            }
            assertEquals(3, phones.stream().map(p -> p.role).distinct().count(),
                    "one table's envelope deals distinct roles: " + phones.stream().map(p -> p.role).toList());
            // Wait until the console knows all three opened, so the check below sees the latest state.
            laptop.await(d -> d.findElements(By.cssSelector("[data-testid=\"table-card\"] .tag--open")).size() == 3 ? true : null);
            for (Phone p : phones) {
                String visible = bodyText(p.browser);
                String dom = domText(p.browser);
                assertTrue(visible.contains(p.role), p.name + "'s own role is on their screen");
                for (Phone other : phones) {
                    if (other == p) continue;
                    assertFalse(visible.contains(other.role), p.name + "'s screen shows " + other.name + "'s role " + other.role + " before the reveal");
                    assertFalse(dom.contains(other.role), p.name + "'s page holds " + other.name + "'s role " + other.role + " before the reveal");
                }
            }
            for (Browser staff : List.of(laptop, projector)) {
                String visible = domText(staff);
                for (Phone p : phones) {
                    assertFalse(visible.contains(p.role), names.get(staff) + " shows " + p.name + "'s role before the reveal");
                }
            }
            scrollTo(anna.browser, "role-title");
            anna.browser.screenshot("04-phone-anna-role-secret");
            scrollTo(laptop, "table-card");
            laptop.screenshot("04-laptop-envelopes-opened");

            laptop.click("reveal-roles");
            for (Phone p : phones) {
                p.browser.await(d -> d.findElements(By.cssSelector(".revealed__item")).size() == 3 ? true : null);
                // role title → name as shown, read in one go (the list is re-rendered on every change)
                @SuppressWarnings("unchecked")
                Map<String, String> seen = (Map<String, String>) js(p.browser.driver, """
                        return Object.fromEntries([...document.querySelectorAll('.revealed__item')].map((item) => [
                          item.querySelector('.revealed__role').innerText.trim(),
                          item.querySelector('.revealed__name').innerText.trim()]));
                        """);
                for (Phone holder : phones) {
                    String name = seen.get(holder.role);
                    assertNotNull(name, p.name + " sees the revealed role " + holder.role);
                    String expected = holder == p ? holder.label + " (jij)" : holder.label;
                    assertEquals(expected, name, p.name + " sees who holds " + holder.role);
                }
                assertEquals(p.role, text(p.browser, "role-title"), p.name + " still sees their own role");
            }
            laptop.await(d -> d.findElements(By.cssSelector("[data-testid=\"table-card\"] .tag--role")).size() == 3 ? true : null);
            assertEquals(phones.stream().map(p -> p.role).collect(Collectors.toSet()),
                    texts(laptop, "[data-testid=\"table-card\"] .tag--role"),
                    "after the reveal the console shows the table's roles");
            // A long role title wraps inside its table card instead of sticking out of it.
            assertEquals(0L, js(laptop.driver, """
                    return [...document.querySelectorAll('[data-testid="table-card"]')].flatMap((card) =>
                      [...card.querySelectorAll('.tag')].filter((tag) =>
                        tag.getBoundingClientRect().right > card.getBoundingClientRect().right + 0.5)).length;
                    """), "a role tag sticks out of its table card");
            scrollTo(anna.browser, "role-title");
            anna.browser.screenshot("05-phone-anna-revealed");
            scrollToCss(anna.browser, ".revealed");
            anna.browser.screenshot("05-phone-anna-revealed-list");
            scrollTo(laptop, "table-card");
            laptop.screenshot("05-laptop-revealed");

            // --- 5. a timed step runs out on every screen -----------------------------------
            By gotoTalk = By.cssSelector("[data-testid=\"step-goto\"][data-index=\"1\"]");
            laptop.onElement(gotoTalk, "arguments[0].scrollIntoView({block: 'center'})");
            laptop.click(gotoTalk);
            for (Phone p : phones) p.browser.awaitText("step-title", TALK_STEP);
            projector.awaitText("step-title", TALK_STEP);
            laptop.click("timer-start");
            List<Browser> screens = new ArrayList<>(browsers);
            for (Browser b : screens) awaitTimer(b, "running", Duration.ofSeconds(20));
            for (Browser b : screens) {
                assertFalse(text(b, "timer").equals("00:00"),
                        names.get(b) + " counts down from more than zero");
            }
            anna.browser.screenshot("06-phone-anna-timer-running");
            laptop.screenshot("06-laptop-timer-running");
            projector.screenshot("06-projector-timer-running");
            for (Browser b : screens) {
                awaitTimer(b, "ended", TIMER_WAIT);
                // The end of the step is signalled: a banner that says time is up, naming the step.
                String banner = b.read(By.cssSelector(".end-banner"), WebElement::getText);
                assertTrue(banner.contains("De tijd is om"), names.get(b) + "'s end banner: " + banner);
                assertTrue(banner.contains(TALK_STEP), names.get(b) + "'s end banner names the step: " + banner);
                assertEquals("00:00", text(b, "timer"), names.get(b) + " shows no time left");
            }
            anna.browser.screenshot("07-phone-anna-timer-ended");
            laptop.screenshot("07-laptop-timer-ended");
            projector.screenshot("07-projector-timer-ended");

            // --- 6. a note with markup in it, on the plenary flip-over ------------------------
            Phone bram = phones.get(1);
            showPlenary(bram.browser);
            bram.browser.type("note-input", NOTE);
            bram.browser.click("note-submit");
            bram.browser.awaitText("note-text", NOTE);
            for (Phone p : List.of(anna, els)) {
                showPlenary(p.browser);
                p.browser.awaitText("note-text", NOTE);
            }
            laptop.awaitText("note-text", NOTE);
            projector.awaitText("note-text", NOTE);
            for (Browser b : browsers) {
                assertTrue(b.driver.findElements(By.cssSelector("[data-testid=\"note-text\"] *")).isEmpty(),
                        names.get(b) + " made markup of the note");
                assertTrue(b.driver.findElements(By.cssSelector("[data-testid=\"note\"] img")).isEmpty(),
                        names.get(b) + " shows an image from the note");
                assertNoAlert(b, names.get(b));
            }
            scrollTo(anna.browser, "note-text");
            anna.browser.screenshot("08-phone-anna-plenary-note");
            scrollTo(laptop, "note-text");
            laptop.screenshot("08-laptop-plenary-note");
            projector.screenshot("08-projector-plenary-note");

            // --- 7. a phone reloads and comes back as the same person -------------------------
            collect(consoleErrors, els.browser, names.get(els.browser));
            els.browser.driver.navigate().refresh();
            els.browser.awaitText("me-label", els.label);
            els.browser.awaitText("table-number", "1");
            els.browser.awaitText("role-title", els.role);
            els.browser.await(d -> d.findElements(By.cssSelector(".revealed__item")).size() == 3 ? true : null);
            assertTrue(els.browser.driver.findElements(testid("join-name")).isEmpty(), "no join form after the reload");
            laptop.awaitText("participant-count", "3");
            assertEquals(3, laptop.driver.findElements(By.cssSelector(".people__name")).size(), "the reload made no second Els");
            assertNoAlert(els.browser, names.get(els.browser));
            els.browser.screenshot("09-phone-els-after-reload");
            // The reloaded phone is live: Anna's next note reaches it, and the re-render that
            // brings it leaves Els's role card still (its fade-in is for opening only).
            watchRoleCard(els.browser);
            anna.browser.type("note-input", SECOND_NOTE);
            anna.browser.click("note-submit");
            assertEquals(0L, (Long) els.browser.await(d -> js(d, "return window.__roleAnimating")),
                    "Els's role card animates again on a re-render");
            showPlenary(els.browser);
            els.browser.awaitContaining("note-text", SECOND_NOTE);
            els.browser.awaitText("note-text", NOTE);
            scrollTo(els.browser, "role-title");
            els.browser.screenshot("09-phone-els-after-reload-role");

            long elapsed = System.nanoTime() - started;
            System.out.printf("%s: scenario wall time %.1f s (5 browsers, timeScale 0.02)%n", TEST, elapsed / 1e9);

            // --- 8. no browser logged an error or a CSP violation ------------------------------
            for (Browser b : browsers) collect(consoleErrors, b, names.get(b));
            List<String> all = consoleErrors.entrySet().stream()
                    .flatMap(e -> e.getValue().stream().map(m -> e.getKey() + ": " + m)).toList();
            assertTrue(all.isEmpty(), "console errors or CSP violations:\n" + String.join("\n", all));
        } finally {
            closeAll(browsers);
        }
    }
}
