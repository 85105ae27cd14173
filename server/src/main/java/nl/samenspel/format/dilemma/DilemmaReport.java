package nl.samenspel.format.dilemma;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.content.Role;
import nl.samenspel.export.Markdown;
import nl.samenspel.session.domain.Participant;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.view.EntityJson;

/**
 * The game's results for the session report ({@code report.format}): per round and table the
 * dilemma, who held which perspective (once revealed), the values each named, the choices and
 * the leading values; then the plenary tally. Collected on the session's actor; the Markdown is
 * written from the data alone.
 */
final class DilemmaReport {

    private DilemmaReport() {}

    static JsonObject collect(SessionState s) {
        DilemmaPlan plan = (DilemmaPlan) s.plan().formatPlan();
        DilemmaState state = s.format();
        JsonArray rounds = new JsonArray();
        for (RoundState round : state.rounds()) {
            JsonObject r = new JsonObject()
                    .put("round", round.round())
                    .put("started", round.started())
                    .put("closed", round.closed())
                    .put("dilemma", DilemmaJson.card(plan.dilemma(round.round())))
                    .put("sides", Results.sides(plan, round.round()));
            JsonArray tables = new JsonArray();
            if (round.started()) {
                for (String table : Results.tablesOf(s, round)) tables.add(table(s, plan, round, table));
            }
            rounds.add(r.put("tables", tables));
        }
        return new JsonObject()
                .put("rule", EntityJson.text(plan.rule()))
                .put("tableSize", new JsonObject().put("min", plan.minTableSize()).put("max", plan.maxTableSize()))
                .put("rounds", rounds)
                .put("results", Results.of(s));
    }

    private static JsonObject table(SessionState s, DilemmaPlan plan, RoundState round, String table) {
        Map<String, String> perspectives = round.perspectives().getOrDefault(table, Map.of());
        Set<String> people = new LinkedHashSet<>();
        for (Participant p : s.participants().all()) {
            boolean entered = round.entry(p.id()).map(e -> table.equals(e.table())).orElse(false);
            if (entered || perspectives.containsKey(p.id())) people.add(p.id());
        }
        JsonArray rows = new JsonArray();
        for (String id : people) {
            JsonObject row = new JsonObject().put("participant", id).put("label", s.participants().labelOf(id));
            String roleId = perspectives.get(id);
            Role role = roleId == null ? null : s.role(roleId).orElse(null);
            row.put("perspective", role == null ? null
                    : new JsonObject().put("id", role.id()).put("title", EntityJson.text(role.title())));
            Entry e = round.entry(id).filter(x -> table.equals(x.table())).orElse(null);
            JsonArray values = new JsonArray();
            if (e != null) {
                e.values().forEach(v -> values.add(new JsonObject().put("id", v)
                        .put("title", EntityJson.text(plan.value(v).map(ValueCard::title).orElse(nl.samenspel.content.Text.same(v))))));
            }
            row.put("values", values)
                    .put("other", new JsonArray(e == null ? List.of() : e.other()))
                    .put("note", e == null ? null : e.note())
                    .put("choice", e == null ? null : e.choice())
                    .put("choiceText", e == null || e.choice() == null ? null : EntityJson.text(plan.side(round.round(), e.choice())))
                    .put("reason", e == null ? null : e.reason());
            rows.add(row);
        }
        JsonArray leading = new JsonArray();
        LeadingValues.of(s, round.round(), table)
                .forEach(l -> leading.add(new JsonObject().put("value", l.value()).put("label", EntityJson.text(l.label()))));
        return new JsonObject().put("table", table).put("number", Results.number(s, table))
                .put("people", rows).put("leading", leading);
    }

    // --- Markdown ----------------------------------------------------------------------------

