package nl.samenspel.format.dilemma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.testing.FormatContract;
import nl.samenspel.testing.RoleSecrets;
import nl.samenspel.testing.SessionDriver;

/** The dilemma game keeps the format contract. */
class DilemmaContractTest extends FormatContract {

    private static final String REASON = "omdat het thuis anders gaat";

    @Override
    protected SessionDriver emptySession() {
        return DilemmaSessions.start(7);
    }

    /** A random game, its moves and the session's decisions drawn from one source. */
    @Override
    protected SessionDriver fullSession() {
        Random random = new Random(2026);
        List<String> people = new ArrayList<>();
        SessionDriver g = SessionDriver.of("dilemma", "samenspel-basis", s -> {
            s.title = "Teamdag";
            s.code = "REPLAY";
            s.now = 0;
            s.random = random;
        });
        g.walk(900, i -> {
            g.advance(700);
            int pick = random.nextInt(20);
            if (people.size() < 7 || pick == 0) {
                people.add(g.join("Naam" + random.nextInt(9)));
            } else if (pick == 1) {
                g.tickAt(g.now() + 10_000_000);
            } else {
                String someone = people.get(random.nextInt(people.size()));
                Principal who = pick < 14 ? new Principal.Participant(someone) : Principal.FACILITATOR;
                g.send(who, command(g.state(), random, someone));
            }
        });
        long formatEvents = g.journal().stream().filter(e -> e.event() instanceof DilemmaEvent).count();
        assertTrue(formatEvents > 100, "the game did enough to be a test: " + formatEvents);
        assertTrue(g.format(DilemmaState.class).rounds().stream().anyMatch(RoundState::closed), "at least one round closed");
        return g;
    }

    @Override
    protected void assertSameOutcome(SessionState live, SessionState replayed) {
        assertEquals(Results.of(live), Results.of(replayed));
        assertEquals(DilemmaReport.collect(live), DilemmaReport.collect(replayed));
    }

    /** Secret perspectives dealt at two tables, and one participant's choice with a reason. */
    @Override
    protected SessionDriver secretSession() {
        SessionDriver g = DilemmaSessions.secret(1);
        g.join(9, "Deelnemer");
        g.step(1, StepKind.DRAW);
        g.step(1, StepKind.CHOOSE);
        g.as(g.seats("t1").get(0), new DilemmaCommand.Choose("a", REASON));
        return g;
    }

    @Override
    protected List<Secret> secrets(SessionDriver g) {
        List<Secret> out = new ArrayList<>(RoleSecrets.hiddenFromOthers(g, "a perspective before the reveal", g.seats("t1").get(0)));
        for (Principal viewer : List.of(new Principal.Participant(g.seats("t2").get(0)), Principal.PROJECTOR)) {
            out.add(new Secret("another table's reasons", viewer, json -> json.encode().contains(REASON),
                    new Principal.Participant(g.seats("t1").get(1))));
        }
        return out;
    }

    @Override
    protected List<Command> facilitatorOnly(SessionDriver g) {
        return List.of(new DilemmaCommand.Nudge(null, null));
    }

    @Override
    protected List<Command> participantOnly(SessionDriver g) {
        return List.of(new DilemmaCommand.NameValues(List.of("autonomie"), List.of(), null), new DilemmaCommand.Choose("a", null),
                new DilemmaCommand.Pick("x"));
    }

    private static Command command(SessionState s, Random r, String someone) {
        DilemmaPlan plan = (DilemmaPlan) s.plan().formatPlan();
        String value = plan.values().get(r.nextInt(plan.values().size())).id();
        String table = s.tables().all().isEmpty() ? "t1" : s.tables().all().get(r.nextInt(s.tables().all().size())).id();
        String note = "n" + (1 + r.nextInt(12));
        return switch (r.nextInt(14)) {
            case 0, 1 -> new Command.GotoStep(r.nextInt(s.agenda().steps().size()));
            case 2 -> new DilemmaCommand.NameValues(List.of(value), r.nextBoolean() ? List.of("eigen " + r.nextInt(3)) : List.of(),
                    r.nextBoolean() ? "toelichting" : null);
            case 3 -> new DilemmaCommand.NameValues(List.of(value, plan.values().get(0).id()), List.of(), null);
            case 4, 5 -> new DilemmaCommand.Choose(List.of("a", "b", "middle").get(r.nextInt(3)), r.nextBoolean() ? "omdat" : null);
            case 6 -> new DilemmaCommand.AddLeading(r.nextBoolean() ? null : table, r.nextBoolean() ? value : null,
                    r.nextBoolean() ? null : "woorden " + r.nextInt(3));
            case 7 -> new DilemmaCommand.RemoveLeading(note);
            case 8 -> new DilemmaCommand.Nudge(r.nextBoolean() ? table : null, r.nextBoolean() ? someone : null);
            case 9 -> new Command.OpenEnvelope();
            case 10 -> new Command.SkipTimer();
            case 11 -> new Command.ArrangeTables(3 + r.nextInt(3));
            case 12 -> new Command.EditNote("table/" + table, note, "bewerkt", null);
            default -> new Command.MoveParticipant(someone, table);
        };
    }
}
