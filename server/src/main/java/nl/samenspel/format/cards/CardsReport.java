package nl.samenspel.format.cards;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import nl.samenspel.export.Markdown;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.board.Board;
import nl.samenspel.session.view.EntityJson;

/**
 * The card game's results: per table the cards played in order, how the table answered
 * (counts per option, never who chose what), and the insights noted on the flip-over.
 */
final class CardsReport {

    private CardsReport() {}

    static JsonObject collect(SessionState s) {
        CardsPlan plan = CardsPlan.of(s);
        CardsState state = s.format();
        JsonArray games = new JsonArray();
        for (String id : CardsView.gameIds(s, plan)) {
            Game g = state.gameOrEmpty(id);
            if (g.plays().isEmpty()) continue;
            JsonArray people = new JsonArray();
            Players.of(s, id).forEach(p -> people.add(s.participants().labelOf(p)));
            JsonArray plays = new JsonArray();
            for (Play p : g.plays()) plays.add(play(s, plan, p));
            games.add(new JsonObject()
                    .put("id", id)
                    .put("number", s.tables().find(id).map(t -> t.number()).orElse(null))
                    .put("people", people)
                    .put("score", plan.rules().scoring() ? CardsJson.score(plan, g) : null)
                    .put("plays", plays));
        }
        return new JsonObject()
                .put("deck", new JsonObject().put("id", plan.deck()).put("title", EntityJson.text(plan.deckTitle())))
                .put("rules", CardsJson.rules(plan.rules()))
                .put("games", games);
    }

    private static JsonObject play(SessionState s, CardsPlan plan, Play p) {
        Card c = plan.require(p.card());
        CardsPlan.Theme theme = plan.themes().stream().filter(t -> t.id().equals(c.theme())).findFirst().orElseThrow();
        JsonArray options = new JsonArray();
        Map<String, Integer> counts = p.counts();
        for (Card.Option o : plan.optionsOf(c)) {
            options.add(new JsonObject().put("id", o.id()).put("text", EntityJson.text(o.text()))
                    .put("count", counts == null ? null : counts.getOrDefault(o.id(), 0))
                    .put("correct", Card.KNOWLEDGE.equals(c.type()) ? o.id().equals(c.answer()) : null));
        }
        JsonArray insights = new JsonArray();
        for (String note : p.notes()) {
            for (Board b : s.boards().all()) b.note(note).ifPresent(n -> insights.add(n.text()));
        }
        return new JsonObject()
                .put("play", p.number())
                .put("card", c.id())
                .put("type", c.type())
                .put("theme", new JsonObject().put("id", theme.id()).put("number", theme.number())
                        .put("title", EntityJson.text(theme.title())))
                .put("title", EntityJson.text(c.title()))
                .put("text", EntityJson.text(c.text()))
                .put("lead", p.lead() == null ? null : s.participants().labelOf(p.lead()))
                .put("status", CardsJson.status(p))
                .put("options", options)
                .put("answered", counts == null ? null : p.answered())
                .put("insights", insights);
    }

    // --- Markdown ------------------------------------------------------------------------------

    /** The game's sections of {@code report.md}, from the full report's {@code format} part. */
    static void markdown(JsonObject full, String lang, StringBuilder md) {
        JsonObject report = full.getJsonObject("format");
        if (report == null) return;
        md.append("## ").append(Markdown.pick(lang, "Kaartspel: gespeelde kaarten", "Card game: cards played")).append("\n\n");
        md.append(Markdown.pick(lang, "Stapel: ", "Deck: "))
                .append(Markdown.escape(Markdown.text(report.getJsonObject("deck").getValue("title"), lang))).append("\n\n");
        JsonArray games = report.getJsonArray("games");
        if (games.isEmpty()) {
            md.append(Markdown.pick(lang, "Er zijn geen kaarten gespeeld.", "No cards were played.")).append("\n\n");
            return;
        }
        for (Object o : games) {
            JsonObject g = (JsonObject) o;
            md.append("### ").append(gameName(g, lang));
            if (!g.getJsonArray("people").isEmpty()) {
                md.append(" — ").append(Markdown.escape(String.join(", ",
                        g.getJsonArray("people").stream().map(String::valueOf).toList())));
            }
            md.append("\n\n");
            JsonObject score = g.getJsonObject("score");
            if (score != null) {
                md.append(Markdown.pick(lang, "Score: ", "Score: ")).append(score.getInteger("correct"))
                        .append(Markdown.pick(lang, " van ", " of ")).append(score.getInteger("answers"))
                        .append(Markdown.pick(lang, " antwoorden goed", " answers right")).append("\n\n");
            }
            for (Object p : g.getJsonArray("plays")) play((JsonObject) p, lang, md);
            md.append("\n");
        }
    }

