package nl.samenspel.format.spearheads;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.view.Audience;
import nl.samenspel.session.view.FormatView;
import nl.samenspel.session.view.Update;

/**
 * What each screen sees of a spearhead session. Everyone sees the plan, the action list, the
 * summaries, the review and the thermometer's aggregate; a participant also sees their own
 * scores — and no one else's, not even the facilitator (see {@link Thermometer}).
 */
final class SpearheadsView implements FormatView {

    @Override
    public JsonObject snapshot(SessionState s, Principal viewer) {
        SpearheadsState state = SpearheadsState.of(s);
        JsonObject out = new JsonObject()
                .put("plan", SpearheadsJson.plan(SpearheadsPlan.of(s)))
                .put("thermometer", SpearheadsJson.thermometer(s))
                .put("summaries", SpearheadsJson.summaries(s))
                .put("reviews", SpearheadsJson.reviews(s))
                .put("makers", new JsonArray(state.makers()))
                .mergeIn(SpearheadsJson.actions(s));
        if (viewer instanceof Principal.Participant p) out.put("mine", SpearheadsJson.mine(s, p.id()));
        return out;
    }

    @Override
    public List<Update> project(SessionState s, SessionEvent event) {
        if (!(event instanceof SpearheadsEvent e)) return List.of();
        if (e instanceof SpearheadsEvent.Rated r) {
            return List.of(
                    thermometer(s),
                    new Update(Audience.participant(r.participant()), "spearheads.rated",
                            new JsonObject().put("mine", SpearheadsJson.mine(s, r.participant()))));
        }
        if (e instanceof SpearheadsEvent.ThermometerRevealed) return List.of(thermometer(s));
        if (e instanceof SpearheadsEvent.ActionAdded || e instanceof SpearheadsEvent.ActionEdited
                || e instanceof SpearheadsEvent.ActionMoved || e instanceof SpearheadsEvent.ActionRemoved
                || e instanceof SpearheadsEvent.ActionsLocked) {
            return List.of(new Update(Audience.all(), "spearheads.actions", SpearheadsJson.actions(s)));
        }
        if (e instanceof SpearheadsEvent.SummarySet) {
            return List.of(new Update(Audience.all(), "spearheads.summaries",
                    new JsonObject().put("summaries", SpearheadsJson.summaries(s))));
        }
        if (e instanceof SpearheadsEvent.ReviewSet) {
            return List.of(new Update(Audience.all(), "spearheads.reviews",
                    new JsonObject().put("reviews", SpearheadsJson.reviews(s))));
        }
        if (e instanceof SpearheadsEvent.MakerSet) {
            return List.of(new Update(Audience.all(), "spearheads.makers",
                    new JsonObject().put("makers", new JsonArray(SpearheadsState.of(s).makers()))));
        }
        return List.of();
    }

    private static Update thermometer(SessionState s) {
        return new Update(Audience.all(), "spearheads.thermometer",
                new JsonObject().put("thermometer", SpearheadsJson.thermometer(s)));
    }
}
