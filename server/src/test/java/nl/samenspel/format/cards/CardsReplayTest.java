package nl.samenspel.format.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.JournalEntry;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.journal.JournalCodec;
import nl.samenspel.store.StoredEvent;
import nl.samenspel.store.StoredSession;
import org.junit.jupiter.api.Test;

/** A card game's journal replays to the same state, from the start and from a snapshot halfway. */
class CardsReplayTest {

    private final JournalCodec codec = new JournalCodec(CardsGame.FORMATS.eventTypes(), CardsGame.JSON, CardsGame.FORMATS::rules);

    @Test
    void aRandomCardGameReplaysToTheSameStateFromTheJournalAndFromASnapshot() {
        for (JsonObject options : List.of(
                new JsonObject().put("cards", 40).put("seconds", new JsonObject().put("knowledge", 20).put("statement", 20)),
                new JsonObject().put("cards", 40).put("grouping", "plenary").put("turnOrder", "free"))) {
            CardsGame g = new CardsGame(options, 42);
            List<StoredEvent> stored = new ArrayList<>();
            stored.add(codec.encode(g.journal.get(0)));
            Random random = new Random(4242);
            List<String> people = new ArrayList<>(g.join(7));
            g.journal.subList(1, g.journal.size()).forEach(e -> stored.add(codec.encode(e)));
            int from = g.journal.size();
            g.facilitator(new Command.ArrangeTables(4));
            g.play();
            String snapshot = null;
            int snapshotAt = 0;
            for (int i = 0; i < 800; i++) {
                g.now += 1_000 + random.nextInt(4_000);
                try {
                    if (random.nextInt(40) == 0) people.add(g.join("Laat" + i));
                    else if (random.nextInt(6) == 0) g.tick();
                    else {
                        Command c = command(g, random);
                        g.run(who(g, c, people, random), c);
                    }
                } catch (Rejection expected) {
                    // Random commands are often not allowed; replay shows a rejection changed nothing.
                }
                if (i == 400) {
                    for (JournalEntry e : g.journal.subList(from, g.journal.size())) stored.add(codec.encode(e));
                    from = g.journal.size();
                    snapshot = codec.snapshot(g.state);
                    snapshotAt = stored.size();
                }
            }
            for (JournalEntry e : g.journal.subList(from, g.journal.size())) stored.add(codec.encode(e));
            long drawn = g.events(CardsEvent.CardDrawn.class).size();
            assertTrue(drawn > 20 && !g.events(CardsEvent.AnswersRevealed.class).isEmpty()
                    && !g.events(CardsEvent.InsightNoted.class).isEmpty(), "the game went far enough to be a real test: " + drawn);

            assertSame(g.state, codec.replay(new StoredSession("CARDS1", null, 0, stored)));
            SessionState fromSnapshot = codec.replay(new StoredSession("CARDS1", snapshot, snapshotAt,
                    stored.subList(snapshotAt, stored.size())));
            assertSame(g.state, fromSnapshot);
            assertEquals(g.state.seq(), fromSnapshot.seq());
        }
    }

    /** Mostly whoever may do it (the lead leads, a player answers), sometimes anyone. */
    private static Principal who(CardsGame g, Command c, List<String> people, Random r) {
        if (r.nextInt(8) == 0) return Principal.FACILITATOR;
        String anyone = people.get(r.nextInt(people.size()));
        if (r.nextInt(5) == 0) return new Principal.Participant(anyone);
        String game = c instanceof CardsCommand.Draw d ? d.game() : c instanceof CardsCommand.Reveal x ? x.game()
                : c instanceof CardsCommand.Finish x ? x.game() : c instanceof CardsCommand.Skip x ? x.game()
                : c instanceof CardsCommand.Pass x ? x.game() : null;
        if (game != null) {
            String lead = Players.lead(g.state, g.plan(), g.game(game));
            return lead == null ? Principal.FACILITATOR : new Principal.Participant(lead);
        }
        if (c instanceof CardsCommand.Answer a) {
            List<String> players = Players.of(g.state, a.game());
            if (!players.isEmpty()) return new Principal.Participant(players.get(r.nextInt(players.size())));
        }
        if (c instanceof CardsCommand.Pause || c instanceof CardsCommand.Resume || c instanceof CardsCommand.ToPlenary
                || c instanceof Command.MoveParticipant) {
            return Principal.FACILITATOR;
        }
        return new Principal.Participant(anyone);
    }

    private static Command command(CardsGame g, Random r) {
        List<String> games = new ArrayList<>(CardsView.gameIds(g.state, g.plan()));
        String game = games.get(r.nextInt(games.size()));
        int play = Math.max(1, g.game(game).plays().size() - (r.nextInt(5) == 0 ? 1 : 0));
        String option = List.of("a", "b", "c", "agree", "disagree", "depends").get(r.nextInt(6));
        String card = g.plan().cards().get(r.nextInt(g.plan().cards().size())).id();
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
            default -> new Command.MoveParticipant(g.state.participants().present().get(0).id(), "t" + (1 + r.nextInt(2)));
        };
    }

    private void assertSame(SessionState expected, SessionState actual) {
        try {
            JsonNode a = CardsGame.JSON.records().readTree(codec.snapshot(expected));
            JsonNode b = CardsGame.JSON.records().readTree(codec.snapshot(actual));
            assertNull(a.equals(b) ? null : "the replayed state differs", "replayed state differs");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
