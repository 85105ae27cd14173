package nl.samenspel.format.dilemma;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.content.RoleSet;
import nl.samenspel.session.domain.Participant;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.domain.envelopes.TableEnvelope;

/**
 * {@code dilemma.pick} where people choose their perspective: a free one from the table's
 * envelope. Free means nobody else at the table holds it (unless the table outnumbers the
 * roles); the set's core perspectives come first, so a role beyond them is open only to as many
 * people as the table has more than the core; and a perspective held in an earlier round is
 * refused while a fresh one is free. A pick may be changed during the draw step; later in the
 * round only someone without a perspective (a latecomer) picks.
 */
final class PerspectivePick {

    private PerspectivePick() {}

    static List<SessionEvent> decide(SessionState s, Principal who, DilemmaCommand.Pick c) {
        Participant p = s.participant(who, "pick a perspective");
        DilemmaPlan plan = (DilemmaPlan) s.plan().formatPlan();
        if (!plan.choosing()) throw Rejection.wrongPhase("in this game the perspectives are dealt, not picked");
        Step step = s.agenda().currentStep().orElse(null);
        DilemmaState state = s.format();
        if (step == null || step.round() < 1 || !state.round(step.round()).open()) {
            throw Rejection.wrongPhase("perspectives are picked at the start of a round");
        }
        if (p.table() == null) throw Rejection.wrongPhase("you are not at a table yet");
        TableEnvelope env = s.envelopes().of(p.table()).orElseThrow(() -> Rejection.wrongPhase("your table has no envelope yet"));
        String mine = env.roleOf(p.id());
        if (mine != null && !step.kind().equals(StepKind.DRAW)) {
            throw Rejection.wrongPhase("your perspective can only be changed in the step ‘draw’");
        }
        RoleSet set = s.plan().roleSet();
        if (set.role(c.role()).isEmpty()) throw Rejection.invalid("role", "there is no perspective '" + c.role() + "' in this game");
        if (c.role().equals(mine)) return List.of();

        Set<String> takenByOthers = new HashSet<>();
        for (Map.Entry<String, String> e : env.roles().entrySet()) if (!e.getKey().equals(p.id())) takenByOthers.add(e.getValue());
        List<String> free = set.roleIds().stream().filter(r -> !takenByOthers.contains(r)).toList();
        if (takenByOthers.contains(c.role()) && !free.isEmpty()) {
            throw Rejection.of("taken", "someone at your table has this perspective; pick a free one");
        }
        List<String> allowed = allowed(set, free, takenByOthers, tableSize(s, p.table()));
        if (!allowed.contains(c.role()) && !allowed.isEmpty()) {
            throw Rejection.of("core_first", "the envelope holds " + set.core() + " first: pick one of " + allowed);
        }
        List<String> earlier = s.envelopes().held(p.id()).stream().filter(r -> !r.equals(mine)).toList();
        if (earlier.contains(c.role()) && allowed.stream().anyMatch(r -> !earlier.contains(r))) {
            throw Rejection.of("held_before", "you had this perspective in an earlier round; pick one that is new to you");
        }
        return List.of(new SessionEvent.RoleAssigned(p.id(), p.table(), c.role()), new SessionEvent.EnvelopeOpened(p.id()));
    }

    /** The free perspectives this person may take: a core one while the table still needs them. */
    static List<String> allowed(RoleSet set, List<String> free, Set<String> takenByOthers, int tableSize) {
        long extrasTaken = takenByOthers.stream().filter(r -> !set.core().contains(r)).count();
        int extrasOpen = Math.max(0, tableSize - set.core().size());
        return free.stream().filter(r -> set.core().contains(r) || extrasTaken < extrasOpen).toList();
    }

    private static int tableSize(SessionState s, String table) {
        return s.tables().require(table).seats().size();
    }
}
