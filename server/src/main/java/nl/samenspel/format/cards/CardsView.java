package nl.samenspel.format.cards;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.format.cards.CardsEvent.AnswerGiven;
import nl.samenspel.format.cards.CardsEvent.AnswersRevealed;
import nl.samenspel.format.cards.CardsEvent.TablesPaused;
import nl.samenspel.format.cards.CardsEvent.TablesResumed;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.domain.tables.Table;
import nl.samenspel.session.view.Audience;
import nl.samenspel.session.view.EntityJson;
import nl.samenspel.session.view.FormatView;
import nl.samenspel.session.view.Update;
import nl.samenspel.session.view.Visibility;

/**
 * How the card game shows itself. A table's game goes to the people at that table and the
 * staff; the room's game to everyone. An answer is sent only to whoever gave it: the others
 * get the same game without {@code mine}, so they learn that someone answered, not what.
 */
public final class CardsView implements FormatView {

    @Override
    public JsonObject snapshot(SessionState s, Principal viewer) {
        CardsPlan plan = CardsPlan.of(s);
        CardsState state = s.format();
        String me = viewer instanceof Principal.Participant p ? p.id() : null;
        JsonObject games = new JsonObject();
        for (String id : gameIds(s, plan)) {
            if (me != null && !Game.PLENARY.equals(id) && !Visibility.canSeeTable(s, viewer, id)) continue;
            games.put(id, CardsJson.game(s, plan, state.gameOrEmpty(id), me, me != null));
        }
        JsonObject out = new JsonObject()
                .put("rules", CardsJson.rules(plan.rules()))
                .put("deck", new JsonObject().put("id", plan.deck()).put("title", EntityJson.text(plan.deckTitle()))
                        .put("size", plan.cards().size()).put("counts", counts(plan)))
                .put("themes", CardsJson.themes(plan.themes()))
                .put("statementOptions", CardsJson.options(plan.statementOptions()))
                .put("paused", state.paused())
                .put("playStep", playStep(s))
                .put("games", games);
        if (viewer instanceof Principal.Facilitator) {
            // The facilitator picks cards for the plenary from the deck: the fronts only.
            JsonArray catalogue = new JsonArray();
            plan.cards().forEach(c -> catalogue.add(CardsJson.card(plan, c)));
            out.put("catalogue", catalogue);
        }
        return out;
    }

    @Override
    public List<Update> project(SessionState s, SessionEvent event) {
        CardsPlan plan = CardsPlan.of(s);
        if (event instanceof AnswerGiven e) {
            return List.of(
                    shared(s, plan, e.game(), audience(s, e.game()).without(e.participant())),
                    personal(s, plan, e.game(), e.participant()));
        }
        if (event instanceof AnswersRevealed e) {
            Game g = ((CardsState) s.format()).game(e.game()).orElseThrow();
            List<String> answered = g.play(e.play()).orElseThrow().answeredBy();
            Audience others = audience(s, e.game());
            for (String p : answered) others = others.without(p);
            List<Update> out = new ArrayList<>();
            out.add(shared(s, plan, e.game(), others));
            for (String p : answered) if (present(s, p)) out.add(personal(s, plan, e.game(), p));
            return out;
        }
        if (event instanceof TablesPaused || event instanceof TablesResumed) {
            List<Update> out = new ArrayList<>();
            out.add(new Update(Audience.all(), "cards.paused",
                    new JsonObject().put("paused", ((CardsState) s.format()).paused())));
            out.addAll(everyGame(s, plan));
            return out;
        }
        if (event instanceof CardsEvent e) return List.of(shared(s, plan, gameOf(e), audience(s, gameOf(e))));
        if (event instanceof SessionEvent.ParticipantJoined || event instanceof SessionEvent.ParticipantRemoved
                || event instanceof SessionEvent.ParticipantSeated) {
            // Who plays, and so whose turn it is, may have changed.
            return everyGame(s, plan);
        }
        return List.of();
    }

    private static String gameOf(CardsEvent e) {
        if (e instanceof CardsEvent.CardDrawn x) return x.game();
        if (e instanceof CardsEvent.CardFinished x) return x.game();
        if (e instanceof CardsEvent.CardSkipped x) return x.game();
        if (e instanceof CardsEvent.TurnPassed x) return x.game();
        if (e instanceof CardsEvent.InsightNoted x) return x.game();
        if (e instanceof AnswerGiven x) return x.game();
        if (e instanceof AnswersRevealed x) return x.game();
        throw new IllegalStateException("no game in " + e);
    }

    /** The games there are: one per table when playing at tables, and the room's. */
    static List<String> gameIds(SessionState s, CardsPlan plan) {
        List<String> ids = new ArrayList<>();
        if (!plan.rules().wholeGroup()) s.tables().all().stream().map(Table::id).forEach(ids::add);
        ids.add(Game.PLENARY);
        return ids;
    }

    private static List<Update> everyGame(SessionState s, CardsPlan plan) {
        return gameIds(s, plan).stream().map(id -> shared(s, plan, id, audience(s, id))).toList();
    }

    private static Audience audience(SessionState s, String game) {
        return Game.PLENARY.equals(game) ? Audience.all() : Visibility.table(s, game);
    }

    private static Update shared(SessionState s, CardsPlan plan, String game, Audience audience) {
        Game g = ((CardsState) s.format()).gameOrEmpty(game);
        return new Update(audience, "cards.game", new JsonObject().put("game", CardsJson.game(s, plan, g, null, false)));
    }

    private static Update personal(SessionState s, CardsPlan plan, String game, String participant) {
        Game g = ((CardsState) s.format()).gameOrEmpty(game);
        return new Update(Audience.participant(participant), "cards.game",
                new JsonObject().put("game", CardsJson.game(s, plan, g, participant, true)));
    }

    private static boolean present(SessionState s, String participant) {
        return s.participants().find(participant).map(p -> !p.removed()).orElse(false);
    }

    private static JsonObject counts(CardsPlan plan) {
        JsonObject out = new JsonObject();
        CardsContent.counts(plan.cards()).forEach(out::put);
        return out;
    }

    private static int playStep(SessionState s) {
        List<Step> steps = s.plan().steps();
        for (int i = 0; i < steps.size(); i++) if ("play".equals(steps.get(i).kind())) return i;
        return -1;
    }
}
