package nl.samenspel.format.stelling;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.format.stelling.StellingPlan.Statement;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.view.Audience;
import nl.samenspel.session.view.EntityJson;
import nl.samenspel.session.view.FormatView;
import nl.samenspel.session.view.Update;

/**
 * What each audience sees of a statement round. The spread is counts only, never who: the
 * facilitator and the projector see it live, participants once the vote is closed (so the room
 * does not steer by it from their phones); a participant also sees their own sticker.
 */
final class StellingView implements FormatView {

    static final String ROUND = "stelling.round";

    @Override
    public JsonObject snapshot(SessionState s, Principal viewer) {
        JsonArray statements = new JsonArray();
        JsonObject rounds = new JsonObject();
        boolean staff = !(viewer instanceof Principal.Participant);
        for (Statement st : StellingPlan.of(s).statements()) {
            statements.add(new JsonObject().put("id", st.id()).put("text", EntityJson.text(st.text()))
                    .put("hint", st.hint() == null ? null : EntityJson.text(st.hint())));
            JsonObject round = round(s, st.id(), staff);
            if (viewer instanceof Principal.Participant p) {
                StellingState.of(s).stickerOf(st.id(), p.id()).ifPresent(v -> round.put("mine", v));
            }
            rounds.put(st.id(), round);
        }
        return new JsonObject().put("statements", statements).put("rounds", rounds);
    }

    @Override
    public List<Update> project(SessionState s, SessionEvent event) {
        if (event instanceof StellingEvent.StickerPlaced e) {
            return List.of(
                    new Update(Audience.staff(), ROUND, round(s, e.statement(), true)),
                    new Update(Audience.participant(e.participant()), ROUND,
                            round(s, e.statement(), false).put("mine", e.value())));
        }
        if (event instanceof StellingEvent.VotingClosed e) {
            return List.of(new Update(Audience.all(), ROUND, round(s, e.statement(), true)));
        }
        return List.of();
    }

    /** One statement's round; {@code spread} adds the counts, which participants see only after the vote. */
    static JsonObject round(SessionState s, String statement, boolean spread) {
        StellingState state = StellingState.of(s);
        boolean closed = state.isClosed(statement);
        JsonObject out = new JsonObject().put("statement", statement).put("closed", closed)
                .put("firstSide", state.firstSide(statement).orElse(null))
                .put("board", StellingPlan.board(statement));
        if (spread || closed) {
            int[] counts = state.counts(statement);
            JsonArray list = new JsonArray();
            int total = 0;
            for (int c : counts) {
                list.add(c);
                total += c;
            }
            out.put("counts", list).put("total", total);
        }
        return out;
    }
}
