package nl.samenspel.format.dilemma;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.content.Role;
import nl.samenspel.format.dilemma.DilemmaEvent.PlenaryOpened;
import nl.samenspel.format.dilemma.DilemmaEvent.RoundClosed;
import nl.samenspel.format.dilemma.DilemmaEvent.RoundStarted;
import nl.samenspel.session.domain.Decision;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionEvent.BoardOpened;
import nl.samenspel.session.domain.SessionEvent.RolesDealt;
import nl.samenspel.session.domain.SessionEvent.RolesRevealed;
import nl.samenspel.session.domain.SessionEvent.Seating;
import nl.samenspel.session.domain.SessionEvent.StepEntered;
import nl.samenspel.session.domain.SessionEvent.TablesArranged;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.domain.envelopes.RoleDealer;
import nl.samenspel.session.domain.envelopes.TableEnvelope;
import nl.samenspel.session.domain.tables.Table;
import nl.samenspel.session.domain.tables.TablePlanner;

/**
 * The script of the game, as follow-ups to shared events:
 * <ul>
 * <li>entering any step of a round that has not begun starts it: an open earlier round is
 *     closed first, people are divided over tables if that has not happened, the round's
 *     dilemma goes to every table and every table's envelope is dealt (the shared
 *     {@link RoleDealer} gives each person a perspective they have not had, the role set's
 *     core perspectives first). With open roles the table sees the deal at once; when people
 *     choose, the envelope starts empty and open, and whoever has not picked a perspective by
 *     the end of the draw step is dealt one;</li>
 * <li>entering a round's reveal step (secret roles only), the plenary, or the next round closes
 *     the round: hidden roles are revealed and who held which perspective is recorded;</li>
 * <li>new tables in the middle of a round get their envelopes at once;</li>
 * <li>with {@code autoRun}, entering a step (but the welcome) starts its countdown, and when a round's step ends
 *     (time up or skipped) the next step of that round follows.</li>
 * </ul>
 */
final class RoundFlow {

    private RoundFlow() {}

    static List<SessionEvent> react(SessionState s, SessionEvent event, Decision d) {
        if (event instanceof StepEntered e) return onStep(s, e.index(), d);
        if (event instanceof SessionEvent.TimerEnded) return onTimeUp(s);
        if (event instanceof TablesArranged) return onTablesArranged(s, d);
        return List.of();
    }

    private static List<SessionEvent> onStep(SessionState s, int index, Decision d) {
        Step step = s.agenda().steps().get(index);
        DilemmaState state = s.format();
        List<SessionEvent> out = new ArrayList<>();
        if (step.round() >= 1) {
            if (!state.round(step.round()).started()) out.addAll(startRound(s, step.round(), d));
            else if (DilemmaPlan.of(s).choosing() && !step.kind().equals(StepKind.DRAW) && state.round(step.round()).open()) {
                out.addAll(dealTheUnpicked(s, d));
            }
            if (step.kind().equals(StepKind.REVEAL) && !state.round(step.round()).closed()) {
                out.addAll(closeRound(s, step.round()));
            }
        } else if (step.kind().equals(StepKind.PLENARY)) {
            for (RoundState r : state.rounds()) if (r.open()) out.addAll(closeRound(s, r.round()));
            if (!state.plenaryOpened()) out.add(new PlenaryOpened(d.now()));
        }
        // The welcome waits for the facilitator: while people arrive, the projector keeps showing how to join.
        if (DilemmaPlan.of(s).autoRun() && !step.kind().equals(StepKind.INTRO)) out.add(s.agenda().start(null, d));
        return out;
    }

    private static List<SessionEvent> onTimeUp(SessionState s) {
        if (!DilemmaPlan.of(s).autoRun()) return List.of();
        Step step = s.agenda().currentStep().orElse(null);
        if (step == null || step.round() < 1 || step.kind().equals(StepKind.REVEAL)) return List.of();
        int next = s.agenda().current() + 1;
        List<Step> steps = s.agenda().steps();
        if (next < steps.size() && steps.get(next).round() == step.round()) return List.of(s.agenda().enter(next));
        return List.of();
    }

    /** The facilitator made new tables while a round is on: the new tables' envelopes are dealt at once. */
    private static List<SessionEvent> onTablesArranged(SessionState s, Decision d) {
        DilemmaState state = s.format();
        if (state.current() == 0 || !state.round(state.current()).open()) return List.of();
        Map<String, List<String>> seats = new LinkedHashMap<>();
        s.tables().all().forEach(t -> seats.put(t.id(), t.seats()));
        return deal(s, seats, d);
    }

