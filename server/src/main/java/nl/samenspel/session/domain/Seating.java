package nl.samenspel.session.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.content.Role;
import nl.samenspel.session.domain.SessionEvent.BoardOpened;
import nl.samenspel.session.domain.SessionEvent.EnvelopeOpened;
import nl.samenspel.session.domain.SessionEvent.ParticipantSeated;
import nl.samenspel.session.domain.SessionEvent.RoleAssigned;
import nl.samenspel.session.domain.SessionEvent.RolesDealt;
import nl.samenspel.session.domain.SessionEvent.RolesRevealed;
import nl.samenspel.session.domain.SessionEvent.TablesArranged;
import nl.samenspel.session.domain.envelopes.RoleDealer;
import nl.samenspel.session.domain.envelopes.TableEnvelope;
import nl.samenspel.session.domain.tables.Table;
import nl.samenspel.session.domain.tables.TablePlanner;

/** Who sits where and holds which role: making tables, seating, dealing, opening and revealing envelopes. */
final class Seating {

    private final SessionState s;

    Seating(SessionState s) {
        this.s = s;
    }

    List<SessionEvent> arrange(int maxSize, Decision d) {
        if (maxSize < Limits.MIN_TABLE_SIZE || maxSize > Limits.MAX_TABLE_SIZE) {
            throw Rejection.invalid("maxSize", "a table seats " + Limits.MIN_TABLE_SIZE + " to " + Limits.MAX_TABLE_SIZE);
        }
        List<String> people = s.participants().present().stream().map(Participant::id).toList();
        if (people.isEmpty()) throw Rejection.wrongPhase("nobody has joined yet");
        List<SessionEvent> events = new ArrayList<>();
        TablesArranged arranged = new TablesArranged(TablePlanner.balanced(people, maxSize, d.random()));
        events.add(arranged);
        for (SessionEvent.Seating seating : arranged.tables()) {
            String board = SessionState.tableBoard(seating.id());
            if (!s.boards().exists(board)) {
                events.add(new BoardOpened(board, s.plan().tableBoardTitle(), s.plan().tableColumns(), s.plan().dots()));
            }
        }
        return events;
    }

    List<SessionEvent> move(String participantId, String tableId, Decision d) {
        Participant p = s.participants().require(participantId);
        Table table = s.tables().require(tableId);
        if (table.id().equals(p.table())) return List.of();
        return seat(p.id(), table, d);
    }

    /** Seats someone at a table; where the table's roles are dealt, they draw one too. */
    List<SessionEvent> seat(String participant, Table table, Decision d) {
        List<SessionEvent> events = new ArrayList<>();
        events.add(new ParticipantSeated(participant, table.id()));
        s.envelopes().of(table.id()).filter(env -> !env.roles().isEmpty()).filter(env -> s.rules().drawsForLatecomers(s)).ifPresent(env -> {
            String role = RoleDealer.draw(roleIds(), s.plan().roleSet().core(), new java.util.HashSet<>(env.roles().values()),
                    s.envelopes().held(participant), d.random());
            events.add(new RoleAssigned(participant, table.id(), role));
        });
        return events;
    }

    List<SessionEvent> deal(String tableId, Decision d) {
        if (!s.tables().arranged()) throw Rejection.wrongPhase("make the tables first");
        if (roleIds().isEmpty()) throw Rejection.wrongPhase("this session has no roles to deal");
        List<Table> which = tableId == null ? s.tables().all() : List.of(s.tables().require(tableId));
        Map<String, Map<String, String>> byTable = new LinkedHashMap<>();
        Map<String, List<String>> history = s.envelopes().history();
        for (Table t : which) {
            if (t.size() > 0) byTable.put(t.id(), RoleDealer.deal(t.seats(), roleIds(), s.plan().roleSet().core(), history, d.random()));
        }
        if (byTable.isEmpty()) throw Rejection.wrongPhase("nobody stands at these tables");
        return List.of(new RolesDealt(s.envelopes().round() + 1, byTable));
    }

    private List<String> roleIds() {
        return s.plan().roleSet() == null ? List.of() : s.plan().roleSet().roles().stream().map(Role::id).toList();
    }

    List<SessionEvent> openEnvelope(Participant p) {
        TableEnvelope env = p.table() == null ? null : s.envelopes().of(p.table()).orElse(null);
        if (env == null || env.roleOf(p.id()) == null) throw Rejection.wrongPhase("no role has been dealt to you yet");
        return env.hasOpened(p.id()) ? List.of() : List.of(new EnvelopeOpened(p.id()));
    }

    List<SessionEvent> reveal(Principal who, String tableId) {
        List<String> which;
        if (who instanceof Principal.Facilitator) {
            which = tableId == null
                    ? s.tables().all().stream().map(Table::id).filter(this::dealtAndHidden).toList()
                    : List.of(s.tables().require(tableId).id());
        } else {
            Participant p = s.participant(who, "reveal roles");
            if (!s.rules().tableMayReveal(s)) throw Rejection.forbidden("reveal the roles now");
            if (tableId != null && !tableId.equals(p.table())) {
                throw Rejection.of("not_your_table", "you can only reveal the roles of your own table");
            }
            if (p.table() == null) throw Rejection.wrongPhase("you are not at a table yet");
            which = List.of(p.table());
        }
        for (String t : which) {
            if (s.envelopes().of(t).map(env -> env.roles().isEmpty()).orElse(true)) {
                throw Rejection.wrongPhase("no roles have been dealt at table " + t);
            }
        }
        List<String> hidden = which.stream().filter(this::dealtAndHidden).toList();
        return hidden.isEmpty() ? List.of() : List.of(new RolesRevealed(hidden));
    }

    private boolean dealtAndHidden(String table) {
        return s.envelopes().of(table).map(env -> !env.roles().isEmpty() && !env.revealed()).orElse(false);
    }
}
