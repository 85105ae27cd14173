package nl.samenspel.format.spearheads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.samenspel.content.ContentError;
import nl.samenspel.content.ContentPack;
import nl.samenspel.content.RawPack;
import nl.samenspel.content.Text;
import nl.samenspel.format.spearheads.SpearheadsPlan.Factor;
import nl.samenspel.format.spearheads.SpearheadsPlan.Spearhead;
import nl.samenspel.testing.SessionDriver;
import org.junit.jupiter.api.Test;

/** The built-in pack content/speerpunten.json: every item valid, in Dutch and English, true to the source's facts. */
class SpearheadsContentTest {

    private final ContentPack pack = SessionDriver.CONTENT.pack("speerpunten").orElseThrow();
    private final SpearheadsContent content = SpearheadsContent.read(pack);

    @Test
    void theManifestIsComplete() {
        assertEquals("speerpunten", pack.id());
        assertNotNull(pack.version());
        assertEquals(List.of("nl", "en"), pack.languages());
        assertNotNull(pack.author());
        assertNotNull(pack.licence());
        assertBoth(pack.title());
    }

    @Test
    void theFourSpearheadsOfTheSourceEachWithAnExplanationAndQuestions() {
        assertEquals(List.of("Kennis en visie", "Rol van de professional", "Aan de slag (instrumenten)", "Omgeving en context"),
                content.spearheads().stream().map(s -> s.title().nl()).toList());
        for (Spearhead s : content.spearheads()) {
            assertFalse(SpearheadsSetup.STEP_IDS.contains(s.id()), "a spearhead id never clashes with a step id");
            assertBoth(s.title());
            assertBoth(s.summary());
            assertFalse(s.questions().isEmpty(), s.id() + " has guiding questions");
            s.questions().forEach(this::assertBoth);
            s.points().forEach(this::assertBoth);
        }
        int total = content.spearheadMinutes().stream().mapToInt(Integer::intValue).sum()
                + content.intro().minutes() + content.thermometerStep().minutes() + content.closing().minutes();
        assertTrue(total >= 40 && total <= 60, "the default session fits the source's 40–60 minutes: " + total);
    }

    @Test
    void theThreeColumnsAndTheNineSuccessFactors() {
        assertEquals(List.of("Stand van zaken", "Wat vinden wij belangrijk", "Acties"),
                content.columns().stream().map(c -> c.title().nl()).toList());
        content.columns().forEach(c -> {
            assertBoth(c.title());
            assertBoth(c.hint());
        });
        assertEquals(List.of("Taakverdeling", "Elkaar nodig hebben", "Regelmaat van onderling contact", "Omgaan met ongelijkheid",
                "Vertrouwen", "Verplaatsen in elkaar", "Tegengestelde belangen", "Ethische dilemma's", "Samenwerking evalueren"),
                content.factors().stream().map(f -> f.title().nl()).toList());
        for (Factor f : content.factors()) {
            assertBoth(f.title());
            assertBoth(f.hint());
        }
        List.of(content.thermometerTitle(), content.thermometerIntro(), content.low(), content.high(), content.modelTitle(),
                content.modelIntro(), content.modelTip(), content.parkingTitle(), content.parkingColumn()).forEach(this::assertBoth);
        List.of(content.intro(), content.thermometerStep(), content.review(), content.closing()).forEach(step -> {
            if (step.title() != null) assertBoth(step.title());
            assertBoth(step.hint());
        });
    }

    @Test
    void everyStartPageChoiceIsOfferedAndAnotherPackIsTurnedAwayByName() {
        JsonObject offer = SessionDriver.FORMATS.require("spearheads").setup(pack);
        assertEquals(4, offer.getJsonArray("spearheads").size());
        assertEquals(9, offer.getJsonObject("thermometer").getInteger("factors"));
        // The fixed steps' titles, as the agenda will name them (the content library lists a template's minutes by them).
        JsonObject titles = offer.getJsonObject("stepTitles");
        assertEquals(new JsonObject().put("nl", "Het model: vier speerpunten").put("en", "The model: four key areas"), titles.getJsonObject("intro"));
        assertEquals("Onze actielijst", titles.getJsonObject("closing").getString("nl"));
        assertEquals(java.util.Set.of("intro", "thermometer", "review", "closing"), titles.fieldNames());
        ContentPack basis = SessionDriver.CONTENT.pack("samenspel-basis").orElseThrow();
        assertTrue(SessionDriver.FORMATS.require("spearheads").setup(basis).containsKey("unavailable"));
    }

