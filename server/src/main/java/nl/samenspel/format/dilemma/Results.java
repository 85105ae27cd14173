package nl.samenspel.format.dilemma;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.content.Role;
import nl.samenspel.content.Text;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.board.Board;
import nl.samenspel.session.domain.board.BoardId;
import nl.samenspel.session.domain.tables.Table;
import nl.samenspel.session.view.EntityJson;

/**
 * The plenary's numbers, from what everyone put in: how often each value was named over all
 * tables (largest first) and at how many tables it led; per round how the choices fell, in
 * all and per perspective (only for closed rounds: perspectives are secret until then); and
 * each table's leading values.
 */
public final class Results {

    private Results() {}

    private static final class Tally {
        final String key;
        final String value;
        final Text label;
        int named;
        final int[] byRound;
        int leading;

        Tally(String key, String value, Text label, int rounds) {
            this.key = key;
            this.value = value;
            this.label = label;
            this.byRound = new int[rounds];
        }
    }

    public static JsonObject of(SessionState s) {
        DilemmaPlan plan = (DilemmaPlan) s.plan().formatPlan();
        DilemmaState state = s.format();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        JsonArray rounds = new JsonArray();
        Set<String> people = new LinkedHashSet<>();
        for (RoundState round : state.rounds()) {
            if (!round.started()) continue;
            int r = round.round();
            Map<String, Integer> choices = new LinkedHashMap<>();
            Choices.ALL.forEach(c -> choices.put(c, 0));
            for (Entry e : round.entries()) {
                for (String v : e.values()) {
                    count(tallies, v, plan.value(v).map(ValueCard::title).orElse(Text.same(v)), r, plan).named++;
                }
                for (String words : e.other()) count(tallies, null, Text.same(words), r, plan).named++;
                if (e.choice() != null) choices.merge(e.choice(), 1, Integer::sum);
            }
            round.entries().forEach(e -> people.add(e.participant()));

            JsonArray tables = new JsonArray();
            for (String table : tablesOf(s, round)) {
                JsonArray leading = new JsonArray();
                for (LeadingValues.Leading l : LeadingValues.of(s, r, table)) {
                    Tally t = tallies.computeIfAbsent(l.key(), k -> new Tally(k, l.value(), l.label(), plan.roundCount()));
                    t.leading++;
                    leading.add(new JsonObject().put("note", l.note()).put("value", l.value()).put("label", EntityJson.text(l.label())));
                }
                List<Entry> atTable = round.entries().stream().filter(e -> table.equals(e.table())).toList();
                tables.add(new JsonObject()
                        .put("table", table)
                        .put("number", number(s, table))
                        .put("named", atTable.stream().filter(Entry::named).count())
                        .put("chose", atTable.stream().filter(e -> e.choice() != null).count())
                        .put("leading", leading));
            }

            JsonObject counts = new JsonObject();
            choices.forEach(counts::put);
            JsonObject out = new JsonObject()
                    .put("round", r)
                    .put("dilemma", plan.dilemma(r).id())
                    .put("title", EntityJson.text(plan.dilemma(r).title()))
                    .put("sides", sides(plan, r))
                    .put("closed", round.closed())
                    .put("choices", counts)
                    .put("tables", tables);
            if (round.closed()) out.put("byPerspective", byPerspective(s, round));
            rounds.add(out);
        }

        List<Tally> sorted = new ArrayList<>(tallies.values());
        sorted.sort(Comparator.comparingInt((Tally t) -> -t.named).thenComparingInt(t -> -t.leading)
                .thenComparing(t -> t.label.nl().toLowerCase(java.util.Locale.ROOT)));
        JsonArray values = new JsonArray();
        for (Tally t : sorted) {
            JsonArray byRound = new JsonArray();
            for (int n : t.byRound) byRound.add(n);
            values.add(new JsonObject().put("key", t.key).put("value", t.value).put("label", EntityJson.text(t.label))
                    .put("named", t.named).put("byRound", byRound).put("leading", t.leading));
        }
        return new JsonObject().put("values", values).put("rounds", rounds).put("people", people.size());
    }

    private static Tally count(Map<String, Tally> tallies, String value, Text label, int round, DilemmaPlan plan) {
        String key = LeadingValues.keyOf(value, label.nl());
        Tally t = tallies.computeIfAbsent(key, k -> new Tally(k, value, label, plan.roundCount()));
        t.byRound[round - 1]++;
        return t;
    }

    static JsonObject sides(DilemmaPlan plan, int round) {
        JsonObject sides = new JsonObject();
        Choices.ALL.forEach(c -> sides.put(c, EntityJson.text(plan.side(round, c))));
        return sides;
    }

    /** Per perspective held in the round (in the role set's order): how many held it and what they chose. */
    private static JsonArray byPerspective(SessionState s, RoundState round) {
        Map<String, JsonObject> rows = new LinkedHashMap<>();
        List<Role> roles = s.plan().roleSet() == null ? List.of() : s.plan().roleSet().roles();
        Map<String, String> roleOf = new LinkedHashMap<>();
        round.perspectives().values().forEach(roleOf::putAll);
        for (Role role : roles) {
            if (!roleOf.containsValue(role.id())) continue;
            JsonObject row = new JsonObject().put("role", role.id()).put("title", EntityJson.text(role.title())).put("held", 0);
            Choices.ALL.forEach(c -> row.put(c, 0));
            rows.put(role.id(), row);
        }
        roleOf.forEach((participant, role) -> {
            JsonObject row = rows.get(role);
            if (row == null) return;
            row.put("held", row.getInteger("held") + 1);
            round.entry(participant).map(Entry::choice).ifPresent(c -> row.put(c, row.getInteger(c) + 1));
        });
        return new JsonArray(new ArrayList<>(rows.values()));
    }

    /** The tables that played a round: where people put something in, held a perspective or noted a leading value. */
    static List<String> tablesOf(SessionState s, RoundState round) {
        Set<String> tables = new LinkedHashSet<>();
        round.entries().forEach(e -> tables.add(e.table()));
        tables.addAll(round.perspectives().keySet());
        String column = LeadingValues.column(round.round());
        for (Board b : s.boards().all()) {
            BoardId id = BoardId.parse(b.id());
            if (!id.plenary() && id.topic() == null && b.notes().stream().anyMatch(n -> n.column().equals(column))) {
                tables.add(id.table());
            }
        }
        DilemmaState state = s.format();
        if (round.open() && state.current() == round.round()) {
            s.tables().all().stream().filter(t -> t.size() > 0).forEach(t -> tables.add(t.id()));
        }
        tables.remove(null);
        return tables.stream().sorted(Comparator.comparingInt(t -> number(s, t))).toList();
    }

    static int number(SessionState s, String table) {
        return s.tables().find(table).map(Table::number).orElseGet(() -> {
            String digits = table.replaceAll("\\D", "");
            return digits.isEmpty() ? 999 : Integer.parseInt(digits);
        });
    }
}
