package nl.samenspel.format.dilemma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import nl.samenspel.format.dilemma.DilemmaEvent.PlenaryOpened;
import nl.samenspel.format.dilemma.DilemmaEvent.RoundClosed;
import nl.samenspel.format.dilemma.DilemmaEvent.RoundStarted;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionEvent.RolesDealt;
import nl.samenspel.session.domain.SessionEvent.RolesRevealed;
import nl.samenspel.session.domain.SessionEvent.StepEntered;
import nl.samenspel.session.domain.SessionEvent.TablesArranged;
import nl.samenspel.session.domain.SessionEvent.TimerStarted;
import nl.samenspel.session.domain.agenda.StepTimer;
import nl.samenspel.session.domain.tables.Table;
import nl.samenspel.testing.SessionDriver;
import org.junit.jupiter.api.Test;

/** The script of a round: dealing, revealing, closing, and steps that run by themselves. */
class RoundFlowTest {

    @Test
    void enteringTheFirstRoundMakesTablesShowsTheDilemmaAndDealsDistinctPerspectives() {
        SessionDriver g = DilemmaSessions.secret(1);
        List<String> people = g.join(9, "Deelnemer");
        List<SessionEvent> events = g.step(1, StepKind.DRAW);

        TablesArranged arranged = SessionDriver.only(events, TablesArranged.class).get(0);
        assertEquals(List.of(5, 4), arranged.tables().stream().map(t -> t.seats().size()).toList(), "9 people at tables of at most 5");
        RoundStarted started = SessionDriver.only(events, RoundStarted.class).get(0);
        assertEquals(1, started.round());
        assertEquals("wassen-of-douchen", started.dilemma(), "round 1 plays the pack's first dilemma");
        RolesDealt dealt = SessionDriver.only(events, RolesDealt.class).get(0);
        assertEquals(2, dealt.byTable().size());
        for (Map<String, String> roles : dealt.byTable().values()) {
            assertEquals(roles.size(), new HashSet<>(roles.values()).size(), "distinct perspectives within a table");
        }
        assertTrue(people.stream().allMatch(p -> g.roleOf(p) != null), "everyone holds a perspective");
        assertEquals(StepTimer.Status.RUNNING, g.state().agenda().timer().status(), "the step's clock runs by itself");
        assertEquals(60_000, g.state().agenda().timer().durationMs(), "drawing a perspective takes one minute");
        assertTrue(g.state().envelopes().all().values().stream().noneMatch(e -> e.revealed()), "roles stay secret");
    }

    @Test
    void inRoundTwoEveryoneGetsAPerspectiveTheyHaveNotHad() {
        for (long seed = 1; seed <= 20; seed++) {
            SessionDriver g = DilemmaSessions.start(seed);
            List<String> people = g.join(9 + (int) (seed % 5), "Deelnemer");
            g.step(1, StepKind.DRAW);
            Map<String, String> first = new HashMap<>();
            people.forEach(p -> first.put(p, g.roleOf(p)));
            g.step(2, StepKind.DRAW);
            for (String p : people) assertNotEquals(first.get(p), g.roleOf(p), "seed " + seed + ": " + p + " had this one");
            for (Table t : g.state().tables().all()) {
                Map<String, String> roles = g.rolesAt(t.id());
                assertEquals(roles.size(), new HashSet<>(roles.values()).size(), "distinct within table " + t.id());
            }
            assertEquals(first, flatten(g.format(DilemmaState.class).round(1).perspectives()), "round 1's perspectives are kept");
        }
    }

    @Test
    void theRevealStepShowsTheRolesAndClosesTheRound() {
        SessionDriver g = DilemmaSessions.secret(2);
        g.join(8, "Deelnemer");
        g.step(1, StepKind.DRAW);
        List<SessionEvent> events = g.step(1, StepKind.REVEAL);
        assertEquals(new HashSet<>(List.of("t1", "t2")), new HashSet<>(SessionDriver.only(events, RolesRevealed.class).get(0).tables()));
        RoundClosed closed = SessionDriver.only(events, RoundClosed.class).get(0);
        assertEquals(8, flatten(closed.perspectives()).size());
        assertTrue(g.format(DilemmaState.class).round(1).closed());
        assertTrue(g.state().envelopes().all().values().stream().allMatch(e -> e.revealed()));
        assertTrue(SessionDriver.only(g.step(1, StepKind.REVEAL), RoundClosed.class).isEmpty(), "a round closes once");
    }

    @Test
    void goingStraightToTheNextRoundFirstClosesTheRoundBefore() {
        SessionDriver g = DilemmaSessions.secret(3);
        g.join(5, "Deelnemer");
        g.step(1, StepKind.SHARE);
        assertTrue(g.format(DilemmaState.class).round(1).open(), "any step of a round starts it");
        List<SessionEvent> events = g.step(2, StepKind.DRAW);
        int revealed = indexOf(events, RolesRevealed.class);
        int closed = indexOf(events, RoundClosed.class);
        int dealt = indexOf(events, RolesDealt.class);
        assertTrue(revealed < closed && closed < dealt, "round 1 is revealed and closed before round 2 is dealt: " + events);
        assertEquals(2, g.format(DilemmaState.class).current());
    }