    private static List<SessionEvent> startRound(SessionState s, int round, Decision d) {
        DilemmaState state = s.format();
        List<SessionEvent> out = new ArrayList<>();
        for (RoundState r : state.rounds()) if (r.open()) out.addAll(closeRound(s, r.round()));
        Map<String, List<String>> seats = new LinkedHashMap<>();
        if (s.tables().arranged()) {
            for (Table t : s.tables().all()) seats.put(t.id(), t.seats());
        } else {
            List<String> people = s.participants().present().stream().map(p -> p.id()).toList();
            if (!people.isEmpty()) {
                TablesArranged arranged = new TablesArranged(TablePlanner.balanced(people, s.plan().maxTableSize(), d.random()));
                out.add(arranged);
                for (Seating t : arranged.tables()) {
                    seats.put(t.id(), t.seats());
                    String board = SessionState.tableBoard(t.id());
                    if (!s.boards().exists(board)) {
                        out.add(new BoardOpened(board, s.plan().tableBoardTitle(), s.plan().tableColumns(), s.plan().dots()));
                    }
                }
            }
        }
        out.add(new RoundStarted(round, DilemmaPlan.of(s).dilemma(round).id()));
        out.addAll(deal(s, seats, d));
        return out;
    }

    /**
     * Every table with people gets a fresh envelope: dealt, or empty for people to choose from.
     * Unless roles are secret, the table sees its envelope at once.
     */
    private static List<SessionEvent> deal(SessionState s, Map<String, List<String>> seats, Decision d) {
        List<String> roles = s.plan().roleSet() == null ? List.of() : s.plan().roleSet().roles().stream().map(Role::id).toList();
        if (roles.isEmpty()) return List.of();
        List<String> core = s.plan().roleSet().core();
        Map<String, List<String>> history = s.envelopes().history();
        // People pick during the draw step; a round begun later (the facilitator skipped ahead) is dealt.
        boolean picking = DilemmaPlan.of(s).choosing()
                && s.agenda().currentStep().map(st -> st.kind().equals(StepKind.DRAW)).orElse(false);
        Map<String, Map<String, String>> byTable = new LinkedHashMap<>();
        seats.forEach((table, people) -> {
            if (people.isEmpty()) return;
            byTable.put(table, picking ? Map.of() : RoleDealer.deal(people, roles, core, history, d.random()));
        });
        if (byTable.isEmpty()) return List.of();
        List<SessionEvent> out = new ArrayList<>();
        out.add(new RolesDealt(s.envelopes().round() + 1, byTable));
        if (!DilemmaPlan.of(s).secret()) out.add(new RolesRevealed(List.copyOf(byTable.keySet())));
        return out;
    }

    /** People choose, and the draw step is over: who has no perspective yet is dealt a free one. */
    private static List<SessionEvent> dealTheUnpicked(SessionState s, Decision d) {
        List<String> roles = s.plan().roleSet() == null ? List.of() : s.plan().roleSet().roleIds();
        if (roles.isEmpty()) return List.of();
        List<SessionEvent> out = new ArrayList<>();
        for (Table t : s.tables().all()) {
            TableEnvelope env = s.envelopes().of(t.id()).orElse(null);
            if (env == null) continue;
            java.util.Set<String> taken = new java.util.HashSet<>(env.roles().values());
            for (String person : t.seats()) {
                if (env.roleOf(person) != null) continue;
                String role = RoleDealer.draw(roles, s.plan().roleSet().core(), taken, s.envelopes().held(person), d.random());
                taken.add(role);
                out.add(new SessionEvent.RoleAssigned(person, t.id(), role));
            }
        }
        return out;
    }

    /** The end of a round: roles still hidden are revealed, and who held which is recorded. */
    static List<SessionEvent> closeRound(SessionState s, int round) {
        List<SessionEvent> out = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        Map<String, Map<String, String>> perspectives = new LinkedHashMap<>();
        s.envelopes().all().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            TableEnvelope env = e.getValue();
            if (env.roles().isEmpty()) return;
            if (!env.revealed()) hidden.add(e.getKey());
            perspectives.put(e.getKey(), env.roles());
        });
        if (!hidden.isEmpty()) out.add(new RolesRevealed(hidden));
        out.add(new RoundClosed(round, perspectives));
        return out;
    }
}
