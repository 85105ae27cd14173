package nl.samenspel.format.cards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import nl.samenspel.session.domain.FormatState;

/**
 * The card game of one session: a game per table (and one for the whole room), and whether
 * the facilitator has paused the tables. Written field by field in snapshots.
 */
public final class CardsState implements FormatState {

    private final LinkedHashMap<String, Game> games = new LinkedHashMap<>();
    private boolean paused;
    private long pausedAt;

    private CardsState() {
    }

    static CardsState start() {
        return new CardsState();
    }

    public Optional<Game> game(String id) {
        return Optional.ofNullable(games.get(id));
    }

    /** The game, or a new empty one (not kept) for a table where nobody drew yet. */
    public Game gameOrEmpty(String id) {
        Game g = games.get(id);
        return g != null ? g : new Game(id);
    }

    public List<Game> games() {
        return List.copyOf(games.values());
    }

    public boolean paused() { return paused; }

    public long pausedAt() { return pausedAt; }

    Game open(String id) {
        return games.computeIfAbsent(id, Game::new);
    }

    void paused(boolean paused, long at) {
        this.paused = paused;
        this.pausedAt = paused ? at : 0;
    }
}
