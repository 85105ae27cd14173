package nl.samenspel.format.cards;

import static nl.samenspel.format.cards.CardsSessions.game;
import static nl.samenspel.format.cards.CardsSessions.lead;
import static nl.samenspel.format.cards.CardsSessions.plan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.testing.FormatContract;
import nl.samenspel.testing.SessionDriver;

/** The card game keeps the format contract, played at tables with a countdown on knowledge and statement cards. */
class CardsContractTest extends FormatContract {

    protected JsonObject options() {
        return new JsonObject().put("cards", 40).put("seconds", new JsonObject().put("knowledge", 20).put("statement", 20));
    }

    @Override
    protected SessionDriver emptySession() {
        return CardsSessions.start(options(), 7);
    }

    /** A random game: mostly whoever may do it (the lead leads, a player answers), sometimes anyone. */
    @Override
    protected SessionDriver fullSession() {
        SessionDriver g = CardsSessions.start(options(), 42);
        Random random = new Random(4242);
        List<String> people = new ArrayList<>(g.join(7, "Speler"));
        g.facilitator(new Command.ArrangeTables(4));
        g.stepOfKind("play");
        g.walk(800, i -> {
            g.advance(1_000 + random.nextInt(4_000));
            if (random.nextInt(40) == 0) people.add(g.join("Laat" + i));
            else if (random.nextInt(6) == 0) g.tick();
            else {
                Command c = command(g, random);
                g.send(who(g, c, people, random), c);
            }
        });
        long drawn = g.events(CardsEvent.CardDrawn.class).size();
        assertTrue(drawn > 20 && !g.events(CardsEvent.AnswersRevealed.class).isEmpty()
                && !g.events(CardsEvent.InsightNoted.class).isEmpty(), "the game went far enough to be a real test: " + drawn);
        return g;
    }

    /** A knowledge card on table 1 that one player has answered; nobody else has. */
    @Override
    protected SessionDriver secretSession() {
        SessionDriver g = CardsSessions.start(new JsonObject().put("types", new io.vertx.core.json.JsonArray().add("knowledge")), 11);
        g.join(8, "Speler");
        g.facilitator(new Command.ArrangeTables(4));
        g.stepOfKind("play");
        g.as(lead(g, "t1"), new CardsCommand.Draw("t1"));
        Play play = CardsSessions.current(g, "t1");
        g.as(g.seats("t1").get(1), new CardsCommand.Answer("t1", play.number(), CardsSessions.option(g, "t1", 0)));
        return g;
    }

    @Override
    protected List<Secret> secrets(SessionDriver g) {
        List<Secret> out = new ArrayList<>();
        Principal answerer = new Principal.Participant(g.seats("t1").get(1));
        for (String viewer : List.of(g.seats("t1").get(0), g.seats("t1").get(2), g.seats("t2").get(0))) {
            out.add(new Secret("someone's answer before the reveal", new Principal.Participant(viewer), json -> hasFilled(json, "mine"), answerer));
        }
        out.add(new Secret("someone's answer before the reveal", Principal.PROJECTOR, json -> hasFilled(json, "mine"), answerer));
        return out;
    }

    @Override
    protected List<Command> facilitatorOnly(SessionDriver g) {
        return List.of(new CardsCommand.Pause(), new CardsCommand.Resume(), new CardsCommand.ToPlenary(plan(g).cards().get(0).id()));
    }

    @Override
    protected List<Command> participantOnly(SessionDriver g) {
        return List.of(new CardsCommand.Answer("t1", 1, "a"));
    }

    private static Principal who(SessionDriver g, Command c, List<String> people, Random r) {
        if (r.nextInt(8) == 0) return Principal.FACILITATOR;
        String anyone = people.get(r.nextInt(people.size()));
        if (r.nextInt(5) == 0) return new Principal.Participant(anyone);
        String game = c instanceof CardsCommand.Draw d ? d.game() : c instanceof CardsCommand.Reveal x ? x.game()
                : c instanceof CardsCommand.Finish x ? x.game() : c instanceof CardsCommand.Skip x ? x.game()
                : c instanceof CardsCommand.Pass x ? x.game() : null;
        if (game != null) {
            String lead = lead(g, game);
            return lead == null ? Principal.FACILITATOR : new Principal.Participant(lead);
        }
        if (c instanceof CardsCommand.Answer a) {
            List<String> players = Players.of(g.state(), a.game());
            if (!players.isEmpty()) return new Principal.Participant(players.get(r.nextInt(players.size())));
        }
        if (c instanceof CardsCommand.Pause || c instanceof CardsCommand.Resume || c instanceof CardsCommand.ToPlenary
                || c instanceof Command.MoveParticipant) {
            return Principal.FACILITATOR;
        }
        return new Principal.Participant(anyone);
    }

    private static Command command(SessionDriver g, Random r) {
        List<String> games = new ArrayList<>(CardsView.gameIds(g.state(), plan(g)));
        String game = games.get(r.nextInt(games.size()));
        int play = Math.max(1, game(g, game).plays().size() - (r.nextInt(5) == 0 ? 1 : 0));
        String option = List.of("a", "b", "c", "agree", "disagree", "depends").get(r.nextInt(6));
        String card = plan(g).cards().get(r.nextInt(plan(g).cards().size())).id();
        return switch (r.nextInt(14)) {
            case 0, 1 -> new CardsCommand.Draw(game);
            case 2, 3, 4 -> new CardsCommand.Answer(game, play, option);
            case 5 -> new CardsCommand.Reveal(game, play);
            case 6, 7 -> new CardsCommand.Finish(game, play);
            case 8 -> new CardsCommand.Skip(game, play);
            case 9 -> new CardsCommand.Pass(game);
            case 10 -> new CardsCommand.Insight(game, "inzicht " + r.nextInt(100));
            case 11 -> r.nextInt(3) == 0 ? new CardsCommand.Pause() : new CardsCommand.Resume();
            case 12 -> r.nextInt(3) == 0 ? new CardsCommand.ToPlenary(card) : new CardsCommand.Resume();
            default -> new Command.MoveParticipant(g.state().participants().present().get(0).id(), "t" + (1 + r.nextInt(2)));
        };
    }
}
