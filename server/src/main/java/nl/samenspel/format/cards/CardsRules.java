package nl.samenspel.format.cards;

import static nl.samenspel.format.cards.CardsChecks.current;
import static nl.samenspel.format.cards.CardsChecks.game;
import static nl.samenspel.format.cards.CardsChecks.inPlayStep;
import static nl.samenspel.format.cards.CardsChecks.paused;
import static nl.samenspel.format.cards.CardsChecks.playTimeUp;
import static nl.samenspel.format.cards.CardsChecks.requireLead;
import static nl.samenspel.format.cards.CardsChecks.requirePlayer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.format.cards.CardsCommand.Answer;
import nl.samenspel.format.cards.CardsCommand.Draw;
import nl.samenspel.format.cards.CardsCommand.Finish;
import nl.samenspel.format.cards.CardsCommand.Insight;
import nl.samenspel.format.cards.CardsCommand.Pass;
import nl.samenspel.format.cards.CardsCommand.Pause;
import nl.samenspel.format.cards.CardsCommand.Resume;
import nl.samenspel.format.cards.CardsCommand.Reveal;
import nl.samenspel.format.cards.CardsCommand.Skip;
import nl.samenspel.format.cards.CardsCommand.ToPlenary;
import nl.samenspel.format.cards.CardsEvent.AnswerGiven;
import nl.samenspel.format.cards.CardsEvent.AnswersRevealed;
import nl.samenspel.format.cards.CardsEvent.CardDrawn;
import nl.samenspel.format.cards.CardsEvent.CardFinished;
import nl.samenspel.format.cards.CardsEvent.CardSkipped;
import nl.samenspel.format.cards.CardsEvent.InsightNoted;
import nl.samenspel.format.cards.CardsEvent.TablesPaused;
import nl.samenspel.format.cards.CardsEvent.TablesResumed;
import nl.samenspel.format.cards.CardsEvent.TurnPassed;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.Decision;
import nl.samenspel.session.domain.FormatRules;
import nl.samenspel.session.domain.FormatState;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.board.BoardId;
import nl.samenspel.session.domain.board.Note;

/**
 * The card game's rules: who may draw, answer, reveal, finish, skip and pass; the reveal when
 * everyone at the table has answered or the card's time is up; the facilitator's pause and
 * plenary card. Commands are checked in {@link #decide}, events applied in {@link #apply}.
 */
public final class CardsRules implements FormatRules {

    public static final String NOT_YOUR_TURN = "not_your_turn";

    @Override
    public FormatState start(SessionPlan plan) {
        return CardsState.start();
    }

    // --- deciding ----------------------------------------------------------------------------

    @Override
    public List<SessionEvent> decide(SessionState s, Principal who, Command.FormatCommand command, Decision d) {
        if (!(command instanceof CardsCommand)) throw Rejection.of("unknown_type", "the card game has no such command");
        if (command instanceof Draw c) return draw(s, who, c.game(), d);
        if (command instanceof Answer c) return answer(s, who, c);
        if (command instanceof Reveal c) return reveal(s, who, c);
        if (command instanceof Finish c) return finish(s, who, c);
        if (command instanceof Skip c) return skip(s, who, c);
        if (command instanceof Pass c) return pass(s, who, c.game());
        if (command instanceof Insight c) return insight(s, who, c, d);
        if (command instanceof Pause) return pause(s, who, d);
        if (command instanceof Resume) return resume(s, who, d);
        if (command instanceof ToPlenary c) return toPlenary(s, who, c.card(), d);
        throw new IllegalStateException("no rule for " + command);
    }

    private List<SessionEvent> draw(SessionState s, Principal who, String gameId, Decision d) {
        CardsPlan plan = CardsPlan.of(s);
        Game g = game(s, gameId);
        String drawer = null;
        if (!(who instanceof Principal.Facilitator)) {
            drawer = s.participant(who, "draw cards").id();
            requirePlayer(s, g, drawer, "draw");
            if (Players.facilitatorLeads(plan, g)) throw Rejection.forbidden("bring a card to the plenary");
        }
        if (frozen(s, g)) throw paused();
        if (g.current().isPresent()) throw Rejection.wrongPhase("finish the card on the table first");
        if (drawer != null) {
            // The facilitator may always draw; the players keep to the game's rules.
            if (!inPlayStep(s)) throw Rejection.wrongPhase("the game starts when the facilitator starts the playing step");
            if (plan.rules().rotating() && !drawer.equals(Players.lead(s, plan, g))) {
                throw Rejection.of(NOT_YOUR_TURN, "it is " + s.participants().labelOf(Players.lead(s, plan, g)) + "'s turn to draw");
            }
            if (GameRules.LIMIT_CARDS.equals(plan.rules().limit()) && g.played() >= plan.rules().cards()) {
                throw Rejection.wrongPhase("this table has played all its " + plan.rules().cards() + " cards");
            }
            if (GameRules.LIMIT_TIME.equals(plan.rules().limit()) && playTimeUp(s)) {
                throw Rejection.wrongPhase("the playing time is up");
            }
        }
        Card card = CardPicker.next(plan, g, d.random());
        if (card == null) throw Rejection.wrongPhase("every card of the deck has been drawn at this table");
        String lead = !plan.rules().rotating() && drawer != null ? drawer : Players.lead(s, plan, g);
        return List.of(drawn(plan, g, card, lead, d));
    }

