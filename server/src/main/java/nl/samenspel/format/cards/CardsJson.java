package nl.samenspel.format.cards;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.view.EntityJson;

/**
 * The JSON shapes of the card game (documented in docs/PROTOCOL.md, "Format: cards"). A
 * participant's own answer ({@code mine}) appears only in that participant's copy; everyone
 * else learns who has answered, and after the reveal how many chose each option.
 */
final class CardsJson {

    private CardsJson() {}

    /** A card as the table sees it: never the correct answer or the explanation, which come with the reveal. */
    static JsonObject card(CardsPlan plan, Card c) {
        JsonArray options = new JsonArray();
        plan.optionsOf(c).forEach(o -> options.add(new JsonObject().put("id", o.id()).put("text", EntityJson.text(o.text()))));
        return new JsonObject()
                .put("id", c.id())
                .put("type", c.type())
                .put("theme", c.theme())
                .put("title", EntityJson.text(c.title()))
                .put("text", EntityJson.text(c.text()))
                .put("options", options)
                .put("questions", EntityJson.texts(c.questions()))
                .put("prompt", EntityJson.text(c.prompt()))
                // A tip or an assignment shows its source on its face; a knowledge card's comes with the reveal.
                .put("source", c.takesAnswers() || c.source() == null ? null
                        : plan.source(c.source()).map(src -> EntityJson.text(src.title())).orElse(null));
    }

    static String status(Play p) {
        return switch (p.status()) {
            case Play.OPEN -> Card.answered(p.type()) ? "answering" : "talking";
            default -> p.status();
        };
    }

    /**
     * One card at a table for one viewer. {@code mine}: the viewer's own answer, only for the
     * participant's own copy ({@code personal}); shared copies leave the key out.
     */
    static JsonObject play(CardsPlan plan, Play p, String viewer, boolean personal) {
        Card c = plan.require(p.card());
        JsonObject out = new JsonObject()
                .put("play", p.number())
                .put("status", status(p))
                .put("lead", p.lead())
                .put("card", card(plan, c))
                .put("durationMs", p.durationMs())
                .put("deadline", p.deadline() > 0 ? p.deadline() : null)
                .put("remainingMs", p.deadline() > 0 ? null : p.remainingMs())
                .put("answered", new JsonArray(p.answeredBy()))
                .put("notes", new JsonArray(p.notes()));
        if (personal) out.put("mine", viewer == null ? null : p.answerOf(viewer));
        Map<String, Integer> counts = p.counts();
        if (counts != null) {
            JsonObject spread = new JsonObject();
            counts.forEach(spread::put);
            out.put("counts", spread).put("answeredCount", p.answered()).put("reason", p.reason());
        }
        boolean shown = counts != null || Play.DONE.equals(p.status());
        if (shown && Card.KNOWLEDGE.equals(c.type())) {
            out.put("answer", c.answer())
                    .put("explanation", EntityJson.text(c.explanation()))
                    .put("source", plan.source(c.source()).map(src -> EntityJson.text(src.title())).orElse(null));
        }
        return out;
    }

    /** A table's game (or the room's) for one viewer. */
    static JsonObject game(SessionState s, CardsPlan plan, Game g, String viewer, boolean personal) {
        JsonArray history = new JsonArray();
        for (Play p : g.plays()) if (!p.current()) history.add(play(plan, p, viewer, false));
        int drawn = g.plays().size();
        JsonObject out = new JsonObject()
                .put("id", g.id())
                .put("players", new JsonArray(Players.of(s, g.id())))
                .put("lead", Players.lead(s, plan, g))
                .put("facilitatorLeads", Players.facilitatorLeads(plan, g))
                .put("turn", g.turn())
                .put("played", g.played())
                .put("left", GameRules.LIMIT_CARDS.equals(plan.rules().limit())
                        ? Math.max(0, plan.rules().cards() - g.played()) : null)
                .put("deckLeft", plan.cards().size() - drawn)
                .put("paused", CardsRules.frozen(s, g))
                .put("current", g.current().map(p -> play(plan, p, viewer, personal)).orElse(null))
                .put("history", history);
        if (plan.rules().scoring()) out.put("score", score(plan, g));
        return out;
    }

    /** Correct answers of the table on revealed knowledge cards: the table's score, nobody's own. */
    static JsonObject score(CardsPlan plan, Game g) {
        int correct = 0;
        int answers = 0;
        for (Play p : g.plays()) {
            if (!Card.KNOWLEDGE.equals(p.type()) || p.counts() == null || Play.SKIPPED.equals(p.status())) continue;
            correct += p.counts().getOrDefault(plan.require(p.card()).answer(), 0);
            answers += p.answered();
        }
        return new JsonObject().put("correct", correct).put("answers", answers);
    }

    static JsonObject rules(GameRules r) {
        JsonObject seconds = new JsonObject();
        r.seconds().forEach(seconds::put);
        return new JsonObject()
                .put("types", new JsonArray(r.types()))
                .put("limit", r.limit())
                .put("cards", r.cards())
                .put("seconds", seconds)
                .put("turnOrder", r.turnOrder())
                .put("scoring", r.scoring())
                .put("grouping", r.grouping());
    }

    static JsonArray themes(List<CardsPlan.Theme> themes) {
        JsonArray out = new JsonArray();
        themes.forEach(t -> out.add(new JsonObject().put("id", t.id()).put("number", t.number()).put("title", EntityJson.text(t.title()))));
        return out;
    }

    static JsonArray options(List<Card.Option> options) {
        JsonArray out = new JsonArray();
        options.forEach(o -> out.add(new JsonObject().put("id", o.id()).put("text", EntityJson.text(o.text()))));
        return out;
    }
}
