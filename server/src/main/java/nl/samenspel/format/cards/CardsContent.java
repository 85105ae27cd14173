package nl.samenspel.format.cards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.content.ContentPack;
import nl.samenspel.content.Text;
import nl.samenspel.session.domain.agenda.Agenda;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.domain.board.Colors;
import nl.samenspel.session.domain.board.Column;

/**
 * The card game's section of a content pack ({@code cards}, described in docs/content/cards.md),
 * read and checked in one go: a broken card is reported with its path
 * ({@code cards.decks[0].cards[3].answer}) and nothing of the section is used.
 */
public record CardsContent(List<CardsPlan.Theme> themes, List<CardsPlan.Source> sources,
                           List<Card.Option> statementOptions, Text boardTitle, Text plenaryBoardTitle,
                           List<Column> columns, String insightColumn, String assignmentColumn, List<Step> steps, GameRules rules,
                           int maxTableSize, List<Deck> decks) {

    public static final String SECTION = "cards";

    /** A deck: a named set of cards a facilitator can pick. */
    public record Deck(String id, Text title, Text description, List<Card> cards) {}

    public static boolean present(ContentPack pack) {
        return pack.raw() != null && pack.raw().get(SECTION) instanceof com.fasterxml.jackson.databind.node.ObjectNode;
    }

    /** Reads the section; throws {@link IllegalArgumentException} naming the first thing that is wrong. */
    public static CardsContent of(ContentPack pack) {
        if (!present(pack)) {
            throw new IllegalArgumentException("content pack '" + pack.id() + "' has no card game (section '" + SECTION + "')");
        }
        return read(new Node(SECTION, pack.raw().get(SECTION)));
    }

    public Optional<Deck> deck(String id) {
        return decks.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    private static CardsContent read(Node root) {
        List<CardsPlan.Theme> themes = new ArrayList<>();
        Set<String> themeIds = new HashSet<>();
        for (Node t : root.array("themes", 1, 20)) {
            String id = t.id("id", themeIds);
            themes.add(new CardsPlan.Theme(id, themes.size() + 1, t.text("title")));
        }
        List<CardsPlan.Source> sources = new ArrayList<>();
        Set<String> sourceIds = new HashSet<>();
        for (Node s : root.array("sources", 1, 50)) sources.add(new CardsPlan.Source(s.id("id", sourceIds), s.text("title")));
        List<Card.Option> statementOptions = new ArrayList<>();
        Set<String> optionIds = new HashSet<>();
        for (Node o : root.array("statementOptions", 2, 5)) {
            statementOptions.add(new Card.Option(o.id("id", optionIds), o.text("text")));
        }

        Node board = root.object("board");
        List<Column> columns = new ArrayList<>();
        Set<String> columnIds = new HashSet<>();
        for (Node c : board.array("columns", 1, 6)) {
            String color = c.string("color");
            if (!Colors.ALL.contains(color)) throw c.wrong("color", "must be one of " + Colors.ALL);
            columns.add(new Column(c.id("id", columnIds), c.text("title"), color));
        }
        String insightColumn = board.string("insightColumn");
        if (!columnIds.contains(insightColumn)) throw board.wrong("insightColumn", "must be one of the columns " + columnIds);
        String assignmentColumn = board.json().has("assignmentColumn") ? board.string("assignmentColumn") : null;
        if (assignmentColumn != null && !columnIds.contains(assignmentColumn)) {
            throw board.wrong("assignmentColumn", "must be one of the columns " + columnIds);
        }

        List<Step> steps = new ArrayList<>();
        Set<String> stepIds = new HashSet<>();
        int plays = 0;
        for (Node s : root.array("steps", 1, 10)) {
            String kind = s.string("kind");
            if (!List.of("intro", "play", "plenary").contains(kind)) throw s.wrong("kind", "must be intro, play or plenary");
            if (kind.equals("play")) plays++;
            steps.add(new Step(s.id("id", stepIds), kind, steps.size(), s.text("title"), s.optionalText("hint"),
                    s.integer("seconds", Agenda.MIN_SECONDS, Agenda.MAX_SECONDS)));
        }
        if (plays != 1) throw root.wrong("steps", "needs exactly one step of kind 'play'");

        Node rules = root.object("rules");
        GameRules defaults = CardsSetup.rules(rules.json(), null, SECTION + ".rules");
        int maxTableSize = rules.integer("maxTableSize", 2, 12);

        List<Deck> decks = new ArrayList<>();
        Set<String> deckIds = new HashSet<>();
        for (Node d : root.array("decks", 1, 20)) {
            List<Card> cards = new ArrayList<>();
            Set<String> cardIds = new HashSet<>();
            for (Node c : d.array("cards", 1, 500)) cards.add(card(c, cardIds, themeIds, sourceIds));
            decks.add(new Deck(d.id("id", deckIds), d.text("title"), d.optionalText("description"), cards));
        }
        return new CardsContent(themes, sources, statementOptions, board.text("title"), board.text("plenaryTitle"),
                columns, insightColumn, assignmentColumn, steps, defaults, maxTableSize, decks);
    }

    private static Card card(Node c, Set<String> cardIds, Set<String> themes, Set<String> sources) {
        String id = c.id("id", cardIds);
        String type = c.string("type");
        if (!Card.TYPES.contains(type)) throw c.wrong("type", "must be one of " + Card.TYPES);
        String theme = c.string("theme");
        if (!themes.contains(theme)) throw c.wrong("theme", "'" + theme + "' is not one of the themes " + themes);
        Text text = c.text("text");
        return switch (type) {
            case Card.KNOWLEDGE -> {
                List<Card.Option> options = new ArrayList<>();
                Set<String> optionIds = new HashSet<>();
                for (Node o : c.array("options", 2, 4)) options.add(new Card.Option(o.id("id", optionIds), o.text("text")));
                String answer = c.string("answer");
                if (!optionIds.contains(answer)) throw c.wrong("answer", "'" + answer + "' is not one of the options " + optionIds);
                String source = c.string("source");
                if (!sources.contains(source)) throw c.wrong("source", "'" + source + "' is not one of the sources " + sources);
                c.none("questions");
                yield new Card(id, type, theme, c.optionalText("title"), text, options, answer, c.text("explanation"),
                        source, null, null);
            }
            case Card.STATEMENT -> {
                c.none("options");
                c.none("answer");
                c.none("questions");
                yield new Card(id, type, theme, c.optionalText("title"), text, null, null, null, null,
                        c.optionalText("prompt"), null);
            }
            case Card.TIP -> {
                c.none("options");
                c.none("answer");
                c.none("prompt");
                List<Text> questions = new ArrayList<>();
                if (c.json().has("questions")) for (Node q : c.array("questions", 1, 3)) questions.add(q.asText());
                yield new Card(id, type, theme, c.text("title"), text, null, null, null, optionalSource(c, sources), null, questions);
            }
            case Card.ASSIGNMENT -> {
                c.none("options");
                c.none("answer");
                c.none("questions");
                yield new Card(id, type, theme, c.text("title"), text, null, null, null, optionalSource(c, sources),
                        c.text("prompt"), null);
            }
            default -> {
                c.none("options");
                c.none("answer");
                List<Text> questions = new ArrayList<>();
                for (Node q : c.array("questions", 2, 3)) questions.add(q.asText());
                yield new Card(id, type, theme, c.text("title"), text, null, null, null, null, null, questions);
            }
        };
    }

    /** A tip or an assignment that carries a fact names where it comes from. */
    private static String optionalSource(Node c, Set<String> sources) {
        if (!c.json().has("source")) return null;
        String source = c.string("source");
        if (!sources.contains(source)) throw c.wrong("source", "'" + source + "' is not one of the sources " + sources);
        return source;
    }

    /** A place in the section's JSON, so every error names its path. */
    static final class Node {
        private final String path;
        private final JsonNode json;

        Node(String path, JsonNode json) {
            this.path = path;
            this.json = json;
        }

        JsonNode json() {
            return json;
        }

        IllegalArgumentException wrong(String field, String message) {
            return new IllegalArgumentException(path + "." + field + ": " + message);
        }

        Node object(String field) {
            JsonNode v = json.get(field);
            if (v == null || !v.isObject()) throw wrong(field, "must be an object");
            return new Node(path + "." + field, v);
        }

        List<Node> array(String field, int min, int max) {
            JsonNode v = json.get(field);
            if (v == null || !v.isArray()) throw wrong(field, "must be a list");
            if (v.size() < min || v.size() > max) throw wrong(field, "must hold " + min + " to " + max + " items, not " + v.size());
            List<Node> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) out.add(new Node(path + "." + field + "[" + i + "]", v.get(i)));
            return out;
        }

        String string(String field) {
            JsonNode v = json.get(field);
            if (v == null || !v.isTextual() || v.asText().isBlank()) throw wrong(field, "must be a text");
            return v.asText();
        }

        /** An id: lower-case letters, digits and dashes, unique among its siblings. */
        String id(String field, Set<String> taken) {
            String id = string(field);
            if (!id.matches("[a-z0-9][a-z0-9-]{0,39}")) throw wrong(field, "'" + id + "' is not an id (a-z, 0-9, -)");
            if (!taken.add(id)) throw wrong(field, "'" + id + "' is used twice");
            return id;
        }

        int integer(String field, int min, int max) {
            JsonNode v = json.get(field);
            if (v == null || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
                throw wrong(field, "must be a whole number from " + min + " to " + max);
            }
            return v.asInt();
        }

        Text text(String field) {
            JsonNode v = json.get(field);
            if (v == null) throw wrong(field, "is missing");
            return new Node(path + "." + field, v).asText();
        }

        Text optionalText(String field) {
            JsonNode v = json.get(field);
            return v == null || v.isNull() ? null : new Node(path + "." + field, v).asText();
        }

        /** A text in Dutch and (optionally) English: {@code {"nl": "…", "en": "…"}}. */
        Text asText() {
            if (!json.isObject()) throw new IllegalArgumentException(path + ": must be a text {nl, en}");
            JsonNode nl = json.get("nl");
            JsonNode en = json.get("en");
            if (nl == null || !nl.isTextual() || nl.asText().isBlank()) {
                throw new IllegalArgumentException(path + ".nl: the Dutch text is missing");
            }
            if (en != null && !en.isTextual()) throw new IllegalArgumentException(path + ".en: must be a text");
            return new Text(nl.asText().strip(), en == null ? null : en.asText().strip());
        }

        void none(String field) {
            if (json.has(field)) throw wrong(field, "does not belong on this type of card");
        }
    }

    /** Cards of a deck per type, for the set-up page. */
    public static Map<String, Integer> counts(List<Card> cards) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Card.TYPES.forEach(t -> out.put(t, 0));
        cards.forEach(c -> out.merge(c.type(), 1, Integer::sum));
        return out;
    }
}
