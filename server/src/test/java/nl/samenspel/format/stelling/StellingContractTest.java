package nl.samenspel.format.stelling;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.testing.FormatContract;
import nl.samenspel.testing.SessionDriver;

/** The statement round keeps the format contract: stickers by person stay private, the spread reaches phones only after the vote. */
class StellingContractTest extends FormatContract {

    @Override
    protected SessionDriver emptySession() {
        return StellingSessions.start();
    }

    /** A random walk through joins, stickers (in and out of range), votes closed, steps and arguments. */
    @Override
    protected SessionDriver fullSession() {
        Random random = new Random(11);
        SessionDriver g = SessionDriver.of(StellingFormat.ID, StellingSetup.BUILT_IN, s -> {
            s.title = "Replay";
            s.code = "STELRP";
            s.random = random;
            s.clockStep = 1000;
        });
        List<String> statements = StellingSessions.statements(g);
        List<String> people = new ArrayList<>();
        g.walk(1200, i -> {
            int pick = random.nextInt(60);
            // Mostly the statement on screen, sometimes another one (refused unless it is up).
            String current = g.state().agenda().currentStep().map(step -> step.id()).orElse("");
            String statement = statements.contains(current) && random.nextInt(4) > 0 ? current
                    : statements.get(random.nextInt(statements.size()));
            if (pick == 0 || people.size() < 3) {
                people.add(g.join("Naam" + random.nextInt(8)));
            } else if (pick < 4) {
                g.facilitator(new Command.GotoStep(random.nextInt(statements.size() + 1)));
            } else if (pick == 4) {
                g.facilitator(new StellingCommand.Close(statement));
            } else if (pick < 18) {
                String side = random.nextBoolean() ? "eens" : "oneens";
                g.as(people.get(random.nextInt(people.size())),
                        new Command.AddNote(StellingPlan.board(statement), side, "Argument " + i, null));
            } else {
                g.as(people.get(random.nextInt(people.size())), new StellingCommand.Place(statement, random.nextInt(7)));
            }
        });
        StellingState round = StellingSessions.round(g);
        long closed = statements.stream().filter(round::isClosed).count();
        assertTrue(g.state().seq() > 200 && closed >= 2, "the walk placed, closed and argued enough: seq " + g.state().seq() + ", closed " + closed);
        return g;
    }

    /** Three people, two stickers on the first statement, its vote still open. */
    @Override
    protected SessionDriver secretSession() {
        SessionDriver g = StellingSessions.start();
        g.join(3, "Naam");
        String first = StellingSessions.statements(g).get(0);
        g.facilitator(new Command.GotoStep(1));
        List<String> people = people(g);
        g.as(people.get(0), new StellingCommand.Place(first, 5));
        g.as(people.get(1), new StellingCommand.Place(first, 1));
        return g;
    }

    @Override
    protected List<Secret> secrets(SessionDriver g) {
        List<String> people = people(g);
        String ann = people.get(0);
        Principal bo = new Principal.Participant(people.get(1));
        Principal cas = new Principal.Participant(people.get(2));
        return List.of(
                new Secret("the spread while the vote is open", cas, json -> hasFilled(json, "counts"), Principal.PROJECTOR),
                new Secret("whose sticker is where", bo, json -> ties(json, ann, 5), null),
                new Secret("whose sticker is where", Principal.PROJECTOR, json -> ties(json, ann, 5), null));
    }

    @Override
    protected List<Command> facilitatorOnly(SessionDriver g) {
        return List.of(new StellingCommand.Close(StellingSessions.statements(g).get(0)));
    }

    @Override
    protected List<Command> participantOnly(SessionDriver g) {
        return List.of(new StellingCommand.Place(StellingSessions.statements(g).get(0), 3));
    }

    private static List<String> people(SessionDriver g) {
        return g.state().participants().present().stream().map(p -> p.id()).toList();
    }
}
