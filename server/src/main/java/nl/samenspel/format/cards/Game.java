package nl.samenspel.format.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The game at one table (id {@code t1}, {@code t2}, …) or of the whole room ({@code plenary}):
 * whose turn it is and every card drawn there, in order.
 */
public final class Game {

    public static final String PLENARY = "plenary";

    private String id;
    private int turn;
    /** Whose turn it is; null until the first turn is taken (then the first player leads). */
    private String lead;
    private final List<Play> plays = new ArrayList<>();

    private Game() {
    }

    Game(String id) {
        this.id = id;
    }

    public String id() { return id; }

    public boolean plenary() { return PLENARY.equals(id); }

    public int turn() { return turn; }

    public String storedLead() { return lead; }

    public List<Play> plays() { return List.copyOf(plays); }

    public Optional<Play> play(int number) {
        return number >= 1 && number <= plays.size() ? Optional.of(plays.get(number - 1)) : Optional.empty();
    }

    /** The card on the table now, if any. */
    public Optional<Play> current() {
        if (plays.isEmpty()) return Optional.empty();
        Play last = plays.get(plays.size() - 1);
        return last.current() ? Optional.of(last) : Optional.empty();
    }

    /** Cards played (skipped ones do not count). */
    public int played() {
        return (int) plays.stream().filter(p -> !Play.SKIPPED.equals(p.status())).count();
    }

    public boolean drew(String card) {
        return plays.stream().anyMatch(p -> p.card().equals(card));
    }

    void add(Play play) {
        plays.add(play);
    }

    void turn(int turn, String lead) {
        this.turn = turn;
        this.lead = lead;
    }

    void lead(String lead) {
        this.lead = lead;
    }
}