    @Test
    void aBrokenSectionIsReadNamingThePathOfTheFault() {
        assertFault("spearheads.model.intro", raw -> ((ObjectNode) raw.at("/spearheads/model")).remove("intro"));
        assertFault("spearheads.columns[1].color", raw -> ((ObjectNode) raw.at("/spearheads/columns/1")).put("color", "rood"));
        assertFault("spearheads.columns", raw -> ((ArrayNode) raw.at("/spearheads/columns")).remove(0));
        assertFault("spearheads.spearheads[2].id", raw -> ((ObjectNode) raw.at("/spearheads/spearheads/2")).put("id", "review"));
        assertFault("spearheads.spearheads[3].id", raw -> ((ObjectNode) raw.at("/spearheads/spearheads/3")).put("id", "kennis-visie"));
        assertFault("spearheads.spearheads[0].questions[1].nl", raw -> ((ObjectNode) raw.at("/spearheads/spearheads/0/questions/1")).put("nl", " "));
        assertFault("spearheads.spearheads[1].points", raw -> ((ObjectNode) raw.at("/spearheads/spearheads/1")).put("points", "los"));
        assertFault("spearheads.spearheads[0].minutes", raw -> ((ObjectNode) raw.at("/spearheads/spearheads/0")).put("minutes", 500));
        assertFault("spearheads.spearheads", raw -> raw.withObject("/spearheads").putArray("spearheads"));
        assertFault("spearheads.thermometer.factors[4].id", raw -> ((ObjectNode) raw.at("/spearheads/thermometer/factors/4")).put("id", "Vertrouwen"));
        assertFault("spearheads.thermometer.factors[5].id", raw -> ((ObjectNode) raw.at("/spearheads/thermometer/factors/5")).put("id", "vertrouwen"));
        assertFault("spearheads.thermometer.scale.low", raw -> ((ObjectNode) raw.at("/spearheads/thermometer/scale")).put("low", "slecht"));
        assertFault("spearheads.steps.review.minutes", raw -> ((ObjectNode) raw.at("/spearheads/steps/review")).put("minutes", 0));
        assertFault("spearheads.parking.column.en", raw -> ((ObjectNode) raw.at("/spearheads/parking/column")).put("en", 3));
    }

    @Test
    void whatIsLeftOutTakesItsDefault() {
        ObjectNode raw = pack.raw().deepCopy();
        raw.withObject("/spearheads").remove(List.of("thermometer", "steps", "parking"));
        ((ObjectNode) raw.at("/spearheads/columns/0")).remove("color");
        SpearheadsContent c = SpearheadsContent.read(copy(raw));
        assertTrue(c.factors().isEmpty(), "no thermometer");
        assertEquals(5, c.intro().minutes());
        assertEquals("Parkeerplaats", c.parkingTitle().nl());
        assertEquals("yellow", c.columns().get(0).color());
    }

    /** The reader names the path; the library, checking a trainer's copy, names the file, the item and the field. */
    private void assertFault(String path, Consumer<ObjectNode> breakIt) {
        ObjectNode raw = pack.raw().deepCopy();
        breakIt.accept(raw);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpearheadsContent.read(copy(raw)));
        assertTrue(e.getMessage().startsWith(path + ": "), "names " + path + ": " + e.getMessage());

        raw.put("id", "speerpunten-kopie");
        List<ContentError> blocking = SessionDriver.CONTENT.check(new RawPack("kopie.json", raw, Map.of())).stream()
                .filter(ContentError::blocking).toList();
        assertEquals(1, blocking.size(), path + ": " + blocking);
        ContentError error = blocking.get(0);
        assertEquals("kopie.json", error.file());
        String item = itemOf(raw, path);
        assertEquals(item, error.item(), error.toString());
        assertTrue(item == null ? path.startsWith(error.field()) : path.endsWith("]." + error.field()) || path.endsWith("]" + error.field()),
                path + " → " + error);
        assertTrue(SessionDriver.CONTENT.pack("speerpunten-kopie").isEmpty(), "nothing added");
    }

    /** The id of the innermost item with an id on the path, as the library names it. */
    private static String itemOf(ObjectNode raw, String path) {
        String item = null;
        StringBuilder pointer = new StringBuilder();
        for (String part : path.replace("[", ".").replace("]", "").split("\\.")) {
            pointer.append('/').append(part);
            if (part.matches("\\d+") && raw.at(pointer.toString()).path("id").isTextual()) item = raw.at(pointer.toString()).path("id").asText();
        }
        return item;
    }

    private ContentPack copy(ObjectNode raw) {
        return new ContentPack(pack.id(), pack.title(), pack.version(), pack.languages(), pack.author(), pack.licence(),
                pack.base(), pack.roleSets(), raw, false);
    }

    private void assertBoth(Text t) {
        assertNotNull(t);
        assertFalse(t.nl() == null || t.nl().isBlank(), "Dutch text");
        assertFalse(t.missesEnglish(), "English alongside: " + t.nl());
        List<String> bad = new ArrayList<>();
        for (String s : List.of(t.nl(), t.en())) if (!s.equals(s.trim()) || s.contains("  ")) bad.add(s);
        assertTrue(bad.isEmpty(), "clean white space: " + bad);
    }
}