    private static CardDrawn drawn(CardsPlan plan, Game g, Card card, String lead, Decision d) {
        int seconds = plan.rules().secondsFor(card.type());
        return new CardDrawn(g.id(), g.plays().size() + 1, card.id(), card.type(), lead, d.now(),
                seconds > 0 ? d.millis(seconds) : 0);
    }

    private List<SessionEvent> answer(SessionState s, Principal who, Answer c) {
        String me = s.participant(who, "answer cards").id();
        Game g = game(s, c.game());
        requirePlayer(s, g, me, "answer");
        Play play = current(g, c.play());
        Card card = CardsPlan.of(s).require(play.card());
        if (!card.takesAnswers()) throw Rejection.wrongPhase("a " + card.type() + " card has no answers: talk it over together");
        if (!play.answering()) throw Rejection.wrongPhase("the answers to this card have been revealed");
        if (frozen(s, g)) throw paused();
        List<String> options = CardsPlan.of(s).optionsOf(card).stream().map(Card.Option::id).toList();
        if (!options.contains(c.option())) throw Rejection.invalid("option", "option must be one of " + options);
        if (c.option().equals(play.answerOf(me))) return List.of();
        return List.of(new AnswerGiven(g.id(), play.number(), me, c.option()));
    }

    private List<SessionEvent> reveal(SessionState s, Principal who, Reveal c) {
        Game g = game(s, c.game());
        requireLead(s, who, g, "reveal the answers");
        if (g.play(c.play()).map(p -> !p.answering() && Card.answered(p.type())).orElse(false)) return List.of();
        Play play = current(g, c.play());
        if (!play.answering()) throw Rejection.wrongPhase("a " + play.type() + " card has no answers to reveal");
        if (frozen(s, g)) throw paused();
        return List.of(revealed(CardsPlan.of(s), g, play, "lead"));
    }