    static void markdown(JsonObject report, String lang, StringBuilder md) {
        JsonObject game = report.getJsonObject("format");
        if (game == null) return;
        md.append("## ").append(Markdown.pick(lang, "Dilemmaspel", "Dilemma game")).append("\n\n");
        md.append("> ").append(Markdown.escape(Markdown.text(game.getValue("rule"), lang))).append("\n\n");
        for (Object o : game.getJsonArray("rounds")) {
            JsonObject round = (JsonObject) o;
            if (!round.getBoolean("started")) continue;
            roundSection(round, lang, md);
        }
        plenarySection(game.getJsonObject("results"), lang, md);
    }

    private static void roundSection(JsonObject round, String lang, StringBuilder md) {
        JsonObject d = round.getJsonObject("dilemma");
        JsonObject sides = round.getJsonObject("sides");
        md.append("### ").append(Markdown.pick(lang, "Ronde ", "Round ")).append(round.getInteger("round")).append(": ")
                .append(Markdown.escape(Markdown.text(d.getValue("title"), lang))).append("\n\n");
        List<String> meta = new ArrayList<>();
        meta.add(Markdown.text(d.getValue("theme"), lang));
        if (d.getValue("setting") != null) meta.add(Markdown.text(d.getValue("setting"), lang));
        md.append("*").append(Markdown.escape(String.join(" · ", meta))).append("*\n\n");
        md.append(Markdown.escape(Markdown.text(d.getValue("situation"), lang))).append("\n\n");
        md.append("**").append(Markdown.pick(lang, "Dilemma", "Dilemma")).append(":** A. ")
                .append(Markdown.escape(Markdown.text(sides.getValue("a"), lang))).append(" — B. ")
                .append(Markdown.escape(Markdown.text(sides.getValue("b"), lang))).append("\n\n");
        if (!round.getBoolean("closed")) {
            md.append("*").append(Markdown.pick(lang, "Deze ronde is niet afgesloten; de perspectieven zijn niet onthuld.",
                    "This round was not closed; the perspectives were not revealed.")).append("*\n\n");
        }
        for (Object t : round.getJsonArray("tables")) {
            JsonObject table = (JsonObject) t;
            md.append("#### ").append(Markdown.pick(lang, "Tafel ", "Table ")).append(table.getInteger("number")).append("\n\n");
            JsonArray people = table.getJsonArray("people");
            if (!people.isEmpty()) {
                md.append(Markdown.pick(lang, "| Naam | Perspectief | Waarden | Toelichting | Keuze | Waarom |\n",
                        "| Name | Perspective | Values | Note | Choice | Why |\n"));
                md.append("|---|---|---|---|---|---|\n");
                for (Object p : people) {
                    JsonObject row = (JsonObject) p;
                    List<String> values = values(row, lang);
                    JsonObject perspective = row.getJsonObject("perspective");
                    String choice = row.getString("choice");
                    md.append("| ").append(Markdown.cell(row.getString("label")))
                            .append(" | ").append(perspective == null ? "–" : Markdown.cell(Markdown.text(perspective.getValue("title"), lang)))
                            .append(" | ").append(values.isEmpty() ? "–" : Markdown.cell(String.join(", ", values)))
                            .append(" | ").append(row.getString("note") == null ? "" : Markdown.cell(row.getString("note")))
                            .append(" | ").append(choice == null ? "–"
                                    : choicePrefix(choice) + Markdown.cell(Markdown.text(row.getValue("choiceText"), lang)))
                            .append(" | ").append(row.getString("reason") == null ? "" : Markdown.cell(row.getString("reason")))
                            .append(" |\n");
                }
                md.append("\n");
            }
            List<String> leading = new ArrayList<>();
            table.getJsonArray("leading").forEach(l -> leading.add(Markdown.text(((JsonObject) l).getValue("label"), lang)));
            md.append("**").append(Markdown.pick(lang, "Leidende waarden", "Leading values")).append(":** ")
                    .append(leading.isEmpty() ? "–" : Markdown.escape(String.join(", ", leading))).append("\n\n");
        }
    }

