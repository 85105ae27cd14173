package nl.samenspel.format.dilemma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import nl.samenspel.content.ContentError;
import nl.samenspel.content.ContentPack;
import nl.samenspel.content.RawPack;
import nl.samenspel.content.Role;
import nl.samenspel.content.RoleSet;
import nl.samenspel.content.Text;
import nl.samenspel.testing.SessionDriver;
import org.junit.jupiter.api.Test;

/** Every item of the built-in pack content/dilemmaspel.json, Dutch first and English alongside. */
class DilemmaContentTest {

    private static final ContentPack PACK = SessionDriver.CONTENT.pack("dilemmaspel").orElseThrow();
    private static final DilemmaContent CONTENT = DilemmaContent.read(PACK);

    @Test
    void thePackHasAManifest() {
        assertEquals("dilemmaspel", PACK.id());
        assertTrue(PACK.version().matches("\\d+\\.\\d+\\.\\d+"));
        assertEquals(List.of("nl", "en"), PACK.languages());
        assertNotNull(PACK.licence());
        assertNotNull(PACK.author());
        complete(PACK.title(), "title");
    }

    @Test
    void theFiveDilemmasOfTheSourceAreThereWithAtLeastFiveMoreFromTheSameThemes() {
        List<String> ids = CONTENT.dilemmas().stream().map(Dilemma::id).toList();
        assertEquals(List.of("wassen-of-douchen", "open-deur", "familie-in-de-huiskamer", "hulp-bij-eten", "dochter-belt-arts"),
                ids.subList(0, 5), "the source's five, in its order");
        assertTrue(ids.size() >= 10, "at least five more: " + ids.size());
        for (String extra : List.of("niets-tegen-mijn-zoon", "ik-red-het-wel", "vrijwilliger-doet-meer", "jonge-mantelzorger",
                "zorg-in-de-familie")) {
            assertTrue(ids.contains(extra), "a dilemma on the theme of " + extra);
        }
        Set<String> settings = new HashSet<>();
        for (Dilemma d : CONTENT.dilemmas()) {
            String at = "dilemma " + d.id();
            complete(d.title(), at + " title");
            complete(d.theme(), at + " theme");
            complete(d.setting(), at + " setting");
            sentence(d.situation(), at + " situation");
            complete(d.sideA(), at + " side a");
            complete(d.sideB(), at + " side b");
            assertNotEquals(d.sideA().nl(), d.sideB().nl(), at + ": two different sides");
            settings.add(d.setting().nl());
        }
        assertTrue(settings.containsAll(Set.of("Thuiszorg", "Sociaal wijkteam")), "home care and district teams too: " + settings);
        assertEquals(CONTENT.themes().size(), CONTENT.dilemmas().stream().map(Dilemma::theme).distinct().count(),
                "every theme has a dilemma");
    }

