package nl.samenspel.format.spearheads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.content.ContentPack;
import nl.samenspel.content.Text;
import nl.samenspel.format.spearheads.SpearheadsPlan.Factor;
import nl.samenspel.format.spearheads.SpearheadsPlan.Spearhead;
import org.junit.jupiter.api.Test;

/** The built-in pack content/speerpunten.json: every item valid, in Dutch and English, true to the source's facts. */
class SpearheadsContentTest {

    private final ContentPack pack = SpearheadsFixture.CONTENT.pack("speerpunten").orElseThrow();
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
        JsonObject offer = SpearheadsFixture.FORMATS.require("spearheads").setup(pack);
        assertEquals(4, offer.getJsonArray("spearheads").size());
        assertEquals(9, offer.getJsonObject("thermometer").getInteger("factors"));
        ContentPack basis = SpearheadsFixture.CONTENT.pack("samenspel-basis").orElseThrow();
        assertTrue(SpearheadsFixture.FORMATS.require("spearheads").setup(basis).containsKey("unavailable"));
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
