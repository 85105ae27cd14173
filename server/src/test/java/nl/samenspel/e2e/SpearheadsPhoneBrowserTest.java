package nl.samenspel.e2e;

import static nl.samenspel.e2e.WorkshopSteps.js;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.testing.Browser;
import nl.samenspel.testing.BrowserStage;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The spearheads on a phone in real browsers (issue 14): its flip-over tabs, a single dot named
 * as such, and the closing table readable at 360 px.
 */
class SpearheadsPhoneBrowserTest {

    @RegisterExtension final BrowserStage stage = new BrowserStage();

    /**
     * Items 12 to 14 on a spearheads session: the phone's tabs are one row and the parking lot's
     * tab says so; one dot is "1 stip" on the console and in the print view; the closing table
     * reads at 360 px, names across the card and every cell labelled.
     */
    @Test
    void spearheadsTabsDotsAndTheClosingTableReadOnAPhone() {
        TestServer server = stage.server();
        Browser laptop = stage.laptop();
        Browser phone = stage.open(360, 800);
        JsonObject created = server.createSession(new JsonObject().put("format", "spearheads").put("pack", "speerpunten")
                .put("title", "Speerpunten"));
        String code = created.getString("code");
        LiveClient f = server.client();
        JsonObject snapshot = f.attach(code, created.getString("facilitatorToken"), 0).getJsonObject("snapshot");
        JsonArray steps = snapshot.getJsonObject("agenda").getJsonArray("steps");
        String parking = snapshot.getJsonArray("boards").stream().map(o -> (JsonObject) o)
                .filter(b -> b.getString("id").equals("plenary")).findFirst().orElseThrow()
                .getJsonObject("title").getString("nl");
        phone.go(created.getString("joinUrl"));
        phone.type("join-name", "Anna");
        phone.click("join-submit");
        phone.awaitText("me-label", "Anna");
        LiveClient bram = server.client();
        bram.join(code, "Bram");
        laptop.go(created.getString("facilitatorUrl"));
        laptop.awaitText("participant-count", "2");

        int spearhead = -1;
        int closing = -1;
        for (int i = 0; i < steps.size(); i++) {
            String kind = steps.getJsonObject(i).getString("kind");
            if (kind.equals("spearhead") && spearhead < 0) spearhead = i;
            if (kind.equals("closing")) closing = i;
        }
        String id = steps.getJsonObject(spearhead).getString("id");
        f.ack("step.goto", new JsonObject().put("index", spearhead));
        JsonObject note = bram.ack("note.add", new JsonObject().put("board", "plenary/" + id).put("column", "actions")
                .put("text", "Factsheet delen"));
        String noteId = bram.event("note.upserted", d -> d.getJsonObject("note").getString("text").equals("Factsheet delen"))
                .getJsonObject("data").getJsonObject("note").getString("id");
        bram.ack("vote.add", new JsonObject().put("board", "plenary/" + id).put("note", noteId));
        assertTrue(note.containsKey("seq"));
        laptop.awaitContaining("sp-action-notes", "1 stip");
        assertTrue(!laptop.text("sp-action-notes").contains("1 stippen"), "one dot is '1 stip'");

        // The phone's tabs: one row, and the parking lot named as its board is.
        phone.await(d -> d.findElements(Browser.testid("board-tab")).size() >= 2 ? true : null);
        @SuppressWarnings("unchecked")
        List<Object> tabs = (List<Object>) js(phone, """
                return [...document.querySelectorAll('[data-testid="board-tab"]')].map((t) => [t.dataset.board, t.textContent.trim(), t.offsetTop]);""");
        assertEquals(1, tabs.stream().map(t -> ((List<?>) t).get(2)).distinct().count(), "the tabs are one row: " + tabs);
        assertTrue(tabs.stream().anyMatch(t -> ((List<?>) t).get(0).equals("plenary") && ((List<?>) t).get(1).equals(parking)),
                "the parking lot's tab says '" + parking + "': " + tabs);
        phone.centre("board-tab");
        phone.screenshot("spearheads-tabs-360");

        // The print view counts one dot as one.
        String print = laptop.read(Browser.testid("sp-print"), e -> e.getDomProperty("href"));

        // The closing table at 360 px: names across the card, each cell labelled.
        f.ack("step.goto", new JsonObject().put("index", closing));
        phone.find("sp-closing");
        @SuppressWarnings("unchecked")
        List<Object> rows = (List<Object>) js(phone, """
                return [...document.querySelectorAll('[data-testid="sp-closing-row"]')].map((row) => [
                  row.querySelector('th').getBoundingClientRect().width / window.innerWidth,
                  [...row.querySelectorAll('td')].map((td) => getComputedStyle(td, '::before').content)]);""");
        assertFalse(rows.isEmpty());
        for (Object o : rows) {
            List<?> row = (List<?>) o;
            assertTrue(((Number) row.get(0)).doubleValue() > 0.6, "a spearhead's name spans the card: " + rows);
            for (Object label : (List<?>) row.get(1)) {
                assertTrue(label.equals("\"Stand van zaken\"") || label.equals("\"Actielijst\""), "every cell has its label: " + rows);
            }
        }
        phone.centre("sp-closing");
        phone.screenshot("spearheads-closing-360");

        laptop.go(print);
        laptop.await(d -> d.findElement(By.tagName("body")).getText().contains("Factsheet delen (1 stip)") ? true : null);
        bram.close();
        f.close();
    }
}
