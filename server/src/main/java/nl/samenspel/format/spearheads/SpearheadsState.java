package nl.samenspel.format.spearheads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.session.domain.FormatState;
import nl.samenspel.session.domain.SessionState;

/**
 * A spearhead session's own state: the private thermometer scores, the action list, the
 * closing table's summaries, the check of an earlier session's actions, and who besides the
 * facilitator may make actions. Written field by field for snapshots.
 */
public final class SpearheadsState implements FormatState {

    /** This format's part of a session. */
    static SpearheadsState of(SessionState s) {
        return s.format();
    }

    /** How the team checked an earlier action, and the action of this session that carries it on. */
    public record Review(String status, String note, String carriedAs) {}

    /** factor → participant → score. Private: only aggregates ever leave the server. */
    private final LinkedHashMap<String, LinkedHashMap<String, Integer>> ratings = new LinkedHashMap<>();
    private boolean revealed;
    private final List<Action> actions = new ArrayList<>();
    private int actionsMade;
    private boolean locked;
    private final LinkedHashMap<String, String> summaries = new LinkedHashMap<>();
    private final LinkedHashMap<String, Review> reviews = new LinkedHashMap<>();
    private final List<String> makers = new ArrayList<>();

    private SpearheadsState() {
    }

    static SpearheadsState start() {
        return new SpearheadsState();
    }

    // --- reading ---------------------------------------------------------------------------

    /** The scores given to one factor, by participant. */
    public Map<String, Integer> ratingsOf(String factor) {
        return Map.copyOf(ratings.getOrDefault(factor, new LinkedHashMap<>()));
    }

    /** One participant's own scores, factor → score. */
    public Map<String, Integer> scoresBy(String participant) {
        Map<String, Integer> out = new LinkedHashMap<>();
        ratings.forEach((factor, byPerson) -> {
            Integer score = byPerson.get(participant);
            if (score != null) out.put(factor, score);
        });
        return out;
    }

    /** How many people rated at least one factor. */
    public int raters() {
        return (int) ratings.values().stream().flatMap(m -> m.keySet().stream()).distinct().count();
    }

    /** How many people rated every one of {@code factors} factors. */
    public int completeRaters(int factors) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ratings.values().forEach(m -> m.keySet().forEach(p -> counts.merge(p, 1, Integer::sum)));
        return (int) counts.values().stream().filter(c -> c >= factors).count();
    }

    public boolean revealed() { return revealed; }

    public List<Action> actions() { return List.copyOf(actions); }

    public Optional<Action> action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public int indexOf(String id) {
        for (int i = 0; i < actions.size(); i++) if (actions.get(i).id().equals(id)) return i;
        return -1;
    }

    public String nextActionId() {
        return "a" + (actionsMade + 1);
    }

    public boolean locked() { return locked; }

    public Map<String, String> summaries() { return Map.copyOf(summaries); }

    public Optional<String> summary(String spearhead) {
        return Optional.ofNullable(summaries.get(spearhead));
    }

    public Map<String, Review> reviews() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reviews));
    }

    public Optional<Review> review(String earlierAction) {
        return Optional.ofNullable(reviews.get(earlierAction));
    }

    public List<String> makers() { return List.copyOf(makers); }

    public boolean mayMakeActions(String participant) {
        return makers.contains(participant);
    }

    // --- applying --------------------------------------------------------------------------

    void apply(SpearheadsEvent event) {
        if (event instanceof SpearheadsEvent.Rated e) {
            ratings.computeIfAbsent(e.factor(), f -> new LinkedHashMap<>()).put(e.participant(), e.score());
        } else if (event instanceof SpearheadsEvent.ThermometerRevealed) {
            revealed = true;
        } else if (event instanceof SpearheadsEvent.ActionAdded e) {
            actionsMade++;
            actions.add(Math.max(0, Math.min(e.index(), actions.size())), e.action());
        } else if (event instanceof SpearheadsEvent.ActionEdited e) {
            actions.set(indexOf(e.action().id()), e.action());
        } else if (event instanceof SpearheadsEvent.ActionMoved e) {
            Action moving = actions.remove(indexOf(e.action()));
            actions.add(Math.max(0, Math.min(e.index(), actions.size())), moving);
        } else if (event instanceof SpearheadsEvent.ActionRemoved e) {
            actions.removeIf(a -> a.id().equals(e.action()));
        } else if (event instanceof SpearheadsEvent.ActionsLocked e) {
            locked = e.locked();
        } else if (event instanceof SpearheadsEvent.SummarySet e) {
            if (e.text() == null) summaries.remove(e.spearhead());
            else summaries.put(e.spearhead(), e.text());
        } else if (event instanceof SpearheadsEvent.ReviewSet e) {
            reviews.put(e.earlierAction(), new Review(e.status(), e.note(), e.carriedAs()));
        } else if (event instanceof SpearheadsEvent.MakerSet e) {
            makers.remove(e.participant());
            if (e.allowed()) makers.add(e.participant());
        }
    }
}
