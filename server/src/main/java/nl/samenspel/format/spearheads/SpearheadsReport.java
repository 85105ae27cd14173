package nl.samenspel.format.spearheads;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.content.Text;
import nl.samenspel.format.spearheads.SpearheadsPlan.EarlierAction;
import nl.samenspel.format.spearheads.SpearheadsPlan.Spearhead;
import nl.samenspel.session.domain.Participant;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.board.Board;
import nl.samenspel.session.domain.board.Note;
import nl.samenspel.session.view.EntityJson;

/**
 * The spearhead session's results as report data ({@code report.format}), collected on the
 * session's actor: the team, the thermometer's aggregates (never a single score), the action
 * list numbered in its order, the closing table and the check of an earlier session. Every
 * export is rendered from this alone. Shape: docs/content/spearheads.md.
 */
final class SpearheadsReport {

    private SpearheadsReport() {}

    static JsonObject collect(SessionState s) {
        SpearheadsPlan plan = SpearheadsPlan.of(s);
        SpearheadsState state = SpearheadsState.of(s);
        JsonArray present = new JsonArray();
        for (Participant p : s.participants().present()) present.add(p.label());
        JsonArray columns = new JsonArray();
        plan.columns().forEach(c -> columns.add(new JsonObject().put("id", c.id()).put("title", EntityJson.text(c.title()))));

        Map<String, Integer> numbers = new HashMap<>();
        JsonArray actions = new JsonArray();
        int n = 0;
        for (Action a : state.actions()) {
            numbers.put(a.id(), ++n);
            actions.add(action(s, plan, a, n));
        }

        JsonArray spearheads = new JsonArray();
        JsonArray closing = new JsonArray();
        for (String id : plan.order()) {
            Spearhead sp = plan.spearhead(id).orElseThrow();
            List<String> boards = boardsOf(s, id);
            spearheads.add(new JsonObject().put("id", id).put("title", EntityJson.text(sp.title()))
                    .put("summary", EntityJson.text(sp.summary())).put("questions", EntityJson.texts(sp.questions()))
                    .put("stand", state.summary(id).orElse(null)).put("boards", new JsonArray(boards)));
        }
        // The closing table: the chosen spearheads, then any other spearhead an action serves.
        List<String> rows = new ArrayList<>(plan.order());
        state.actions().forEach(a -> {
            if (!rows.contains(a.spearhead())) rows.add(a.spearhead());
        });
        for (String id : rows) {
            JsonArray stand = new JsonArray();
            String summary = state.summary(id).orElse(null);
            if (summary != null) stand.add(summary);
            else standNotes(s, plan, id).forEach(stand::add);
            JsonArray mine = new JsonArray();
            state.actions().stream().filter(a -> a.spearhead().equals(id)).forEach(a -> mine.add(numbers.get(a.id())));
            closing.add(new JsonObject().put("spearhead", id).put("title", EntityJson.text(title(plan, id)))
                    .put("stand", stand).put("actions", mine));
        }

        return new JsonObject()
                .put("team", plan.team())
                .put("present", present)
                .put("columns", columns)
                .put("spearheads", spearheads)
                .put("thermometer", thermometer(s, plan, state))
                .put("actions", actions)
                .put("locked", state.locked())
                .put("closing", closing)
                .put("review", review(plan, state, numbers));
    }

    static Text title(SpearheadsPlan plan, String spearhead) {
        return plan.spearhead(spearhead).map(Spearhead::title)
                .or(() -> plan.earlier() == null ? java.util.Optional.empty() : plan.earlier().actions().stream()
                        .filter(a -> a.spearhead().equals(spearhead) && a.spearheadTitle() != null)
                        .map(EarlierAction::spearheadTitle).findFirst())
                .orElse(Text.same(spearhead));
    }