    private static void plenarySection(JsonObject results, String lang, StringBuilder md) {
        md.append("### ").append(Markdown.pick(lang, "Plenair: welke waarden hadden de boventoon?",
                "Plenary: which values dominated?")).append("\n\n");
        JsonArray values = results.getJsonArray("values");
        if (values.isEmpty()) {
            md.append(Markdown.pick(lang, "Er zijn geen waarden genoemd.", "No values were named.")).append("\n\n");
        } else {
            md.append(Markdown.pick(lang, "| Waarde | Genoemd | Leidend aan tafels |\n", "| Value | Named | Leading at tables |\n"));
            md.append("|---|---:|---:|\n");
            for (Object o : values) {
                JsonObject v = (JsonObject) o;
                md.append("| ").append(Markdown.cell(Markdown.text(v.getValue("label"), lang))).append(" | ")
                        .append(v.getInteger("named")).append(" | ").append(v.getInteger("leading")).append(" |\n");
            }
            md.append("\n");
        }
        for (Object o : results.getJsonArray("rounds")) {
            JsonObject round = (JsonObject) o;
            JsonObject choices = round.getJsonObject("choices");
            JsonObject sides = round.getJsonObject("sides");
            md.append("#### ").append(Markdown.pick(lang, "Ronde ", "Round ")).append(round.getInteger("round")).append(": ")
                    .append(Markdown.pick(lang, "keuzes", "choices")).append("\n\n");
            md.append("A. ").append(Markdown.escape(Markdown.text(sides.getValue("a"), lang))).append(": ")
                    .append(choices.getInteger("a")).append(" · ")
                    .append(Markdown.escape(Markdown.text(sides.getValue("middle"), lang))).append(": ")
                    .append(choices.getInteger("middle")).append(" · B. ")
                    .append(Markdown.escape(Markdown.text(sides.getValue("b"), lang))).append(": ")
                    .append(choices.getInteger("b")).append("\n\n");
            JsonArray byPerspective = round.getJsonArray("byPerspective");
            if (byPerspective != null && !byPerspective.isEmpty()) {
                md.append(Markdown.pick(lang, "| Perspectief | A | Tussenweg | B |\n", "| Perspective | A | Middle way | B |\n"));
                md.append("|---|---:|---:|---:|\n");
                for (Object p : byPerspective) {
                    JsonObject row = (JsonObject) p;
                    md.append("| ").append(Markdown.cell(Markdown.text(row.getValue("title"), lang))).append(" | ")
                            .append(row.getInteger("a")).append(" | ").append(row.getInteger("middle")).append(" | ")
                            .append(row.getInteger("b")).append(" |\n");
                }
                md.append("\n");
            }
            List<String> perTable = new ArrayList<>();
            for (Object t : round.getJsonArray("tables")) {
                JsonObject table = (JsonObject) t;
                List<String> leading = new ArrayList<>();
                table.getJsonArray("leading").forEach(l -> leading.add(Markdown.text(((JsonObject) l).getValue("label"), lang)));
                perTable.add("- " + Markdown.pick(lang, "Tafel ", "Table ") + table.getInteger("number") + ": "
                        + (leading.isEmpty() ? "–" : Markdown.escape(String.join(", ", leading))));
            }
            if (!perTable.isEmpty()) {
                md.append("**").append(Markdown.pick(lang, "Leidende waarden per tafel", "Leading values per table")).append("**\n\n");
                perTable.forEach(line -> md.append(line).append("\n"));
                md.append("\n");
            }
        }
    }

    /** "A. " or "B. " before a side's text; the middle way speaks for itself. */
    /** A person's values as the report names them: the cards they chose, then the ones they wrote themselves. */
    static List<String> values(JsonObject person, String lang) {
        List<String> values = new ArrayList<>();
        person.getJsonArray("values").forEach(v -> values.add(Markdown.text(((JsonObject) v).getValue("title"), lang)));
        person.getJsonArray("other").forEach(v -> values.add(String.valueOf(v)));
        return values;
    }

    static String choicePrefix(String choice) {
        return switch (choice) {
            case Choices.A -> "A. ";
            case Choices.B -> "B. ";
            default -> "";
        };
    }
}
