package nl.samenspel.session;

import io.vertx.core.buffer.Buffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import nl.samenspel.session.bus.ActorReply.Delivery;
import nl.samenspel.session.domain.Principal;

/**
 * The frames of a session's most recent changes, so a client that lost its connection for a
 * moment gets just what it missed instead of a whole new snapshot.
 */
final class RecentFrames {

    private final int capacity;
    private final Deque<Delivery> frames = new ArrayDeque<>();
    /** Every frame of a change after this seq is kept. */
    private long keptAfter;

    /**
     * @param capacity how many changes to keep
     * @param loadedAt the seq the session had when it was loaded: earlier frames were never kept
     */
    RecentFrames(int capacity, long loadedAt) {
        this.capacity = capacity;
        this.keptAfter = loadedAt;
    }

    /** Adds the frames of durable changes, the newest of which is {@code upTo}. */
    void add(long upTo, List<Delivery> deliveries) {
        frames.addAll(deliveries);
        long floor = upTo - capacity;
        if (floor > keptAfter) {
            keptAfter = floor;
            while (!frames.isEmpty() && frames.peekFirst().seq() <= floor) frames.removeFirst();
        }
    }

    /** What a principal may see of the changes after {@code since} up to {@code upTo}; empty when not all are kept. */
    Optional<List<Buffer>> between(long since, long upTo, Principal who) {
        if (since > upTo || since < keptAfter) return Optional.empty();
        List<Buffer> out = new ArrayList<>();
        for (Delivery d : frames) {
            if (d.seq() > since && d.seq() <= upTo && d.audience().includes(who)) out.add(d.frame());
        }
        return Optional.of(out);
    }
}
