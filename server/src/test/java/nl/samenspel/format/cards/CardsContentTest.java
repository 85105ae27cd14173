package nl.samenspel.format.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.samenspel.content.ContentError;
import nl.samenspel.content.ContentPack;
import nl.samenspel.content.RawPack;
import nl.samenspel.content.Text;
import nl.samenspel.testing.SessionDriver;
import org.junit.jupiter.api.Test;

/** Every card of every deck of every built-in pack that holds a card game is complete and consistent. */
class CardsContentTest {

    /** Openings that name the source before the fact: the card's source line does that already. */
    private static final List<String> OPENERS_NL = List.of("volgens de", "de wegwijzer", "de veldverkenning", "in de veldverkenning");
    private static final List<String> OPENERS_EN = List.of("according to", "the guide", "movisie's field study", "in movisie's field study");

    private static List<ContentPack> packs() {
        List<ContentPack> packs = SessionDriver.CONTENT.all().stream().filter(CardsContent::present).toList();
        assertFalse(packs.isEmpty(), "the built-in content holds a card game");
        return packs;
    }

    @Test
    void everyCardOfEveryDeckIsCompleteInDutchAndEnglish() {
        for (ContentPack pack : packs()) {
            CardsContent content = CardsContent.of(pack);
            assertTrue(pack.languages().containsAll(List.of("nl", "en")), pack.id() + " ships Dutch and English");
            content.themes().forEach(t -> bilingual(pack.id() + " theme " + t.id(), t.title()));
            content.sources().forEach(s -> bilingual(pack.id() + " source " + s.id(), s.title()));
            content.statementOptions().forEach(o -> bilingual(pack.id() + " statement option " + o.id(), o.text()));
            content.steps().forEach(s -> bilingual(pack.id() + " step " + s.id(), s.title()));
            for (CardsContent.Deck deck : content.decks()) {
                bilingual(deck.id() + " title", deck.title());
                Set<String> ids = new HashSet<>();
                for (Card card : deck.cards()) {
                    String where = pack.id() + "/" + deck.id() + "/" + card.id();
                    assertTrue(ids.add(card.id()), where + " has a unique id");
                    assertTrue(Card.TYPES.contains(card.type()), where + " has a known type");
                    assertTrue(content.themes().stream().anyMatch(t -> t.id().equals(card.theme())), where + " has a known theme");
                    bilingual(where + " text", card.text());
                    switch (card.type()) {
                        case Card.KNOWLEDGE -> knowledge(content, card, where);
                        case Card.STATEMENT -> {
                            assertTrue(card.options().isEmpty(), where + ": a statement is answered with the statement options");
                            if (card.prompt() != null) bilingual(where + " prompt", card.prompt());
                        }
                        case Card.TIP -> {
                            bilingual(where + " title", card.title());
                            assertTrue(card.questions().size() <= 3, where + " asks at most three questions");
                            card.questions().forEach(q -> bilingual(where + " question", q));
                        }
                        case Card.ASSIGNMENT -> {
                            bilingual(where + " title", card.title());
                            bilingual(where + " prompt (what goes on the flip-over)", card.prompt());
                            assertTrue(card.questions().isEmpty(), where + ": an assignment is a task, not questions");
                        }
                        default -> {
                            bilingual(where + " title", card.title());
                            assertTrue(card.questions().size() >= 2 && card.questions().size() <= 3, where + " asks two or three questions");
                            card.questions().forEach(q -> bilingual(where + " question", q));
                        }
                    }
                }
            }
        }
    }

    private static void knowledge(CardsContent content, Card card, String where) {
        assertTrue(card.options().size() >= 2 && card.options().size() <= 4, where + " has 2–4 options");
        Set<String> optionIds = new HashSet<>();
        card.options().forEach(o -> {
            assertTrue(optionIds.add(o.id()), where + " option ids are unique");
            bilingual(where + " option " + o.id(), o.text());
        });
        assertTrue(optionIds.contains(card.answer()), where + " has its correct option among the options");
        bilingual(where + " explanation", card.explanation());
        assertTrue(content.sources().stream().anyMatch(s -> s.id().equals(card.source())), where + " names a known source");
        // The source line under the answer names where the fact comes from, once; the explanation gets on with the fact.
        assertFalse(opensWithASource(card.explanation().nl(), OPENERS_NL), where + ": the Dutch explanation opens with its source");
        assertFalse(opensWithASource(card.explanation().en(), OPENERS_EN), where + ": the English explanation opens with its source");
        Set<String> texts = card.options().stream().map(o -> o.text().nl()).collect(Collectors.toSet());
        assertEquals(card.options().size(), texts.size(), where + " has no two options alike");
    }

    private static boolean opensWithASource(String explanation, List<String> openers) {
        String lower = explanation.toLowerCase(Locale.ROOT);
        return openers.stream().anyMatch(lower::startsWith);
    }

