package nl.samenspel.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import nl.samenspel.testing.ResumingClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rolling restart's step: the node owning a workshop gets SIGTERM. It closes its sockets, then
 * hands the session over while it is still a member of the cluster: the last writes, a snapshot,
 * the lock released, and every message after that refused with "ask again", so that the other
 * node owns it from the next message, without waiting for a dead node's lease. Its clients
 * reconnect once and carry on; nothing acknowledged is lost, nothing is doubled, the timer keeps
 * its deadline, and the stopped node's log has its stop to the last line. The stopped node then
 * starts again and rejoins, the owner is killed, and the rejoined node takes the session over
 * (both times logged, never compared: wall-clock limits on a shared machine are flaky tests).
 */
class HandOverTest {

    private static final Logger LOG = Logger.getLogger(HandOverTest.class.getName());
    @TempDir
    Path dir;

    @Test
    void aStoppedOwnerHandsItsSessionOverAndARestartedNodeTakesOverFromADeadOne() throws Exception {
        try (Workshop w = new Workshop(dir, 2).start()) {
            w.open(0, 8);
            int owner = w.owner(-1);
            int other = 1 - owner;
            w.acked(Workshop.send(w.people, "voor"), 60);
            List<ResumingClient> leaving = w.on(owner);
            List<ResumingClient> staying = w.on(other);
            assertEquals(4, leaving.size(), "participants on the owner");
            long journalled = maxSeq(w, "SELECT max(seq) FROM events WHERE session = ?");
            // The other node's participants reached the actor over the bus; the owner's did not.
            assertTrue(acrossNodes(w, other) >= 2 * staying.size(), "asks across nodes counted: " + acrossNodes(w, other));
            assertEquals(0, acrossNodes(w, owner), "the owner asks its own actor");

            long stopped = System.nanoTime();
            w.nodes[owner].terminate();
            var during = Workshop.send(leaving, "tijdens van de gestopte");
            var duringOthers = Workshop.send(staying, "tijdens van de andere");
            double takeover = Workshop.answeredWithin(during, stopped, 60);
            double takeoverOthers = Workshop.answeredWithin(duringOthers, stopped, 60);
            LOG.info(String.format("after SIGTERM: notes of the stopped node's clients answered within %.2f s, the other node's within %.2f s",
                    takeover, takeoverOthers));
            during.putAll(duringOthers);
            takeover = Math.max(takeover, takeoverOthers);
            LOG.info(String.format("after SIGTERM of the owner, every note sent meanwhile was acknowledged within %.2f s", takeover));
            w.acked(during, 1);
            int exit = w.nodes[owner].awaitExit(Duration.ofSeconds(60));
            LOG.info("the stopped node exited with " + exit);
            // Its own account of the stop is in its log, to the last line (the JDK's shutdown
            // hook would close the log's handlers while the stop still runs).
            String stoppedLog = w.nodes[owner].logText();
            String stopLines = stoppedLog.lines().filter(l -> l.contains("stopp")).collect(java.util.stream.Collectors.joining("\n"));
            LOG.info("the stopped node's log about its stop:\n" + stopLines);
            assertTrue(stoppedLog.contains("stopping: sessions handed over after"), "the hand-over is logged: " + stopLines);
            assertTrue(stoppedLog.contains("Samenspel stopped"), "the stopped node's last line is logged: " + stopLines);
            // Dozens of connections came and went: Vert.x's connection gauge was registered again for each.
            assertFalse(stoppedLog.contains("has been already registered"), "no warning about a gauge registered twice");

            assertEquals(other, w.owner(owner), "the other node owns the session");
            assertEquals(0, w.missingOrDoubled(other), "acknowledged notes lost or doubled by the hand-over");
            assertTrue(maxSeq(w, "SELECT seq FROM snapshots WHERE session = ?") >= journalled,
                    "the stopped node snapshotted everything it had journalled");
            for (ResumingClient c : leaving) assertEquals(1, c.reconnects(), "a client of the stopped node reconnects once");
            for (ResumingClient c : staying) assertEquals(0, c.reconnects(), "a client of the other node keeps its socket");
            long after = w.timer(other).getLong("deadline");
            assertTrue(Math.abs(after - w.deadline) <= 1000, "the timer kept its deadline: " + w.deadline + " then " + after);

            // --- the stopped node starts again and rejoins; then the owner dies (kill -9): the rejoined node takes over ---
            w.restart(owner);
            long killed = System.nanoTime();
            w.nodes[other].kill9();
            var afterKill = Workshop.send(w.people, "na de kill");
            double killTakeover = Workshop.answeredWithin(afterKill, killed, 90);
            LOG.info(String.format("after kill -9 of the owner, every note sent meanwhile was acknowledged within %.2f s", killTakeover));
            w.acked(afterKill, 1);
            assertEquals(owner, w.owner(other), "the rejoined node owns the session");
            assertEquals(0, w.missingOrDoubled(owner), "acknowledged notes lost or doubled after the kill");
            // Both times are logged, not compared: on this shared machine a kill -9 takeover was
            // once quicker (4.2 s) than a hand-over (4.9 s), so an ordering would be a flaky test.
            LOG.info(String.format("hand-over after SIGTERM %.2f s, takeover after kill -9 %.2f s", takeover, killTakeover));
        }
    }

    /** {@code samenspel_bus_remote_ask_seconds_count} of node {@code i}: answers that came over the bus from another node. */
    private static long acrossNodes(Workshop w, int i) {
        for (String line : w.nodes[i].body("/metrics").split("\n")) {
            if (line.startsWith("samenspel_bus_remote_ask_seconds_count ")) return (long) Double.parseDouble(line.substring(line.indexOf(' ') + 1));
        }
        return -1;
    }

    private static long maxSeq(Workshop w, String sql) throws Exception {
        try (Connection c = w.pg.connect(w.db); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, w.code);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }
}
