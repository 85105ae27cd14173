package nl.samenspel.format.dilemma;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One round of the game: whether it started and closed, what everyone put in, and who held which perspective. */
public final class RoundState {

    private int round;
    private boolean started;
    private boolean closed;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    /** Table → participant → role, recorded when the round closed (the roles were revealed then). */
    private final Map<String, Map<String, String>> perspectives = new LinkedHashMap<>();

    private RoundState() {
    }

    RoundState(int round) {
        this.round = round;
    }

    public int round() { return round; }

    public boolean started() { return started; }

    public boolean closed() { return closed; }

    /** Started and not closed: the round being played. */
    public boolean open() { return started && !closed; }

    public List<Entry> entries() { return List.copyOf(entries.values()); }

    public Optional<Entry> entry(String participant) {
        return Optional.ofNullable(entries.get(participant));
    }

    public Map<String, Map<String, String>> perspectives() {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        perspectives.forEach((t, roles) -> copy.put(t, Map.copyOf(roles)));
        return copy;
    }

    /** The role a participant held when the round closed, at whichever table. */
    public Optional<String> perspectiveOf(String participant) {
        return perspectives.values().stream().map(roles -> roles.get(participant)).filter(r -> r != null).findFirst();
    }

    Entry entryFor(String participant) {
        return entries.computeIfAbsent(participant, Entry::new);
    }

    void start() {
        started = true;
    }

    void close(Map<String, Map<String, String>> byTable) {
        closed = true;
        perspectives.clear();
        byTable.forEach((t, roles) -> perspectives.put(t, new LinkedHashMap<>(roles)));
    }
}
