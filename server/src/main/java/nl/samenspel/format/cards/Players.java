package nl.samenspel.format.cards;

import java.util.List;
import nl.samenspel.session.domain.Participant;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.tables.Table;

/**
 * Who plays a game and whose turn it is. A table's players are the people standing there, in
 * the table's order; the room's game ({@code plenary}) has everyone present. The turn goes
 * round in that order; someone who moves away simply loses their turn to the order.
 */
final class Players {

    private Players() {}

    static List<String> of(SessionState s, String game) {
        if (Game.PLENARY.equals(game)) return s.participants().present().stream().map(Participant::id).toList();
        return s.tables().find(game).map(Table::seats).orElse(List.of());
    }

    static boolean plays(SessionState s, String game, String participant) {
        return of(s, game).contains(participant);
    }

    /** Whose turn it is; null when nobody plays, and for a plenary card of the facilitator's. */
    static String lead(SessionState s, CardsPlan plan, Game g) {
        if (facilitatorLeads(plan, g)) return null;
        List<String> players = of(s, g.id());
        if (players.isEmpty()) return null;
        if (g.storedLead() != null && players.contains(g.storedLead())) return g.storedLead();
        return players.get(Math.floorMod(g.turn(), players.size()));
    }

    /** The one after whoever leads now. */
    static String next(SessionState s, CardsPlan plan, Game g) {
        if (facilitatorLeads(plan, g)) return null;
        List<String> players = of(s, g.id());
        if (players.isEmpty()) return null;
        int at = players.indexOf(lead(s, plan, g));
        return players.get((at + 1) % players.size());
    }

    /** At tables, the room's game holds the cards the facilitator brings to the plenary: they lead them. */
    static boolean facilitatorLeads(CardsPlan plan, Game g) {
        return g.plenary() && !plan.rules().wholeGroup();
    }
}