    static String gameName(JsonObject g, String lang) {
        Integer number = g.getInteger("number");
        return number == null ? Markdown.pick(lang, "Plenair", "Plenary") : Markdown.pick(lang, "Tafel ", "Table ") + number;
    }

    static String typeName(String type, String lang) {
        return switch (type) {
            case Card.KNOWLEDGE -> Markdown.pick(lang, "Kennisvraag", "Knowledge question");
            case Card.STATEMENT -> Markdown.pick(lang, "Stelling", "Statement");
            case Card.TIP -> Markdown.pick(lang, "Tip", "Tip");
            case Card.ASSIGNMENT -> Markdown.pick(lang, "Opdracht", "Assignment");
            default -> Markdown.pick(lang, "Casus", "Case");
        };
    }

    static String statusName(String status, String lang) {
        return switch (status) {
            case "skipped" -> Markdown.pick(lang, "overgeslagen", "skipped");
            case "answering", "talking" -> Markdown.pick(lang, "nog op tafel", "still on the table");
            case "revealed" -> Markdown.pick(lang, "antwoorden getoond", "answers shown");
            default -> Markdown.pick(lang, "gespeeld", "played");
        };
    }

    /** The card's words as one line: a case's title and situation, or the question or statement. */
    static String cardLine(JsonObject p, String lang) {
        String text = Markdown.text(p.getValue("text"), lang);
        Object title = p.getValue("title");
        return title == null ? text : Markdown.text(title, lang) + ": " + text;
    }

    private static void play(JsonObject p, String lang, StringBuilder md) {
        String status = p.getString("status");
        md.append(p.getInteger("play")).append(". **").append(typeName(p.getString("type"), lang)).append("** · ")
                .append(Markdown.escape(Markdown.text(p.getJsonObject("theme").getValue("title"), lang))).append(" — ")
                .append(Markdown.cell(cardLine(p, lang)));
        if (!"done".equals(status)) md.append(" (").append(statusName(status, lang)).append(")");
        if (p.getString("lead") != null) {
            md.append(Markdown.pick(lang, " · leider: ", " · led by: ")).append(Markdown.escape(p.getString("lead")));
        }
        md.append("\n");
        Integer answered = p.getInteger("answered");
        if (answered != null) {
            for (Object o : p.getJsonArray("options")) {
                JsonObject option = (JsonObject) o;
                md.append("   - ").append(Markdown.cell(Markdown.text(option.getValue("text"), lang))).append(": ")
                        .append(option.getInteger("count"));
                if (Boolean.TRUE.equals(option.getBoolean("correct"))) md.append(Markdown.pick(lang, " (juist)", " (correct)"));
                md.append("\n");
            }
            md.append("   - ").append(answered).append(Markdown.pick(lang, answered == 1 ? " antwoord" : " antwoorden",
                    answered == 1 ? " answer" : " answers")).append("\n");
        }
        for (Object i : p.getJsonArray("insights")) {
            md.append("   - ").append(Markdown.pick(lang, "Inzicht: ", "Insight: ")).append(Markdown.cell(String.valueOf(i))).append("\n");
        }
    }
}