    private static AnswersRevealed revealed(CardsPlan plan, Game g, Play play, String reason) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        plan.optionsOf(plan.require(play.card())).forEach(o -> counts.put(o.id(), 0));
        play.answers().values().forEach(option -> counts.merge(option, 1, Integer::sum));
        return new AnswersRevealed(g.id(), play.number(), counts, play.answers().size(), reason);
    }

    private List<SessionEvent> finish(SessionState s, Principal who, Finish c) {
        Game g = game(s, c.game());
        requireLead(s, who, g, "finish the card");
        if (g.play(c.play()).map(p -> !p.current()).orElse(false)) return List.of();
        Play play = current(g, c.play());
        if (play.answering()) throw Rejection.wrongPhase("reveal the answers first");
        List<SessionEvent> out = new ArrayList<>();
        out.add(new CardFinished(g.id(), play.number()));
        if (!Players.facilitatorLeads(CardsPlan.of(s), g)) out.add(new TurnPassed(g.id(), g.turn() + 1, Players.next(s, CardsPlan.of(s), g)));
        return out;
    }

    private List<SessionEvent> skip(SessionState s, Principal who, Skip c) {
        Game g = game(s, c.game());
        requireLead(s, who, g, "skip the card");
        if (g.play(c.play()).map(p -> !p.current()).orElse(false)) return List.of();
        Play play = current(g, c.play());
        return List.of(new CardSkipped(g.id(), play.number()));
    }

    private List<SessionEvent> pass(SessionState s, Principal who, String gameId) {
        Game g = game(s, gameId);
        requireLead(s, who, g, "pass the turn");
        if (Players.facilitatorLeads(CardsPlan.of(s), g)) throw Rejection.wrongPhase("the facilitator leads the plenary card");
        if (Players.of(s, g.id()).size() < 2) throw Rejection.wrongPhase("there is nobody to pass the turn to");
        return List.of(new TurnPassed(g.id(), g.turn() + 1, Players.next(s, CardsPlan.of(s), g)));
    }

    private List<SessionEvent> insight(SessionState s, Principal who, Insight c, Decision d) {
        Game g = game(s, c.game());
        String author = Note.FACILITATOR;
        if (!(who instanceof Principal.Facilitator)) {
            author = s.participant(who, "note insights").id();
            requirePlayer(s, g, author, "note insights");
        }
        Play play = g.current().orElseThrow(() -> Rejection.wrongPhase("an insight belongs to a card: draw one first"));
        String board = g.plenary() ? BoardId.PLENARY : SessionState.tableBoard(g.id());
        // An assignment's outcome goes in its own column; every other card's insight in the insight column.
        String column = Card.ASSIGNMENT.equals(play.type()) ? CardsPlan.of(s).assignmentColumnOrInsights() : CardsPlan.of(s).insightColumn();
        SessionEvent.NoteAdded added = s.boards().require(board)
                .add(s.boards().nextNoteId(), column, c.text(), null, author, d.now());
        return List.of(added, new InsightNoted(g.id(), play.number(), board, added.note()));
    }

    private List<SessionEvent> pause(SessionState s, Principal who, Decision d) {
        who.requireFacilitator("pause the tables");
        CardsState state = s.format();
        return state.paused() ? List.of() : List.of(new TablesPaused(d.now()));
    }

    private List<SessionEvent> resume(SessionState s, Principal who, Decision d) {
        who.requireFacilitator("resume the tables");
        CardsState state = s.format();
        List<SessionEvent> out = new ArrayList<>();
        if (!CardsPlan.of(s).rules().wholeGroup()) {
            state.game(Game.PLENARY).flatMap(Game::current)
                    .ifPresent(p -> out.add(new CardFinished(Game.PLENARY, p.number())));
        }
        if (state.paused()) out.add(new TablesResumed(d.now()));
        return out;
    }

    private List<SessionEvent> toPlenary(SessionState s, Principal who, String cardId, Decision d) {
        who.requireFacilitator("bring a card to the plenary");
        CardsPlan plan = CardsPlan.of(s);
        Card card = plan.card(cardId).orElseThrow(() -> Rejection.notFound("card", cardId));
        CardsState state = s.format();
        Game g = state.gameOrEmpty(Game.PLENARY);
        if (g.current().isPresent()) throw Rejection.wrongPhase("finish the plenary card first");
        List<SessionEvent> out = new ArrayList<>();
        if (plan.rules().wholeGroup()) {
            if (state.paused()) throw paused();
        } else if (!state.paused()) {
            out.add(new TablesPaused(d.now()));
        }
        out.add(drawn(plan, g, card, Players.lead(s, plan, g), d));
        return out;
    }

    // --- the clock and follow-ups ----------------------------------------------------------------

    /**
     * Everyone at the table has answered (after an answer, or because the one who had not
     * left the table): show the answers at once.
     */
    @Override
    public List<SessionEvent> react(SessionState s, SessionEvent event, Decision d) {
        CardsState state = s.format();
        List<Game> games;
        if (event instanceof AnswerGiven e) games = List.of(state.game(e.game()).orElseThrow());
        else if (event instanceof SessionEvent.ParticipantRemoved || event instanceof SessionEvent.ParticipantSeated) games = state.games();
        else return List.of();
        List<SessionEvent> out = new ArrayList<>();
        for (Game g : games) {
            List<String> players = Players.of(s, g.id());
            g.current().filter(p -> p.answering() && !players.isEmpty() && p.answers().keySet().containsAll(players))
                    .ifPresent(p -> out.add(revealed(CardsPlan.of(s), g, p, "all")));
        }
        return out;
    }

    @Override
    public long nextDeadline(SessionState s) {
        CardsState state = s.format();
        long next = 0;
        for (Game g : state.games()) {
            Optional<Play> p = g.current().filter(x -> x.answering() && x.deadline() > 0);
            if (p.isPresent() && (next == 0 || p.get().deadline() < next)) next = p.get().deadline();
        }
        return next;
    }

    /** A card's time is up: its answers are revealed, whoever answered. */
    @Override
    public List<SessionEvent> expire(SessionState s, Decision d) {
        CardsState state = s.format();
        List<SessionEvent> out = new ArrayList<>();
        for (Game g : state.games()) {
            g.current().filter(p -> p.answering() && p.deadline() > 0 && p.deadline() <= d.now())
                    .ifPresent(p -> out.add(revealed(CardsPlan.of(s), g, p, "time")));
        }
        return out;
    }

    // --- applying ----------------------------------------------------------------------------

    @Override
    public void apply(SessionState s, SessionEvent.FormatEvent event) {
        CardsApplier.apply(s, event);
    }

    // --- checks ------------------------------------------------------------------------------

    /** Whether the facilitator's pause holds this game: the tables, or the room when it plays as one group. */
    static boolean frozen(SessionState s, Game g) {
        CardsState state = s.format();
        return state.paused() && (!g.plenary() || CardsPlan.of(s).rules().wholeGroup());
    }
}
