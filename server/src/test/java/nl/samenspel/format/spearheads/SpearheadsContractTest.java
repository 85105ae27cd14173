package nl.samenspel.format.spearheads;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.samenspel.format.spearheads.SpearheadsCommand.ActionFields;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.testing.FormatContract;
import nl.samenspel.testing.SessionDriver;

/** The spearhead session keeps the format contract, following up an earlier session with boards at the tables. */
class SpearheadsContractTest extends FormatContract {

    @Override
    protected SessionDriver emptySession() {
        return SpearheadsSessions.start();
    }

    @Override
    protected SessionDriver fullSession() {
        SessionDriver earlier = SpearheadsSessions.start();
        earlier.join("Anna");
        SpearheadsSessions.addAction(earlier, Principal.FACILITATOR,
                SpearheadsSessions.fields("kennis-visie", "Eerdere actie", null, "Team", null, null));
        SessionDriver s = SpearheadsSessions.start(new JsonObject().put("tableBoards", true), earlier.report());
        Random r = new Random(42);
        List<String> people = new ArrayList<>();
        for (String name : List.of("Anna", "Bert", "Cor", "Dilan", "Eva")) people.add(s.join(name));
        s.facilitator(new SpearheadsCommand.AllowActions(people.get(0), true));
        int accepted = s.walk(700, i -> {
            Principal who = r.nextInt(3) == 0 ? Principal.FACILITATOR : new Principal.Participant(people.get(r.nextInt(people.size())));
            s.send(who, randomCommand(s, r, people, i));
        });
        assertTrue(accepted > 100, "enough happened to be a real test: " + accepted);
        SpearheadsState state = s.format(SpearheadsState.class);
        assertTrue(state.actions().size() > 3 && state.raters() > 2);
        return s;
    }

    /** One participant's thermometer score, before the facilitator shows the thermometer. */
    @Override
    protected SessionDriver secretSession() {
        SessionDriver s = SpearheadsSessions.start();
        String anna = s.join("Anna");
        s.join("Bert");
        s.as(anna, new SpearheadsCommand.Rate("vertrouwen", 5));
        return s;
    }

    /** Scores are private: nobody else sees them, not even the facilitator. */
    @Override
    protected List<Secret> secrets(SessionDriver s) {
        List<Secret> out = new ArrayList<>();
        for (Principal viewer : List.of(new Principal.Participant("p2"), Principal.FACILITATOR, Principal.PROJECTOR)) {
            out.add(new Secret("someone's own score", viewer, json -> hasFilled(json, "mine"), new Principal.Participant("p1")));
        }
        return out;
    }

    @Override
    protected List<Command> facilitatorOnly(SessionDriver s) {
        return List.of(new SpearheadsCommand.RevealThermometer(), new SpearheadsCommand.LockActions(true),
                new SpearheadsCommand.AllowActions(s.state().participants().present().get(0).id(), true));
    }

    @Override
    protected List<Command> participantOnly(SessionDriver s) {
        return List.of(new SpearheadsCommand.Rate("vertrouwen", 3));
    }

    private static Command randomCommand(SessionDriver s, Random r, List<String> people, int i) {
        List<String> steps = s.state().agenda().steps().stream().map(x -> x.id()).toList();
        List<String> boards = s.state().boards().all().stream().map(b -> b.id()).filter(b -> b.contains("/")).toList();
        String board = boards.isEmpty() ? "plenary" : boards.get(r.nextInt(boards.size()));
        List<String> notes = s.state().boards().find(board).map(b -> b.notes().stream().map(n -> n.id()).toList()).orElse(List.of());
        String note = notes.isEmpty() ? "n0" : notes.get(r.nextInt(notes.size()));
        List<String> actions = s.format(SpearheadsState.class).actions().stream().map(Action::id).toList();
        String action = actions.isEmpty() ? "a0" : actions.get(r.nextInt(actions.size()));
        String person = people.get(r.nextInt(people.size()));
        String[] columns = {"status", "important", "actions"};
        String[] spearheads = {"kennis-visie", "rol-professional", "aan-de-slag", "omgeving-context"};
        String[] factors = {"taakverdeling", "vertrouwen", "evalueren"};
        String when = r.nextBoolean() ? "2026-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(9) : "2026-W" + (10 + r.nextInt(40));
        return switch (r.nextInt(18)) {
            case 0 -> new Command.GotoStep(r.nextInt(steps.size()));
            case 1 -> new Command.ArrangeTables(2 + r.nextInt(2));
            case 2 -> new SpearheadsCommand.Rate(factors[r.nextInt(3)], 1 + r.nextInt(5));
            case 3 -> i > 500 ? new SpearheadsCommand.RevealThermometer() : new SpearheadsCommand.Rate(factors[r.nextInt(3)], 1 + r.nextInt(5));
            case 4, 5 -> new SpearheadsCommand.AddAction(new ActionFields(spearheads[r.nextInt(4)], "actie " + r.nextInt(99),
                    r.nextBoolean() ? person : null, null, when, "stap", null), null, null);
            case 6 -> new SpearheadsCommand.AddAction(new ActionFields(null, null, null, "Team", null, null, null), board, note);
            case 7 -> new SpearheadsCommand.EditAction(action, new ActionFields(null, "bewerkt " + r.nextInt(99), null, null, when,
                    null, Action.STATUSES.get(r.nextInt(3))));
            case 8 -> new SpearheadsCommand.MoveAction(action, r.nextBoolean() ? null : actions.isEmpty() ? null : actions.get(0));
            case 9 -> new SpearheadsCommand.RemoveAction(action);
            case 10 -> new SpearheadsCommand.LockActions(r.nextInt(8) == 0);
            case 11 -> new SpearheadsCommand.SetSummary(spearheads[r.nextInt(4)], r.nextBoolean() ? "stand " + r.nextInt(9) : null);
            case 12 -> new SpearheadsCommand.ReviewAction("a1", SpearheadsRules.REVIEW_STATUSES.get(r.nextInt(4)), "notitie");
            case 13 -> new SpearheadsCommand.AllowActions(person, r.nextBoolean());
            case 14 -> new Command.AddVote(board, note);
            case 15 -> new Command.HighlightNote(board, note, r.nextBoolean());
            default -> new Command.AddNote(board, columns[r.nextInt(3)], "briefje " + r.nextInt(999), null);
        };
    }
}
