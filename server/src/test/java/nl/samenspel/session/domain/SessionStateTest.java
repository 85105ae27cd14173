package nl.samenspel.session.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import nl.samenspel.content.Role;
import nl.samenspel.content.RoleSet;
import nl.samenspel.content.Text;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.domain.board.Column;
import nl.samenspel.session.domain.envelopes.TableEnvelope;
import nl.samenspel.session.domain.tables.Table;
import nl.samenspel.testing.SessionDriver;
import org.junit.jupiter.api.Test;

class SessionStateTest {

    /** Six roles, three steps, three columns, and a fixed random seed; no format rules of its own. */
    private final SessionDriver f = SessionDriver.of(plan(), id -> FormatRules.NONE, s -> {
        s.code = "ABCDEF";
        s.seed = 42;
    });

    private static SessionPlan plan() {
        List<Column> columns = List.of(
                new Column("ideas", Text.same("Ideas"), "yellow"),
                new Column("questions", Text.same("Questions"), "blue"),
                new Column("actions", Text.same("Actions"), "green"));
        List<Role> roles = new ArrayList<>();
        for (String id : List.of("bewoner", "partner", "kind", "vrijwilliger", "zorgprofessional", "leidinggevende")) {
            roles.add(new Role(id, Text.same(id), Text.same("brief " + id), List.of(Text.same("q1"), Text.same("q2"))));
        }
        List<Step> steps = List.of(
                new Step("welcome", "welcome", 0, Text.same("Welcome"), null, 300),
                new Step("talk", "talk", 1, Text.same("Talk"), null, 900),
                new Step("plenary", "plenary", 2, Text.same("Plenary"), null, 600));
        return new SessionPlan("open", "test", "Test", new RoleSet("set", Text.same("Set"), roles), steps,
                Text.same("Table"), columns, Text.same("Plenary"), columns, 5, 3, true, null);
    }