    private static void bilingual(String where, Text text) {
        assertNotNull(text, where + " is there");
        assertFalse(text.nl() == null || text.nl().isBlank(), where + " has Dutch");
        assertFalse(text.missesEnglish(), where + " has English");
        assertFalse(text.nl().equals(text.en()) && text.nl().length() > 30, where + " is translated, not copied");
    }

    @Test
    void theMantelzorgDeckHasEnoughOfEachTypeSpreadOverAllEightThemes() {
        ContentPack pack = SessionDriver.CONTENT.pack(CardsSessions.PACK).orElseThrow();
        CardsContent content = CardsContent.of(pack);
        assertEquals(8, content.themes().size(), "the eight themes of the theme cards");
        CardsContent.Deck deck = content.decks().get(0);
        Map<String, Integer> counts = CardsContent.counts(deck.cards());
        assertTrue(deck.cards().size() >= 40, "at least 40 cards, not " + deck.cards().size());
        assertTrue(counts.get(Card.KNOWLEDGE) >= 15, "at least 15 knowledge cards: " + counts);
        assertTrue(counts.get(Card.STATEMENT) >= 10, "at least 10 statements: " + counts);
        assertTrue(counts.get(Card.CASE) >= 10, "at least 10 cases: " + counts);
        assertTrue(counts.get(Card.TIP) >= 3 && counts.get(Card.ASSIGNMENT) >= 3,
                "tips and assignments, the card types source 003 names besides cases: " + counts);
        for (CardsPlan.Theme theme : content.themes()) {
            Set<String> types = deck.cards().stream().filter(c -> c.theme().equals(theme.id())).map(Card::type)
                    .collect(Collectors.toSet());
            assertTrue(types.size() >= 2, "theme " + theme.id() + " has cards of at least two types: " + types);
        }
        for (String subject : List.of("SOFA", "WIFA", "Caregiver Strain Index", "EDIZ-plus", "3-minuten-check",
                "respijtzorg", "warm doorverwijzen", "informele zorg", "mantelzorg", "vrijwillige")) {
            assertTrue(deck.cards().stream().filter(c -> c.type().equals(Card.KNOWLEDGE))
                            .anyMatch(c -> (c.text().nl() + " " + c.explanation().nl()).toLowerCase(Locale.ROOT)
                                    .contains(subject.toLowerCase(Locale.ROOT))),
                    "a knowledge card is about " + subject);
        }
    }

    @Test
    void aBrokenCardIsReportedWithItsPathAndTheSectionIsNotUsed() {
        assertBroken(card -> card.put("answer", "z"), "cards.decks[0].cards[0].answer");
        assertBroken(card -> card.put("theme", "onbekend"), "cards.decks[0].cards[0].theme");
        assertBroken(card -> card.remove("explanation"), "cards.decks[0].cards[0].explanation");
        assertBroken(card -> ((ArrayNode) card.get("options")).removeAll(), "cards.decks[0].cards[0].options");
        assertBroken(card -> card.put("source", "elders"), "cards.decks[0].cards[0].source");
        assertBroken(card -> card.putObject("text").put("en", "English only"), "cards.decks[0].cards[0].text.nl");
        assertBroken(card -> card.put("type", "quiz"), "cards.decks[0].cards[0].type");
        assertBroken(card -> card.put("id", "K 1"), "cards.decks[0].cards[0].id");
    }

    private static void assertBroken(Consumer<ObjectNode> breakFirstCard, String path) {
        ContentPack pack = SessionDriver.CONTENT.pack(CardsSessions.PACK).orElseThrow();
        ObjectNode raw = pack.raw().deepCopy();
        ObjectNode card = (ObjectNode) raw.get("cards").get("decks").get(0).get("cards").get(0);
        breakFirstCard.accept(card);
        ContentPack broken = new ContentPack(pack.id(), pack.title(), pack.version(), pack.languages(), pack.author(),
                pack.licence(), pack.base(), pack.roleSets(), raw, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CardsContent.of(broken));
        assertTrue(e.getMessage().startsWith(path), "the error names " + path + ": " + e.getMessage());
        CardsFormat format = new CardsFormat();
        assertFalse(format.accepts(broken), "a broken pack is not offered");
        assertEquals(e.getMessage(), format.setup(broken).getString("error"), "the set-up says what is wrong");

        // A trainer's copy with this fault is kept out of the library, the error naming the card and the field.
        raw.put("id", "kaartspel-kopie");
        List<ContentError> blocking = SessionDriver.CONTENT.check(new RawPack("kopie.json", raw, Map.of())).stream()
                .filter(ContentError::blocking).toList();
        String field = path.substring("cards.decks[0].cards[0].".length());
        assertTrue(blocking.stream().anyMatch(err -> "kopie.json".equals(err.file())
                        && card.path("id").asText().equals(err.item()) && field.equals(err.field())),
                "the library names card " + card.path("id") + ", field " + field + ": " + blocking);
    }
}
