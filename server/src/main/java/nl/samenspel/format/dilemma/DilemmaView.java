package nl.samenspel.format.dilemma;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.samenspel.format.dilemma.DilemmaEvent.ChoiceMade;
import nl.samenspel.format.dilemma.DilemmaEvent.Nudged;
import nl.samenspel.format.dilemma.DilemmaEvent.PlenaryOpened;
import nl.samenspel.format.dilemma.DilemmaEvent.RoundClosed;
import nl.samenspel.format.dilemma.DilemmaEvent.RoundStarted;
import nl.samenspel.format.dilemma.DilemmaEvent.ValuesNamed;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.board.BoardId;
import nl.samenspel.session.view.Audience;
import nl.samenspel.session.view.FormatView;
import nl.samenspel.session.view.Update;

/**
 * What each screen sees of the game.
 * <ul>
 * <li>A participant's values, note, choice and reason go to the people at their table and the
 *     facilitator; never to another table, and never to the projector (it hangs in the room).</li>
 * <li>The projector gets counts per table while the rounds run, and the results once the
 *     plenary begins; so do the participants.</li>
 * <li>The facilitator sees everything as it comes in, with the results kept current.</li>
 * <li>Nobody learns a perspective from this view: roles stay with the shared envelopes, and
 *     the results count choices per perspective only for rounds whose roles were revealed.</li>
 * </ul>
 */
final class DilemmaView implements FormatView {

    @Override
    public JsonObject snapshot(SessionState s, Principal viewer) {
        DilemmaPlan plan = DilemmaPlan.of(s);
        DilemmaState state = s.format();
        boolean facilitator = viewer instanceof Principal.Facilitator;
        boolean projector = viewer instanceof Principal.Projector;
        String myTable = viewer instanceof Principal.Participant p
                ? s.participants().find(p.id()).map(x -> x.table()).orElse(null) : null;

        JsonArray rounds = new JsonArray();
        JsonArray entries = new JsonArray();
        JsonObject progress = new JsonObject();
        for (RoundState r : state.rounds()) {
            rounds.add(DilemmaJson.round(plan, r, facilitator));
            for (Entry e : r.entries()) {
                if (facilitator || (myTable != null && myTable.equals(e.table()))) entries.add(DilemmaJson.entry(r.round(), e));
            }
            if ((facilitator || projector) && r.started()) {
                JsonObject tables = new JsonObject();
                for (String table : Results.tablesOf(s, r)) tables.put(table, DilemmaJson.progress(r, table));
                progress.put(String.valueOf(r.round()), tables);
            }
        }
        JsonObject out = new JsonObject()
                .put("rule", nl.samenspel.session.view.EntityJson.text(plan.rule()))
                .put("middle", nl.samenspel.session.view.EntityJson.text(plan.middle()))
                .put("values", DilemmaJson.values(plan))
                .put("limits", new JsonObject()
                        .put("values", DilemmaRules.MAX_VALUES)
                        .put("other", DilemmaRules.MAX_OTHER)
                        .put("valueText", DilemmaRules.VALUE_TEXT)
                        .put("note", DilemmaRules.NOTE)
                        .put("reason", DilemmaRules.REASON))
                .put("tableSize", new JsonObject().put("min", plan.minTableSize()).put("max", plan.maxTableSize()))
                .put("autoRun", plan.autoRun())
                .put("roleMode", plan.roleMode())
                .put("round", state.current())
                .put("rounds", rounds)
                .put("entries", entries)
                .put("plenaryOpened", state.plenaryOpened());
        if (facilitator || projector) out.put("progress", progress);
        if (facilitator || state.plenaryOpened()) out.put("results", Results.of(s));
        return out;
    }

    @Override
    public List<Update> project(SessionState s, SessionEvent event) {
        DilemmaState state = s.format();
        List<Update> out = new ArrayList<>();
        if (event instanceof RoundStarted e) {
            out.add(round(s, e.round()));
        } else if (event instanceof RoundClosed e) {
            out.add(round(s, e.round()));
            out.add(results(s));
        } else if (event instanceof ValuesNamed e) {
            out.addAll(entry(s, e.round(), e.participant(), e.table()));
            out.add(results(s));
        } else if (event instanceof ChoiceMade e) {
            out.addAll(entry(s, e.round(), e.participant(), e.table()));
            out.add(results(s));
        } else if (event instanceof PlenaryOpened) {
            out.add(results(s));
        } else if (event instanceof Nudged e) {
            out.add(nudge(s, e));
        } else if (touchesTableBoard(event)) {
            // A leading value added (dilemma.lead, or by hand), moved, reworded or taken off: the results change.
            out.add(results(s));
        }
        return out;
    }

    private static Update round(SessionState s, int round) {
        DilemmaState state = s.format();
        return new Update(Audience.all(), "dilemma.round", new JsonObject()
                .put("current", state.current())
                .put("round", DilemmaJson.round(DilemmaPlan.of(s), state.round(round), false)));
    }

    /** The entry to its table and the facilitator; the projector only the table's counts. */
    private static List<Update> entry(SessionState s, int round, String participant, String table) {
        RoundState r = ((DilemmaState) s.format()).round(round);
        Entry e = r.entry(participant).orElseThrow();
        return List.of(
                new Update(tableAndFacilitator(s, table), "dilemma.entry",
                        new JsonObject().put("entry", DilemmaJson.entry(round, e))),
                new Update(Audience.projectorOnly(), "dilemma.progress",
                        new JsonObject().put("round", round).put("table", table).put("progress", DilemmaJson.progress(r, table))));
    }

    /** The results: to the facilitator as they grow, to everyone once the plenary has begun. */
    private static Update results(SessionState s) {
        DilemmaState state = s.format();
        return new Update(state.plenaryOpened() ? Audience.all() : Audience.facilitatorOnly(), "dilemma.results",
                new JsonObject().put("plenaryOpened", state.plenaryOpened()).put("results", Results.of(s)));
    }

    private static Update nudge(SessionState s, Nudged e) {
        Audience to = e.participant() != null
                ? new Audience(true, false, false, Set.of(e.participant()), null)
                : tableAndFacilitator(s, e.table());
        return new Update(to, "dilemma.nudged", new JsonObject()
                .put("table", e.table()).put("participant", e.participant()).put("step", e.step()));
    }

    /** The people standing at a table now, and the facilitator (not the projector). */
    static Audience tableAndFacilitator(SessionState s, String table) {
        Set<String> seated = new HashSet<>(s.tables().find(table).map(t -> t.seats()).orElse(List.of()));
        return new Audience(true, false, false, seated, null);
    }

    private static boolean touchesTableBoard(SessionEvent event) {
        String board = null;
        if (event instanceof SessionEvent.NoteAdded e) board = e.board();
        else if (event instanceof SessionEvent.NoteEdited e) board = e.board();
        else if (event instanceof SessionEvent.NoteRemoved e) board = e.board();
        else if (event instanceof SessionEvent.NoteMoved e) board = e.board();
        if (board == null) return false;
        BoardId id = BoardId.parse(board);
        return !id.plenary() && id.topic() == null;
    }
}