    private List<String> joinMany(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> f.join("Person" + i)).toList();
    }

    @Test
    void twoPeopleWithTheSameNameAreToldApart() {
        String a = f.join("Anna");
        String b = f.join("anna");
        String c = f.join("Anna");
        assertEquals("Anna", f.state().participants().require(a).label());
        assertEquals("anna (2)", f.state().participants().require(b).label());
        assertEquals("Anna (3)", f.state().participants().require(c).label());
    }

    @Test
    void namesAreCleanedAndChecked() {
        String p = f.join("  Jan \t\n  ");
        assertEquals("Jan", f.state().participants().require(p).name());
        Rejection empty = assertRejects(() -> f.join("   "));
        assertEquals("invalid_field", empty.code());
        assertEquals("name", empty.field());
        Rejection longName = assertRejects(() -> f.join("x".repeat(41)));
        assertEquals("too_long", longName.code());
    }

    @Test
    void thirteenPeopleAreArrangedFiveFourFourAndLatecomersGoToTheSmallestTable() {
        joinMany(13);
        f.facilitator(new Command.ArrangeTables(5));
        List<Integer> sizes = f.state().tables().all().stream().map(Table::size).toList();
        assertEquals(List.of(5, 4, 4), sizes);
        for (Table t : f.state().tables().all()) {
            assertTrue(f.state().boards().exists("table/" + t.id()), "each table has its flip-over");
            t.seats().forEach(p -> assertEquals(t.id(), f.state().participants().require(p).table()));
        }
        String late = f.join("Laat");
        assertEquals("t2", f.state().participants().require(late).table(), "smallest table, lowest number first");
        String later = f.join("Later");
        assertEquals("t3", f.state().participants().require(later).table());
    }

    @Test
    void onlyTheFacilitatorArrangesDealsAndRunsTheClock() {
        String p = joinMany(3).get(0);
        Principal participant = new Principal.Participant(p);
        for (Command c : List.of(new Command.ArrangeTables(5), new Command.DealRoles(null), new Command.GotoStep(1),
                new Command.StartTimer(60), new Command.RemoveParticipant(p), new Command.CloseSession(),
                new Command.Spotlight(null), new Command.HideVotes("plenary", true))) {
            assertEquals("forbidden", f.rejected(participant, c).code(), c.toString());
            assertEquals("forbidden", f.rejected(Principal.PROJECTOR, c).code(), c.toString());
        }
    }

    @Test
    void rolesAreSecretDistinctPerTableAndNewOnARedeal() {
        joinMany(10);
        f.facilitator(new Command.ArrangeTables(5));
        f.facilitator(new Command.DealRoles(null));
        Map<String, String> first = new java.util.HashMap<>();
        for (Table t : f.state().tables().all()) {
            TableEnvelope env = f.state().envelopes().of(t.id()).orElseThrow();
            assertEquals(Set.copyOf(t.seats()), env.roles().keySet());
            assertEquals(t.size(), new HashSet<>(env.roles().values()).size(), "distinct within the table");
            assertFalse(env.revealed());
            first.putAll(env.roles());
        }
        f.facilitator(new Command.DealRoles(null));
        for (Table t : f.state().tables().all()) {
            f.state().envelopes().of(t.id()).orElseThrow().roles()
                    .forEach((p, role) -> assertNotEquals(first.get(p), role, p + " got the same role again"));
        }
        assertEquals(2, f.state().envelopes().round());
    }

    @Test
    void openingAnEnvelopeAndRevealingFollowTheRules() {
        List<String> people = joinMany(4);
        String p = people.get(0);
        assertEquals("wrong_phase", f.rejected(new Principal.Participant(p), new Command.OpenEnvelope()).code());
        f.facilitator(new Command.ArrangeTables(5));
        f.facilitator(new Command.DealRoles(null));
        f.as(p, new Command.OpenEnvelope());
        assertTrue(f.state().envelopes().of("t1").orElseThrow().hasOpened(p));
        assertTrue(f.as(p, new Command.OpenEnvelope()).isEmpty(), "opening twice changes nothing");
        f.as(people.get(1), new Command.RevealRoles(null));
        assertTrue(f.state().envelopes().of("t1").orElseThrow().revealed());
    }

    @Test
    void aMovedPersonLeavesTheirRoleAndDrawsANewOneAtTheNewTable() {
        joinMany(8);
        f.facilitator(new Command.ArrangeTables(4));
        f.facilitator(new Command.DealRoles(null));
        String mover = f.state().tables().require("t1").seats().get(0);
        String oldRole = f.state().envelopes().of("t1").orElseThrow().roleOf(mover);
        f.facilitator(new Command.MoveParticipant(mover, "t2"));
        assertNull(f.state().envelopes().of("t1").orElseThrow().roleOf(mover));
        String newRole = f.state().envelopes().of("t2").orElseThrow().roleOf(mover);
        assertNotEquals(oldRole, newRole);
        assertFalse(f.state().envelopes().of("t2").orElseThrow().roles().entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(mover) && e.getValue().equals(newRole)), "still distinct at t2");
        assertEquals("t2", f.state().participants().require(mover).table());
    }

    @Test
    void participantsWriteOnTheirOwnTableAndThePlenaryOnly() {
        List<String> people = joinMany(10);
        f.facilitator(new Command.ArrangeTables(5));
        String p = people.get(0);
        String mine = f.state().participants().require(p).table();
        String other = mine.equals("t1") ? "t2" : "t1";
        f.as(p, new Command.AddNote("table/" + mine, "ideas", "Samen eten", null));
        f.as(p, new Command.AddNote("plenary", "ideas", "Plenair idee", "pink"));
        Rejection r = f.rejected(new Principal.Participant(p), new Command.AddNote("table/" + other, "ideas", "x", null));
        assertEquals("not_your_table", r.code());
        Rejection column = f.rejected(new Principal.Participant(p), new Command.AddNote("table/" + mine, "nope", "x", null));
        assertEquals("invalid_field", column.code());
        assertEquals("column", column.field());
        assertEquals("not_found", f.rejected(Principal.FACILITATOR, new Command.AddNote("table/t9", "ideas", "x", null)).code());
    }

    @Test
    void aRejectedCommandLeavesNoTrace() {
        joinMany(2);
        long seq = f.state().seq();
        Rejection r = f.rejected(Principal.FACILITATOR, new Command.ArrangeTables(1));
        assertEquals("maxSize", r.field());
        assertEquals(seq, f.state().seq());
        assertTrue(f.state().tables().all().isEmpty());
    }

    @Test
    void aClosedSessionAdmitsNoOne() {
        f.join("Eerste");
        f.facilitator(new Command.CloseSession());
        assertEquals("session_closed", assertRejects(() -> f.join("Laatkomer")).code());
        assertTrue(f.state().closed());
    }

    @Test
    void commandIdsAreRememberedSoARetryIsNotAppliedTwice() {
        String p = f.join("Kees");
        List<JournalEntry> entries = f.state().execute(new Principal.Participant(p), "m-17",
                new Command.AddNote("plenary", "ideas", "Een keer", null), f.decision(), e -> {});
        assertEquals(entries.get(0).seq(), f.state().commands().seqOf("p:" + p, "m-17").orElseThrow());
        assertTrue(f.state().commands().seqOf("p:" + p, "m-18").isEmpty());
    }

    private static Rejection assertRejects(Runnable action) {
        try {
            action.run();
        } catch (Rejection r) {
            return r;
        }
        throw new AssertionError("expected a rejection");
    }
}
