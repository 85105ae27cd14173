package nl.samenspel.session.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.samenspel.content.Role;
import nl.samenspel.content.RoleSet;
import nl.samenspel.content.Text;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.domain.board.Column;

/** A session in memory for domain tests: a plan of six roles, three steps, three columns, and a fixed random seed. */
final class Fixture {

    static final List<Column> COLUMNS = List.of(
            new Column("ideas", Text.same("Ideas"), "yellow"),
            new Column("questions", Text.same("Questions"), "blue"),
            new Column("actions", Text.same("Actions"), "green"));

    final SessionState state = new SessionState(id -> FormatRules.NONE);
    final List<JournalEntry> journal = new ArrayList<>();
    final Random random;
    long now = 1_000_000;

    Fixture(long seed) {
        this.random = new Random(seed);
        List<Role> roles = new ArrayList<>();
        for (String id : List.of("bewoner", "partner", "kind", "vrijwilliger", "zorgprofessional", "leidinggevende")) {
            roles.add(new Role(id, Text.same(id), Text.same("brief " + id), List.of(Text.same("q1"), Text.same("q2"))));
        }
        List<Step> steps = List.of(
                new Step("welcome", "welcome", 0, Text.same("Welcome"), null, 300),
                new Step("talk", "talk", 1, Text.same("Talk"), null, 900),
                new Step("plenary", "plenary", 2, Text.same("Plenary"), null, 600));
        SessionPlan plan = new SessionPlan("open", "test", "Test", new RoleSet("set", Text.same("Set"), roles), steps,
                Text.same("Table"), COLUMNS, Text.same("Plenary"), COLUMNS, 5, 3, true, null);
        journal.add(state.create(new SessionEvent.SessionCreated("ABCDEF", plan, "fhash", "vhash", now)));
    }

    Decision decision() {
        return new Decision(now, random);
    }

    /** Joins someone and returns their participant id. */
    String join(String name) {
        List<JournalEntry> entries = state.join(name, "token-" + name + "-" + state.seq(), "j" + state.seq(), decision(), journal::add);
        return ((SessionEvent.ParticipantJoined) entries.get(0).event()).participant();
    }

    List<JournalEntry> run(Principal who, Command command) {
        return state.execute(who, "c" + state.seq(), command, decision(), journal::add);
    }

    List<JournalEntry> facilitator(Command command) {
        return run(Principal.FACILITATOR, command);
    }

    List<JournalEntry> as(String participant, Command command) {
        return run(new Principal.Participant(participant), command);
    }

    Rejection rejected(Principal who, Command command) {
        long seq = state.seq();
        try {
            run(who, command);
        } catch (Rejection r) {
            if (state.seq() != seq) throw new AssertionError("a rejected command changed the session");
            return r;
        }
        throw new AssertionError("expected a rejection of " + command);
    }
}
