package nl.samenspel.format.cards;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.content.ContentLibrary;
import nl.samenspel.content.ContentError;
import nl.samenspel.content.ContentPack;
import nl.samenspel.content.FaultPlace;
import nl.samenspel.content.RawPack;
import nl.samenspel.content.Text;
import nl.samenspel.export.Exporter;
import nl.samenspel.format.Format;
import nl.samenspel.session.SessionSetup;
import nl.samenspel.live.CommandDecoder;
import nl.samenspel.session.domain.FormatRules;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.agenda.Agenda;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.view.EntityJson;
import nl.samenspel.session.view.FormatView;

/**
 * The conversation card game "In gesprek over mantelzorg": per table (or as one group) the
 * players take turns to draw a card and lead it. Knowledge cards and statements are answered
 * on everyone's own phone and revealed as a spread; cases are talked over and their insights
 * go on the table's flip-over.
 */
public final class CardsFormat implements Format {

    public static final String ID = "cards";
    public static final String DEFAULT_PACK = "kaartspel-mantelzorg";
    static final Set<String> OPTIONS = Set.of("deck", "types", "themes", "limit", "cards", "seconds", "turnOrder",
            "scoring", "grouping", "maxTableSize", "steps");

    private final CardsRules rules = new CardsRules();
    private final CardsView view = new CardsView();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text title() {
        return Text.of("Kaartspel In gesprek over mantelzorg", "Card game Talking about family care");
    }

    @Override
    public String defaultPack() {
        return DEFAULT_PACK;
    }

    /** Packs with a card game section that reads without errors. */
    @Override
    public boolean accepts(ContentPack pack) {
        if (!CardsContent.present(pack)) return false;
        try {
            CardsContent.of(pack);
            return true;
        } catch (IllegalArgumentException broken) {
            return false;
        }
    }

    /** The deck's own rules (an answer among the options, themes that exist, …), so a broken pack never reaches a session. */
    @Override
    public List<ContentError> check(ContentPack pack, RawPack raw) {
        return FaultPlace.check(pack, raw, CardsContent::present, CardsContent::of);
    }

    @Override
    public SessionPlan plan(SessionSetup setup, ContentLibrary content) {
        ContentPack pack = content.pack(setup.pack())
                .orElseThrow(() -> new IllegalArgumentException("unknown content pack '" + setup.pack() + "'"));
        CardsContent c = CardsContent.of(pack);
        for (String name : setup.options().fieldNames()) {
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("option '" + name + "' is not an option of the card game; options are "
                        + OPTIONS.stream().sorted().toList());
            }
        }
        CardsOptions options = CardsOptions.of(setup.options());
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
        return new SessionPlan(ID, pack.id(), setup.title(), pack.defaultRoleSet().orElse(null), steps,
                c.boardTitle(), c.columns(), c.plenaryBoardTitle(), c.columns(),
                options.maxTableSize(c.maxTableSize()), 3, false, plan);
    }

    /** The decks, themes, rules and step lengths a facilitator can choose from, with the pack's defaults. */
    @Override
    public JsonObject setup(ContentPack pack) {
        if (!CardsContent.present(pack)) return new JsonObject().put("available", false);
        CardsContent c;
        try {
            c = CardsContent.of(pack);
        } catch (IllegalArgumentException broken) {
            return new JsonObject().put("available", false).put("error", broken.getMessage());
        }
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
                .put("available", true)
                .put("decks", decks)
                .put("themes", CardsJson.themes(c.themes()))
                .put("types", new JsonArray(Card.TYPES))
                .put("defaults", CardsJson.rules(c.rules()).put("maxTableSize", c.maxTableSize()))
                .put("steps", steps)
                .put("limits", new JsonObject()
                        .put("cards", new JsonArray(List.of(1, CardsOptions.MAX_CARDS)))
                        .put("cardSeconds", new JsonArray(List.of(0, CardsOptions.MAX_CARD_SECONDS)))
                        .put("stepSeconds", new JsonArray(List.of(Agenda.MIN_SECONDS, Agenda.MAX_SECONDS)))
                        .put("maxTableSize", new JsonArray(List.of(2, 12))));
    }

    @Override
    public FormatRules rules() {
        return rules;
    }

    @Override
    public FormatView view() {
        return view;
    }

    @Override
    public Map<String, CommandDecoder> commands() {
        return CardsCommands.decoders();
    }

    @Override
    public Map<String, Class<? extends SessionEvent>> events() {
        return Format.eventsOf(CardsEvent.class);
    }

    @Override
    public JsonObject report(SessionState session) {
        return CardsReport.collect(session);
    }

    @Override
    public void markdown(JsonObject report, String language, StringBuilder out) {
        CardsReport.markdown(report.getJsonObject("format"), language, out);
    }

    @Override
    public Map<String, Exporter> exports() {
        return Map.of("cards.csv", new CardsCsv());
    }

    @Override
    public List<NamedType> types() {
        return List.of(new NamedType(CardsPlan.class, "cards.plan"), new NamedType(CardsState.class, "cards.state"));
    }
}