    private static JsonObject action(SessionState s, SpearheadsPlan plan, Action a, int number) {
        int votes = 0;
        if (a.sourceBoard() != null && a.sourceNote() != null) {
            votes = s.boards().find(a.sourceBoard()).filter(b -> b.note(a.sourceNote()).isPresent())
                    .map(b -> b.votesOn(a.sourceNote())).orElse(0);
        }
        return new JsonObject()
                .put("number", number)
                .put("id", a.id())
                .put("spearhead", a.spearhead())
                .put("spearheadTitle", EntityJson.text(title(plan, a.spearhead())))
                .put("what", a.what())
                .put("who", a.who() != null ? s.participants().labelOf(a.who()) : a.whoText())
                .put("when", a.when())
                .put("date", When.isDate(a.when()) ? a.when() : null)
                .put("week", When.weekNumber(a.when()) == 0 ? null : When.weekNumber(a.when()))
                .put("weekYear", When.weekYear(a.when()) == 0 ? null : When.weekYear(a.when()))
                .put("firstStep", a.firstStep())
                .put("status", a.status())
                .put("votes", votes)
                .put("carriedFrom", a.carriedFrom());
    }

    /** The spearhead's flip-overs: the plenary one first, then the tables'. */
    private static List<String> boardsOf(SessionState s, String spearhead) {
        List<String> out = new ArrayList<>();
        for (Board b : s.boards().all()) {
            if (b.id().equals(SpearheadsPlan.plenaryBoard(spearhead))) out.add(0, b.id());
            else if (b.id().startsWith("table/") && b.id().endsWith("/" + spearhead)) out.add(b.id());
        }
        return out;
    }

    /** "Where we stand" from the flip-overs: the highlighted notes of the first column if any, else all, most dots first. */
    private static List<String> standNotes(SessionState s, SpearheadsPlan plan, String spearhead) {
        String column = plan.columns().get(0).id();
        List<Note> notes = new ArrayList<>();
        Map<Note, Integer> votes = new HashMap<>();
        for (String id : boardsOf(s, spearhead)) {
            Board b = s.boards().require(id);
            for (Note note : b.notes()) {
                if (!note.column().equals(column)) continue;
                notes.add(note);
                votes.put(note, b.votesOn(note.id()));
            }
        }
        List<Note> highlighted = notes.stream().filter(Note::highlighted).toList();
        List<Note> chosen = new ArrayList<>(highlighted.isEmpty() ? notes : highlighted);
        chosen.sort(Comparator.comparing((Note x) -> -votes.get(x)));
        return chosen.stream().map(Note::text).toList();
    }

    private static JsonObject thermometer(SessionState s, SpearheadsPlan plan, SpearheadsState state) {
        if (plan.thermometer() == null) return null;
        JsonArray factors = new JsonArray();
        for (Thermometer.FactorView f : Thermometer.view(plan.thermometer(), state)) {
            JsonObject one = new JsonObject().put("id", f.factor().id()).put("title", EntityJson.text(f.factor().title()))
                    .put("count", f.count());
            f.result().ifPresent(a -> one.put("average", a.average()).put("spread", a.spread()));
            if (plan.earlier() != null && plan.earlier().thermometer().containsKey(f.factor().id())) {
                one.put("earlier", SpearheadsJson.aggregate(plan.earlier().thermometer().get(f.factor().id())));
            }
            factors.add(one);
        }
        return new JsonObject().put("title", EntityJson.text(plan.thermometer().title()))
                .put("minimum", plan.thermometer().minimum()).put("revealed", state.revealed())
                .put("raters", state.raters()).put("factors", factors);
    }

    private static JsonObject review(SpearheadsPlan plan, SpearheadsState state, Map<String, Integer> numbers) {
        if (plan.earlier() == null) return null;
        JsonArray items = new JsonArray();
        for (EarlierAction a : plan.earlier().actions()) {
            SpearheadsState.Review r = state.review(a.id()).orElse(null);
            items.add(new JsonObject().put("id", a.id()).put("number", a.number()).put("spearhead", a.spearhead())
                    .put("spearheadTitle", EntityJson.text(a.spearheadTitle())).put("what", a.what()).put("who", a.who())
                    .put("when", a.when()).put("status", r == null ? null : r.status()).put("note", r == null ? null : r.note())
                    .put("carriedAs", r == null || r.carriedAs() == null ? null : numbers.get(r.carriedAs())));
        }
        SpearheadsPlan.Earlier e = plan.earlier();
        return new JsonObject().put("earlier", new JsonObject().put("code", e.code()).put("title", e.title())
                .put("team", e.team()).put("createdAt", e.createdAt())).put("items", items);
    }

    /** The session's sections of {@code report.md}: the same as the {@code actions.md} export's body. */
    static void markdown(JsonObject report, String language, StringBuilder out) {
        ActionsMarkdown.sections(report, language, out);
    }
}
