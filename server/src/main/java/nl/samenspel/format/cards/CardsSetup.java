package nl.samenspel.format.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.vertx.core.json.JsonObject;
import io.vertx.core.json.JsonArray;
import java.util.stream.Collectors;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.content.ContentPack;
import nl.samenspel.format.Offer;
import nl.samenspel.session.SessionSetup;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.view.EntityJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.session.domain.agenda.Agenda;
import nl.samenspel.session.domain.agenda.Step;

/**
 * Reads what a facilitator chose on the start page (or what a pack gives as defaults), and
 * says which option does not fit: {@code option 'cards': must be a whole number from 1 to 100}.
 */
public final class CardsSetup {

    /** The built-in pack written for this format: the one chosen when none is named. */
    public static final String BUILT_IN = "kaartspel-mantelzorg";

    static final Set<String> OPTIONS = Set.of("deck", "types", "themes", "limit", "cards", "seconds", "turnOrder",
            "scoring", "grouping", "maxTableSize", "steps");

    /** The seconds of a tip and an assignment when a pack's rules leave them out. */
    static final Map<String, Integer> NEWER_TYPE_SECONDS = Map.of(Card.TIP, 120, Card.ASSIGNMENT, 300);


    public static final int MAX_CARDS = 100;
    public static final int MAX_CARD_SECONDS = 1800;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode json;

    private CardsSetup(JsonNode json) {
        this.json = json;
    }

