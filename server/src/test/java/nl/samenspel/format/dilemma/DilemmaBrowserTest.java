package nl.samenspel.format.dilemma;

import static nl.samenspel.format.dilemma.DilemmaSteps.awaitCss;
import static nl.samenspel.format.dilemma.DilemmaSteps.clickCss;
import static nl.samenspel.format.dilemma.DilemmaSteps.css;
import static nl.samenspel.format.dilemma.DilemmaSteps.next;
import static nl.samenspel.format.dilemma.DilemmaSteps.pick;
import static nl.samenspel.format.dilemma.DilemmaSteps.show;
import static nl.samenspel.format.dilemma.DilemmaSteps.tap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.testing.Browser;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One round of the dilemma game in real browsers: a facilitator on a laptop sets it up on the
 * start page and runs it, three participants play on phones, a projector shows the room. A
 * screenshot of every step goes to target/screenshots/DilemmaBrowserTest/.
 */
class DilemmaBrowserTest {

    private static final String TEST = "DilemmaBrowserTest";

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() {
        Browser.assumeAvailable();
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    /** A new phone, kept in {@code phones} (closed with them), that has joined session {@code code} as {@code name}. */
    private static Browser joined(List<Browser> phones, String code, String name) {
        Browser phone = Browser.phone(TEST);
        phones.add(phone);
        phone.go(url("/j/" + code));
        phone.type("join-name", name);
        tap(phone, "join-submit");
        phone.awaitText("me-label", name);
        return phone;
    }

    @Test
    void aFacilitatorAndThreeParticipantsPlayOneRoundToThePlenary() {
        List<Browser> phones = new ArrayList<>();
        try (Browser laptop = Browser.laptop(TEST); Browser projector = Browser.projector(TEST)) {
            // The start page: the dilemma game is the default, with its own set-up.
            laptop.go(url("/"));
            laptop.find("dilemma-setup");
            assertEquals("dilemma", laptop.read(Browser.testid("create-format"), e -> e.getAttribute("value")));
            laptop.type("create-title", "Teamdag De Linde");
            laptop.type("dlm-setup-rounds", "1", org.openqa.selenium.Keys.TAB);
            laptop.await(d -> d.findElements(Browser.testid("dlm-setup-dilemma")).size() == 1 ? true : null);
            laptop.click(Browser.testid("dlm-setup-auto"));
            // Secret roles are our variant with a reveal step; the source's open roles are the default.
            assertEquals("open", laptop.selected("dlm-setup-mode"), "open roles by default, as in the source");
            laptop.select("dlm-setup-mode", "secret");
            assertEquals(false, laptop.read(Browser.testid("dlm-setup-auto"), WebElement::isSelected),
                    "steps run by hand in this test");
            laptop.screenshot("01-start-setup");
            tap(laptop, "create-submit");
            String code = laptop.text("created-code").trim();
            String projectorUrl = laptop.read(Browser.testid("open-projector"), e -> e.getAttribute("href"));
            tap(laptop, "open-facilitator");
            laptop.find("dilemma-console");

            projector.go(projectorUrl);
            projector.find("code");
            projector.find("dilemma-rule");

            String[] names = {"Anna", "Bram", "Cor"};
            for (String name : names) {
                joined(phones, code, name).find("dilemma-rule");
            }
            laptop.awaitText("participant-count", "3");
            phones.get(0).screenshot("02-phone-joined-rule");
            projector.awaitContaining("code", code.substring(0, 3));
            projector.screenshot("03-projector-arrival");

            // Welcome, then round 1: tables are made, the dilemma and the envelopes go out.
            next(laptop, "Welkom");
            next(laptop, "Ronde 1");
            for (Browser phone : phones) {
                phone.find("dilemma-title");
                tap(phone, "envelope");
                phone.find("role-title");
            }
            show(phones.get(0), "dilemma-panel");
            phones.get(0).screenshot("04-phone-draw-perspective");
            laptop.await(d -> d.findElements(css("[data-testid=\"dilemma-progress-person\"] .dlm-dot.is-done")).size() >= 3 ? true : null);
            show(laptop, "dilemma-console");
            laptop.screenshot("05-console-draw");
            projector.find("dilemma-card");
            projector.screenshot("06-projector-dilemma");

            // Share: values from the list, one in own words, a note.
            next(laptop, "Wat vind jij belangrijk");
            show(laptop, "timer-start");
            tap(laptop, "timer-start");
            String[][] values = {{"autonomie", "veiligheid"}, {"autonomie", "vertrouwen"}, {"autonomie"}};
            for (int i = 0; i < phones.size(); i++) {
                Browser phone = phones.get(i);
                for (String v : values[i]) {
                    clickCss(phone, "[data-testid=\"dilemma-value\"][data-value=\"" + v + "\"]");
                    awaitCss(phone, "[data-testid=\"dilemma-value\"][data-value=\"" + v + "\"][aria-checked=\"true\"]");
                }
            }
            Browser cor = phones.get(2);
            tap(cor, "dilemma-other");
            cor.type("dilemma-other-input", "Samen optrekken");
            tap(cor, "dilemma-other-add");
            cor.awaitContaining("dilemma-own-value", "Samen optrekken");
            cor.type("dilemma-note", "Als dochter wil ik gehoord worden.");
            tap(cor, "dilemma-note-save");
            phones.get(0).awaitContaining("dilemma-table", "Als dochter wil ik gehoord worden.");
            phones.get(0).find("dilemma-explain");
            show(phones.get(0), "dilemma-values");
            phones.get(0).screenshot("07-phone-share-values");
            laptop.await(d -> d.findElements(css("[data-testid=\"dilemma-progress-values\"].is-done")).size() == 3 ? true : null);
            show(laptop, "dilemma-console");
            laptop.screenshot("08-console-share-progress");

            // Choose: A, B and the middle way, with a reason.
            next(laptop, "Wat zou jij kiezen");
            // The facilitator nudges the table; every phone there shows it.
            tap(laptop, "dilemma-nudge-table");
            for (Browser phone : phones) phone.awaitContaining("dilemma-nudge", "Maak je keuze");
            show(phones.get(2), "dilemma-nudge");
            phones.get(2).screenshot("09a-phone-nudged");
            String[] sides = {"a", "b", "middle"};
            for (int i = 0; i < phones.size(); i++) {
                tap(phones.get(i), "dilemma-choice-" + sides[i]);
                awaitCss(phones.get(i), "[data-testid=\"dilemma-choice-" + sides[i] + "\"][aria-pressed=\"true\"]");
            }
            phones.get(1).type("dilemma-reason", "Het team draagt de verantwoordelijkheid.");
            tap(phones.get(1), "dilemma-reason-save");
            phones.get(0).awaitContaining("dilemma-table", "Het team draagt de verantwoordelijkheid.");
            show(phones.get(1), "dilemma-choose");
            phones.get(1).screenshot("09-phone-choose");
            laptop.await(d -> d.findElements(css("[data-testid=\"dilemma-progress-choice\"].is-done")).size() == 3 ? true : null);

            // Leading values: the table puts them on its flip-over.
            next(laptop, "Welke waarden waren leidend");
            phones.get(0).awaitContaining("dilemma-lead-value", "Autonomie");
            clickCss(phones.get(0), "[data-testid=\"dilemma-lead-value\"][data-dlm-focus=\"lead-autonomie\"]");
            phones.get(0).awaitContaining("dilemma-leading-list", "Autonomie");
            phones.get(1).type("dilemma-lead-input", "Samen optrekken");
            tap(phones.get(1), "dilemma-lead-add");
            for (Browser phone : phones) phone.awaitContaining("dilemma-leading-list", "Samen optrekken");
            phones.get(2).awaitContaining("dilemma-leading-list", "Autonomie");
            show(phones.get(2), "dilemma-lead");
            phones.get(2).screenshot("10-phone-leading-values");
            show(laptop, "dilemma-console");
            laptop.screenshot("11-console-lead");

            // The end of the round: everyone's perspective is revealed at the table.
            assertTrue(phones.get(0).all("dilemma-mate-role").isEmpty(), "secret roles stay hidden until the reveal");
            next(laptop, "Rollen onthullen");
            for (Browser phone : phones) {
                phone.await(d -> d.findElements(Browser.testid("dilemma-mate-role")).size() == 3 ? true : null);
            }
            show(phones.get(0), "dilemma-table");
            phones.get(0).screenshot("12-phone-reveal");

            // The plenary: the results on the projector and every phone; table 1's flip-over in the spotlight.
            next(laptop, "Plenair");
            projector.find("dilemma-results");
            show(laptop, "dilemma-spotlight");
            tap(laptop, "dilemma-spotlight");
            projector.find("dilemma-results");
            projector.awaitContaining("dilemma-leading", "Samen optrekken");
            projector.await(d -> d.findElements(css(".stage__board--spot")).isEmpty() ? null : true);
            // The row and its count are read in one try: the projector may redraw the chart between the two.
            List<String> first = projector.read(Browser.testid("dilemma-value-row"),
                    e -> List.of(e.getText(), e.findElement(Browser.testid("dilemma-value-count")).getText().trim()));
            assertTrue(first.get(0).contains("Autonomie"), "the value named most comes first: " + first.get(0));
            assertEquals("3", first.get(1));
            projector.screenshot("13-projector-plenary");
            phones.get(2).find("dilemma-results");
            show(phones.get(2), "dilemma-results");
            phones.get(2).screenshot("14-phone-plenary");
            show(laptop, "dilemma-results");
            laptop.screenshot("15-console-plenary");
            Browser bram = phones.get(1);
            tap(bram, "lang-toggle");
            bram.awaitContaining("dilemma-panel", "Which values dominated?");
            bram.awaitContaining("dilemma-values-chart", "Autonomy");
            show(bram, "dilemma-panel");
            bram.screenshot("16-phone-plenary-english");

            for (Browser b : List.of(laptop, projector)) assertEquals(List.of(), b.consoleErrors(), "no errors in the page");
            for (Browser phone : phones) assertEquals(List.of(), phone.consoleErrors(), "no errors on a phone");
        } finally {
            phones.forEach(Browser::close);
        }
    }

    @Test
    void whenPeopleChooseTheirPerspectiveTheTableSeesEachPickAndThereIsNoRevealStep() {
        List<Browser> phones = new ArrayList<>();
        try (Browser laptop = Browser.laptop(TEST)) {
            laptop.go(url("/"));
            laptop.find("dilemma-setup");
            laptop.type("create-title", "Zelf kiezen");
            laptop.click(Browser.testid("dlm-setup-auto"));
            laptop.select("dlm-setup-mode", "choose");
            tap(laptop, "create-submit");
            String code = laptop.text("created-code").trim();
            tap(laptop, "open-facilitator");
            laptop.find("dilemma-console");
            for (String name : new String[] {"Fleur", "Gijs"}) {
                joined(phones, code, name);
            }
            laptop.awaitText("participant-count", "2");
            next(laptop, "Welkom");
            next(laptop, "Ronde 1");
            Browser fleur = phones.get(0);
            Browser gijs = phones.get(1);
            fleur.find("dilemma-picks");
            pick(fleur, "bewoner");
            fleur.find("role-title");
            // Gijs sees Fleur's pick taken, and a further perspective waits while the table has core ones free.
            String taken = gijs.await(d -> d.findElements(css("[data-testid=\"dilemma-pick\"][data-role=\"bewoner\"]")).stream()
                    .filter(b -> !b.isEnabled()).findFirst().map(WebElement::getText).orElse(null));
            assertTrue(taken.contains("Fleur"), "who took it: " + taken);
            assertTrue(!gijs.read(css("[data-testid=\"dilemma-pick\"][data-role=\"teamleider\"]"), WebElement::isEnabled));
            pick(gijs, "naaste");
            show(gijs, "dilemma-picks");
            gijs.screenshot("20-phone-pick-perspective");
            next(laptop, "Wat vind jij belangrijk");
            for (Browser phone : phones) {
                phone.await(d -> d.findElements(Browser.testid("dilemma-mate-role")).size() == 2 ? true : null);
            }
            next(laptop, "Wat zou jij kiezen");
            next(laptop, "Welke waarden waren leidend");
            next(laptop, "Ronde 2");
            for (Browser b : phones) assertEquals(List.of(), b.consoleErrors(), "no errors on a phone");
            assertEquals(List.of(), laptop.consoleErrors(), "no errors in the page");
        } finally {
            phones.forEach(Browser::close);
        }
    }
}
