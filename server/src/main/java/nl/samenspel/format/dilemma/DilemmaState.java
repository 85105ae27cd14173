package nl.samenspel.format.dilemma;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.format.dilemma.DilemmaEvent.ChoiceMade;
import nl.samenspel.format.dilemma.DilemmaEvent.LeadingAdded;
import nl.samenspel.format.dilemma.DilemmaEvent.Nudged;
import nl.samenspel.format.dilemma.DilemmaEvent.PlenaryOpened;
import nl.samenspel.format.dilemma.DilemmaEvent.RoundClosed;
import nl.samenspel.format.dilemma.DilemmaEvent.RoundStarted;
import nl.samenspel.format.dilemma.DilemmaEvent.ValuesNamed;
import nl.samenspel.session.domain.FormatState;
import nl.samenspel.session.domain.SessionState;

/**
 * The dilemma game's part of a session: its rounds, which one is being played, whether the
 * plenary has begun, and which notes on the tables' flip-overs stand for values from the list.
 * Written field by field into snapshots; changed only by {@link #apply}.
 */
public final class DilemmaState implements FormatState {

    /** This format's part of a session. */
    static DilemmaState of(SessionState s) {
        return s.format();
    }

    /** A leading value on a table's flip-over: the note stands for {@code value} (null: its own words). */
    public record Lead(int round, String table, String value) {}

    private final List<RoundState> rounds = new ArrayList<>();
    private int current;
    private boolean plenaryOpened;
    private final Map<String, Lead> leads = new LinkedHashMap<>();
    private int nudges;

    private DilemmaState() {
    }

    DilemmaState(int roundCount) {
        for (int r = 1; r <= roundCount; r++) rounds.add(new RoundState(r));
    }

    public List<RoundState> rounds() { return List.copyOf(rounds); }

    /** Round {@code r}, 1-based. */
    public RoundState round(int r) { return rounds.get(r - 1); }

    /** The round started last; 0 before the first. */
    public int current() { return current; }

    public boolean plenaryOpened() { return plenaryOpened; }

    public Optional<Lead> lead(String note) { return Optional.ofNullable(leads.get(note)); }

    public int nudges() { return nudges; }

    public void apply(DilemmaEvent event) {
        if (event instanceof RoundStarted e) {
            round(e.round()).start();
            current = e.round();
        } else if (event instanceof ValuesNamed e) {
            round(e.round()).entryFor(e.participant()).name(e.table(), e.values(), e.other(), e.note());
        } else if (event instanceof ChoiceMade e) {
            round(e.round()).entryFor(e.participant()).choose(e.table(), e.choice(), e.reason());
        } else if (event instanceof LeadingAdded e) {
            leads.put(e.note(), new Lead(e.round(), e.table(), e.value()));
        } else if (event instanceof RoundClosed e) {
            round(e.round()).close(e.perspectives());
        } else if (event instanceof PlenaryOpened) {
            plenaryOpened = true;
        } else if (event instanceof Nudged) {
            nudges++;
        }
    }
}