    @Test
    void theValueListHasAboutTwentyCareEthicsValuesEachExplainedInOneLine() {
        List<ValueCard> values = CONTENT.values();
        assertTrue(values.size() >= 20 && values.size() <= 25, "about 20: " + values.size());
        Set<String> ids = values.stream().map(ValueCard::id).collect(java.util.stream.Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("autonomie", "veiligheid", "privacy", "kwaliteit-van-leven", "eigen-regie",
                "waardigheid", "professionele-verantwoordelijkheid", "vertrouwen")), "the values the issue names");
        Set<String> names = new HashSet<>();
        for (ValueCard v : values) {
            complete(v.title(), "value " + v.id());
            sentence(v.explanation(), "value " + v.id() + " explanation");
            assertTrue(v.explanation().nl().length() <= 90, "one line: " + v.id());
            assertTrue(v.title().nl().length() <= DilemmaRules.VALUE_TEXT, "fits a note: " + v.id());
            assertTrue(names.add(v.title().nl().toLowerCase(Locale.ROOT)), "one name once: " + v.title().nl());
        }
    }

    @Test
    void theRoleSetsPutTheSourcesFourPerspectivesFirstEachRoleWithABriefAndTwoQuestions() {
        RoleSet set = DilemmaSetup.roleSet(CONTENT.roleSet(), PACK, PACK, SessionDriver.CONTENT).orElseThrow();
        assertEquals(List.of("bewoner", "naaste", "vrijwilliger", "zorgprofessional", "kind", "teamleider",
                        "specialist-ouderengeneeskunde"), set.roles().stream().map(Role::id).toList(),
                "the team leader and the elderly-care physician are two perspectives");
        assertEquals(List.of("bewoner", "naaste", "vrijwilliger", "zorgprofessional"), set.core(),
                "client or resident, family carer, volunteer and care professional, as in source 001");
        RoleSet district = DilemmaSetup.roleSet("wijkteam", PACK, PACK, SessionDriver.CONTENT).orElseThrow();
        assertEquals(4, district.core().size());
        assertTrue(district.roles().size() > district.core().size(), "a fifth person at a district table gets a further perspective");
        List<String> districtDilemmas = CONTENT.dilemmas().stream().filter(d -> "wijkteam".equals(d.roleSet())).map(Dilemma::id).toList();
        assertEquals(CONTENT.dilemmas().stream().filter(d -> d.setting().nl().equals("Sociaal wijkteam")).map(Dilemma::id).toList(),
                districtDilemmas, "every dilemma set in a district team names the district team's perspectives");
        for (Role r : java.util.stream.Stream.concat(set.roles().stream(), district.roles().stream()).toList()) {
            complete(r.title(), "role " + r.id());
            sentence(r.brief(), "role " + r.id() + " brief");
            assertEquals(2, r.prompts().size(), "two prompt questions for " + r.id());
            r.prompts().forEach(q -> {
                complete(q, "role " + r.id() + " prompt");
                assertTrue(q.nl().endsWith("?") && q.en().endsWith("?"), "a question: " + q);
            });
        }
    }

    @Test
    void theStepsAreTimedAsTheSourceSays() {
        assertEquals(60, CONTENT.steps().get(StepKind.DRAW).seconds());
        for (String kind : List.of(StepKind.SHARE, StepKind.CHOOSE, StepKind.LEAD)) {
            assertEquals(180, CONTENT.steps().get(kind).seconds(), kind);
        }
        assertEquals(300, CONTENT.steps().get(StepKind.PLENARY).seconds());
        assertEquals(10 * 60, CONTENT.roundSeconds(RoleMode.OPEN), "the source's four steps; its round of 15 minutes includes reading the dilemma");
        assertEquals(15 * 60, CONTENT.roundSeconds(RoleMode.SECRET), "with secret roles our reveal step adds five minutes");
        assertEquals(RoleMode.OPEN, CONTENT.roleMode(), "roles are open by default, as the source plays the game");
        assertEquals(2, CONTENT.rounds());
        assertEquals(4, CONTENT.minTableSize());
        assertEquals(5, CONTENT.maxTableSize());
        CONTENT.steps().values().forEach(s -> {
            complete(s.title(), "step " + s.kind());
            sentence(s.hint(), "step " + s.kind() + " hint");
        });
        assertTrue(CONTENT.rule().nl().startsWith("Er is geen goed of fout"));
        assertTrue(CONTENT.rule().en().startsWith("There is no right or wrong"));
    }

    @Test
    void theFileOnDiskIsTheOneTheServerLoads() {
        RawPack fromDisk = SessionDriver.CONTENT.files().read(Path.of("..", "content", "dilemmaspel.json"));
        assertEquals(PACK.raw(), fromDisk.json());
    }

    @Test
    void aBrokenPackIsRefusedNamingThePlaceOfTheFault() {
        String first = PACK.raw().path("dilemma").path("dilemmas").path(0).path("id").asText();
        String second = PACK.raw().path("dilemma").path("dilemmas").path(1).path("id").asText();
        assertFault(first, "sides.b.en", raw -> ((ObjectNode) raw.withObject("/dilemma").withArray("dilemmas").get(0).get("sides").get("b")).remove("en"));
        assertFault(second, "theme", raw -> ((ObjectNode) raw.withObject("/dilemma").withArray("dilemmas").get(1)).put("theme", "onbekend"));
        assertFault("autonomie", "id", raw -> ((ObjectNode) raw.withObject("/dilemma").withArray("values").get(2)).put("id", "autonomie"));
        assertFault(null, "dilemma.steps", raw -> raw.withObject("/dilemma").withArray("steps").remove(0));
        assertFault(null, "dilemma.steps[1].seconds", raw -> ((ObjectNode) raw.withObject("/dilemma").withArray("steps").get(1)).put("seconds", 0));
    }

    /** A trainer's copy with one fault is kept out of the library, and the error says where the fault is. */
    private static void assertFault(String item, String field, Consumer<ObjectNode> breakIt) {
        ObjectNode raw = PACK.raw().deepCopy();
        raw.put("id", "dilemmaspel-kopie");
        breakIt.accept(raw);
        List<ContentError> blocking = SessionDriver.CONTENT.check(new RawPack("kopie.json", raw, Map.of())).stream()
                .filter(ContentError::blocking).toList();
        assertFalse(blocking.isEmpty(), "refused: " + field);
        assertTrue(blocking.stream().anyMatch(e -> "kopie.json".equals(e.file()) && Objects.equals(item, e.item()) && field.equals(e.field())),
                "names item " + item + ", field " + field + ": " + blocking);
        assertTrue(SessionDriver.CONTENT.pack("dilemmaspel-kopie").isEmpty(), "nothing added");
    }

    /** Dutch and English present, tidy, and the English not a copy of the Dutch. */
    private static void complete(Text t, String what) {
        assertNotNull(t, what);
        for (String s : new String[] {t.nl(), t.en()}) {
            assertTrue(s != null && !s.isBlank(), what + ": both languages");
            assertEquals(s.strip(), s, what + ": no loose spaces");
            assertTrue(!s.contains("  ") && !s.contains("TODO"), what + ": tidy");
        }
        if (t.nl().length() > 25) assertNotEquals(t.nl(), t.en(), what + ": English written, not copied");
    }

    private static void sentence(Text t, String what) {
        complete(t, what);
        assertTrue(t.nl().matches("(?s).*[.?!’]$") && t.en().matches("(?s).*[.?!’]$"), what + ": whole sentences");
    }
}