    @Test
    void thePlenaryClosesTheLastRoundAndOpensTheResultsOnce() {
        SessionDriver g = DilemmaSessions.start(4);
        g.join(4, "Deelnemer");
        g.step(1, StepKind.DRAW);
        g.step(2, StepKind.LEAD);
        List<SessionEvent> events = g.step(0, StepKind.PLENARY);
        assertEquals(2, SessionDriver.only(events, RoundClosed.class).get(0).round());
        assertEquals(1, SessionDriver.only(events, PlenaryOpened.class).size());
        assertTrue(g.format(DilemmaState.class).plenaryOpened());
        assertEquals(300_000, g.state().agenda().timer().durationMs(), "the plenary lasts five minutes");
        assertTrue(SessionDriver.only(g.step(0, StepKind.PLENARY), PlenaryOpened.class).isEmpty());
    }

    @Test
    void withAutoRunAStepWhoseTimeIsUpHandsOverToTheNextStepOfItsRound() {
        SessionDriver g = DilemmaSessions.secret(5);
        g.join(4, "Deelnemer");
        g.step(1, StepKind.DRAW);
        for (String next : List.of(StepKind.SHARE, StepKind.CHOOSE, StepKind.LEAD, StepKind.REVEAL)) {
            List<SessionEvent> events = g.timeUp();
            assertEquals(1, SessionDriver.only(events, StepEntered.class).size(), "time up moves on to " + next);
            assertEquals(next, g.currentStep().kind());
            assertEquals(1, SessionDriver.only(events, TimerStarted.class).size(), "and starts its clock");
        }
        assertTrue(g.format(DilemmaState.class).round(1).closed(), "the reveal step closed the round");
        List<SessionEvent> afterReveal = g.timeUp();
        assertTrue(SessionDriver.only(afterReveal, StepEntered.class).isEmpty(), "the next round waits for the facilitator");
        assertEquals(StepKind.REVEAL, g.currentStep().kind());
    }

    @Test
    void skippingAStepAlsoMovesOnToTheNextStepOfTheRound() {
        SessionDriver g = DilemmaSessions.start(6);
        g.join(4, "Deelnemer");
        g.step(1, StepKind.SHARE);
        g.facilitator(new Command.SkipTimer());
        assertEquals(StepKind.CHOOSE, g.currentStep().kind());
    }

    @Test
    void withoutAutoRunTheFacilitatorStartsEveryClockAndMovesOnByHand() {
        SessionDriver g = DilemmaSessions.start(7, new JsonObject().put("autoRun", false));
        g.join(4, "Deelnemer");
        g.step(1, StepKind.DRAW);
        assertEquals(StepTimer.Status.IDLE, g.state().agenda().timer().status());
        g.facilitator(new Command.StartTimer(null));
        g.timeUp();
        assertEquals(StepKind.DRAW, g.currentStep().kind(), "no step follows by itself");
        assertEquals(StepTimer.Status.ENDED, g.state().agenda().timer().status());
    }

    @Test
    void newTablesInTheMiddleOfARoundGetTheirEnvelopesAtOnce() {
        SessionDriver g = DilemmaSessions.start(8);
        List<String> people = g.join(10, "Deelnemer");
        g.step(1, StepKind.SHARE);
        List<SessionEvent> events = g.facilitator(new Command.ArrangeTables(4));
        RolesDealt dealt = SessionDriver.only(events, RolesDealt.class).get(0);
        assertEquals(3, dealt.byTable().size(), "10 people at tables of at most 4: three tables, three envelopes");
        assertTrue(people.stream().allMatch(p -> g.roleOf(p) != null));
    }

    @Test
    void aLatecomerDrawsFromTheEnvelopeOfTheTableTheyJoin() {
        SessionDriver g = DilemmaSessions.start(9);
        g.join(8, "Deelnemer");
        g.step(1, StepKind.DRAW);
        String late = g.join("Laatkomer");
        String table = g.tableOf(late);
        Map<String, String> roles = g.rolesAt(table);
        assertTrue(roles.containsKey(late));
        assertEquals(roles.size(), new HashSet<>(roles.values()).size(), "still distinct at the latecomer's table");
    }

    @Test
    void aRoundWithoutPeopleStartsAndDealsOnceTablesAreMade() {
        SessionDriver g = DilemmaSessions.start(10);
        List<SessionEvent> events = g.step(1, StepKind.DRAW);
        assertTrue(SessionDriver.only(events, RolesDealt.class).isEmpty());
        assertTrue(g.format(DilemmaState.class).round(1).open());
        List<String> people = g.join(6, "Deelnemer");
        g.facilitator(new Command.ArrangeTables(5));
        assertTrue(people.stream().allMatch(p -> g.roleOf(p) != null));
        assertFalse(g.state().envelopes().all().isEmpty());
    }

    private static Map<String, String> flatten(Map<String, Map<String, String>> byTable) {
        Map<String, String> out = new HashMap<>();
        byTable.values().forEach(out::putAll);
        return out;
    }

    private static int indexOf(List<SessionEvent> events, Class<?> type) {
        for (int i = 0; i < events.size(); i++) if (type.isInstance(events.get(i))) return i;
        throw new AssertionError("no " + type.getSimpleName() + " in " + events);
    }
}
