package nl.samenspel.session;

import java.util.function.LongSupplier;
import nl.samenspel.session.view.ReportData;
import nl.samenspel.session.view.EventView;
import nl.samenspel.session.view.SnapshotView;
import nl.samenspel.session.journal.JournalCodec;
import nl.samenspel.store.SessionStore;

/**
 * What every session actor shares: the store and its codec, the views, the clock and the
 * tuning of memory use.
 *
 * @param timeScale       1 in real use; below 1 shortens every step (rehearsals, tests)
 * @param recentChanges   how many recent changes an actor keeps to catch up reconnecting clients
 * @param snapshotEvery   a snapshot after this many events
 * @param nodeId          this node's id in the cluster ({@code local} on a single node), shown to the facilitator
 */
public record SessionRuntime(SessionStore store, JournalCodec codec, SnapshotView snapshots, EventView events, ReportData reports,
                             LongSupplier clock, double timeScale, int recentChanges, long idleCheckMs,
                             long idleUnloadMs, int snapshotEvery, SessionRegistry registry,
                             SessionMetrics metrics, String nodeId) {
}
