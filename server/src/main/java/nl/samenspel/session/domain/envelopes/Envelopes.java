package nl.samenspel.session.domain.envelopes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.session.domain.SessionEvent;

/** The role envelopes of all tables, and which roles each person has held (so a re-deal gives a new one). */
public final class Envelopes {

    private int round;
    private final Map<String, TableEnvelope> byTable = new LinkedHashMap<>();
    private final Map<String, List<String>> history = new HashMap<>();

    public int round() { return round; }

    public Optional<TableEnvelope> of(String table) {
        return Optional.ofNullable(byTable.get(table));
    }

    public Map<String, TableEnvelope> all() {
        return Map.copyOf(byTable);
    }

    public Map<String, List<String>> history() {
        Map<String, List<String>> copy = new HashMap<>();
        history.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    public List<String> held(String participant) {
        return List.copyOf(history.getOrDefault(participant, List.of()));
    }

    /** The role someone holds now, at whichever table. */
    public Optional<String> roleOf(String participant) {
        return byTable.values().stream().map(e -> e.roleOf(participant)).filter(r -> r != null).findFirst();
    }

    public void apply(SessionEvent.RolesDealt e) {
        round = Math.max(round, e.round());
        e.byTable().forEach((table, assignment) -> {
            byTable.computeIfAbsent(table, t -> new TableEnvelope()).deal(assignment);
            assignment.forEach(this::remember);
        });
    }

    public void apply(SessionEvent.RoleAssigned e) {
        byTable.computeIfAbsent(e.table(), t -> new TableEnvelope()).assign(e.participant(), e.role());
        remember(e.participant(), e.role());
    }

    public void apply(SessionEvent.EnvelopeOpened e) {
        byTable.values().stream().filter(env -> env.roleOf(e.participant()) != null)
                .forEach(env -> env.open(e.participant()));
    }

    public void apply(SessionEvent.RolesRevealed e) {
        e.tables().forEach(t -> {
            TableEnvelope env = byTable.get(t);
            if (env != null) env.reveal();
        });
    }

    /** Someone left a table: their role goes back in the envelope (it stays in their history). */
    public void withdraw(String participant) {
        byTable.values().forEach(env -> env.withdraw(participant));
    }

    /** New tables: the old envelopes no longer fit. */
    public void clearTables() {
        byTable.clear();
    }

    private void remember(String participant, String role) {
        history.computeIfAbsent(participant, p -> new ArrayList<>()).add(role);
    }
}
