package nl.samenspel.format.stelling;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.session.domain.FormatState;
import nl.samenspel.session.domain.SessionState;

/**
 * The stickers per statement and which votes are closed. Who put which sticker never leaves
 * the server except to that person; views and reports use {@link #counts}. Written field by
 * field for snapshots.
 */
public final class StellingState implements FormatState {

    /** This format's part of a session. */
    static StellingState of(SessionState s) {
        return s.format();
    }

    /** statement → participant → value (1–5). */
    private final LinkedHashMap<String, LinkedHashMap<String, Integer>> stickers = new LinkedHashMap<>();
    /** statement → the side its arguments start from, once its vote is closed. */
    private final LinkedHashMap<String, String> closed = new LinkedHashMap<>();

    private StellingState() {
    }

    static StellingState start() {
        return new StellingState();
    }

    public Optional<Integer> stickerOf(String statement, String participant) {
        return Optional.ofNullable(stickers.getOrDefault(statement, new LinkedHashMap<>()).get(participant));
    }

    /** How many stickers are at 1, 2, 3, 4 and 5 (index 0 to 4). */
    public int[] counts(String statement) {
        int[] counts = new int[StellingRules.HIGHEST];
        stickers.getOrDefault(statement, new LinkedHashMap<>()).values().forEach(v -> counts[v - 1]++);
        return counts;
    }

    public boolean isClosed(String statement) {
        return closed.containsKey(statement);
    }

    public Optional<String> firstSide(String statement) {
        return Optional.ofNullable(closed.get(statement));
    }

    Map<String, String> closedVotes() {
        return Map.copyOf(closed);
    }

    void apply(StellingEvent event) {
        if (event instanceof StellingEvent.StickerPlaced e) {
            stickers.computeIfAbsent(e.statement(), k -> new LinkedHashMap<>()).put(e.participant(), e.value());
        } else if (event instanceof StellingEvent.VotingClosed e) {
            closed.put(e.statement(), e.firstSide());
        }
    }
}