    /** The session's plan from the chosen pack and options; an option that does not fit is named. */
    static SessionPlan plan(SessionSetup setup, ContentLibrary content) {
        ContentPack pack = content.pack(setup.pack())
                .orElseThrow(() -> new IllegalArgumentException("unknown content pack '" + setup.pack() + "'"));
        CardsContent c = CardsContent.of(pack);
        for (String name : setup.options().fieldNames()) {
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("option '" + name + "' is not an option of the card game; options are "
                        + OPTIONS.stream().sorted().toList());
            }
        }
        CardsSetup options = of(setup.options());
        CardsContent.Deck deck = c.deck(options.deck(c.decks())).orElseThrow();
        GameRules gameRules = options.rules(c.rules());
        List<String> themes = options.themes(c.themes());
        List<Card> cards = deck.cards().stream()
                .filter(card -> gameRules.types().contains(card.type()) && themes.contains(card.theme()))
                .toList();
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("option 'types': deck '" + deck.id() + "' has no cards of these types and themes");
        }
        List<Step> steps = options.steps(c.steps());
        CardsPlan plan = new CardsPlan(deck.id(), deck.title(), cards, c.themes(), c.sources(), c.statementOptions(),
                gameRules, c.insightColumn(), c.assignmentColumn());
        return new SessionPlan(CardsFormat.ID, pack.id(), setup.title(), pack.defaultRoleSet().orElse(null), steps,
                c.boardTitle(), c.columns(), c.plenaryBoardTitle(), c.columns(),
                options.maxTableSize(c.maxTableSize()), 3, false, plan);
    }

    /** The decks, themes, rules and step lengths a facilitator can choose from, with the pack's defaults. */
    static JsonObject offer(ContentPack pack, ContentLibrary library) {
        return Offer.of(pack, CardsContent::present, CardsContent::of, CardsSetup::offerOf);
    }

    private static JsonObject offerOf(CardsContent c) {
        JsonArray decks = new JsonArray();
        for (CardsContent.Deck d : c.decks()) {
            JsonObject counts = new JsonObject();
            CardsContent.counts(d.cards()).forEach(counts::put);
            JsonObject perTheme = new JsonObject();
            Map<String, Long> byTheme = d.cards().stream().collect(Collectors.groupingBy(Card::theme, Collectors.counting()));
            c.themes().forEach(t -> perTheme.put(t.id(), byTheme.getOrDefault(t.id(), 0L).intValue()));
            decks.add(new JsonObject().put("id", d.id()).put("title", EntityJson.text(d.title()))
                    .put("description", EntityJson.text(d.description())).put("size", d.cards().size())
                    .put("counts", counts).put("themes", perTheme));
        }
        JsonArray steps = new JsonArray();
        c.steps().forEach(s -> steps.add(new JsonObject().put("id", s.id()).put("kind", s.kind())
                .put("title", EntityJson.text(s.title())).put("seconds", s.seconds())));
        return new JsonObject()
                .put("decks", decks)
                .put("themes", CardsJson.themes(c.themes()))
                .put("types", new JsonArray(Card.TYPES))
                .put("defaults", CardsJson.rules(c.rules()).put("maxTableSize", c.maxTableSize()))
                .put("steps", steps)
                .put("limits", new JsonObject()
                        .put("cards", new JsonArray(List.of(1, MAX_CARDS)))
                        .put("cardSeconds", new JsonArray(List.of(0, MAX_CARD_SECONDS)))
                        .put("stepSeconds", new JsonArray(List.of(Agenda.MIN_SECONDS, Agenda.MAX_SECONDS)))
                        .put("maxTableSize", new JsonArray(List.of(2, 12))));
    }

    public static CardsSetup of(JsonObject options) {
        try {
            return new CardsSetup(options == null ? JsonNodeFactory.instance.objectNode() : MAPPER.readTree(options.encode()));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("options are not valid JSON");
        }
    }

    /** The rules: each one given, or else the fallback's (the pack's defaults). {@code prefix} null means set-up options. */
    static GameRules rules(JsonNode json, GameRules fallback, String prefix) {
        Field f = new Field(json, prefix);
        List<String> types = f.has("types") ? f.choices("types", Card.TYPES) : require(fallback, f, "types").types();
        String limit = f.has("limit") ? f.oneOf("limit", List.of(GameRules.LIMIT_CARDS, GameRules.LIMIT_TIME))
                : require(fallback, f, "limit").limit();
        int cards = f.has("cards") ? f.integer("cards", 1, MAX_CARDS) : require(fallback, f, "cards").cards();
        Map<String, Integer> seconds = new HashMap<>(fallback == null ? Map.of() : fallback.seconds());
        if (f.has("seconds")) seconds.putAll(f.seconds("seconds"));
        else if (fallback == null) throw f.wrong("seconds", "is missing");
        // Packs written before tips and assignments existed time only the first three types.
        seconds.putIfAbsent(Card.TIP, NEWER_TYPE_SECONDS.get(Card.TIP));
        seconds.putIfAbsent(Card.ASSIGNMENT, NEWER_TYPE_SECONDS.get(Card.ASSIGNMENT));
        for (String type : Card.TYPES) {
            if (!seconds.containsKey(type)) throw f.wrong("seconds", "needs the seconds for " + type + " cards");
        }
        String turnOrder = f.has("turnOrder") ? f.oneOf("turnOrder", List.of(GameRules.ROTATE, GameRules.FREE))
                : require(fallback, f, "turnOrder").turnOrder();
        boolean scoring = f.has("scoring") ? f.bool("scoring") : require(fallback, f, "scoring").scoring();
        String grouping = f.has("grouping") ? f.oneOf("grouping", List.of(GameRules.TABLES, GameRules.PLENARY))
                : require(fallback, f, "grouping").grouping();
        return new GameRules(types, limit, cards, seconds, turnOrder, scoring, grouping);
    }

    private static GameRules require(GameRules fallback, Field f, String name) {
        if (fallback == null) throw f.wrong(name, "is missing");
        return fallback;
    }

    public GameRules rules(GameRules defaults) {
        return rules(json, defaults, null);
    }

    public String deck(List<CardsContent.Deck> decks) {
        Field f = new Field(json, null);
        if (!f.has("deck")) return decks.get(0).id();
        return f.oneOf("deck", decks.stream().map(CardsContent.Deck::id).toList());
    }

    /** The chosen themes; all of them when none are given. */
    public List<String> themes(List<CardsPlan.Theme> themes) {
        Field f = new Field(json, null);
        List<String> all = themes.stream().map(CardsPlan.Theme::id).toList();
        return f.has("themes") ? f.choices("themes", all) : all;
    }

    public int maxTableSize(int fallback) {
        Field f = new Field(json, null);
        return f.has("maxTableSize") ? f.integer("maxTableSize", 2, 12) : fallback;
    }

    /** The pack's steps with the lengths chosen at set-up ({@code steps: {"play": 1800}}). */
    public List<Step> steps(List<Step> steps) {
        Field f = new Field(json, null);
        if (!f.has("steps")) return steps;
        JsonNode given = json.get("steps");
        if (!given.isObject()) throw f.wrong("steps", "must be an object of step id → seconds");
        List<String> ids = steps.stream().map(Step::id).toList();
        Iterator<String> names = given.fieldNames();
        while (names.hasNext()) {
            String id = names.next();
            if (!ids.contains(id)) throw f.wrong("steps", "there is no step '" + id + "'; steps are " + ids);
        }
        List<Step> out = new ArrayList<>();
        for (Step s : steps) {
            JsonNode v = given.get(s.id());
            if (v == null) {
                out.add(s);
                continue;
            }
            if (!v.isIntegralNumber() || v.asInt() < Agenda.MIN_SECONDS || v.asInt() > Agenda.MAX_SECONDS) {
                throw f.wrong("steps", "step '" + s.id() + "' lasts " + Agenda.MIN_SECONDS + " to " + Agenda.MAX_SECONDS + " seconds");
            }
            out.add(new Step(s.id(), s.kind(), s.round(), s.title(), s.hint(), v.asInt()));
        }
        return out;
    }

    /** One object's fields, with errors named as set-up options or as a path in the pack. */
    private record Field(JsonNode json, String prefix) {

        boolean has(String name) {
            return json != null && json.has(name) && !json.get(name).isNull();
        }

        IllegalArgumentException wrong(String name, String message) {
            return new IllegalArgumentException((prefix == null ? "option '" + name + "'" : prefix + "." + name) + ": " + message);
        }

        String oneOf(String name, List<String> allowed) {
            JsonNode v = json.get(name);
            if (!v.isTextual() || !allowed.contains(v.asText())) throw wrong(name, "must be one of " + allowed);
            return v.asText();
        }

        List<String> choices(String name, List<String> allowed) {
            JsonNode v = json.get(name);
            if (!v.isArray() || v.isEmpty()) throw wrong(name, "must be a list of one or more of " + allowed);
            Set<String> out = new LinkedHashSet<>();
            for (JsonNode item : v) {
                if (!item.isTextual() || !allowed.contains(item.asText())) throw wrong(name, "must hold only " + allowed);
                out.add(item.asText());
            }
            return List.copyOf(out);
        }

        int integer(String name, int min, int max) {
            JsonNode v = json.get(name);
            if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
                throw wrong(name, "must be a whole number from " + min + " to " + max);
            }
            return v.asInt();
        }

        boolean bool(String name) {
            JsonNode v = json.get(name);
            if (!v.isBoolean()) throw wrong(name, "must be true or false");
            return v.asBoolean();
        }

        Map<String, Integer> seconds(String name) {
            JsonNode v = json.get(name);
            if (!v.isObject()) throw wrong(name, "must be an object of card type → seconds");
            Map<String, Integer> out = new HashMap<>();
            Iterator<String> types = v.fieldNames();
            while (types.hasNext()) {
                String type = types.next();
                JsonNode s = v.get(type);
                if (!Card.TYPES.contains(type)) throw wrong(name, "'" + type + "' is not a card type " + Card.TYPES);
                if (!s.isIntegralNumber() || s.asInt() < 0 || s.asInt() > MAX_CARD_SECONDS) {
                    throw wrong(name, "seconds for " + type + " cards must be from 0 (no countdown) to " + MAX_CARD_SECONDS);
                }
                out.put(type, s.asInt());
            }
            return out;
        }
    }
}
