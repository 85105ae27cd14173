package nl.samenspel.format.spearheads;

import static nl.samenspel.format.spearheads.SpearheadsRules.CARRIED_OVER;
import static nl.samenspel.format.spearheads.SpearheadsRules.MAX_ACTIONS;
import static nl.samenspel.format.spearheads.SpearheadsRules.REVIEW_STATUSES;
import static nl.samenspel.format.spearheads.SpearheadsRules.requireMaker;
import static nl.samenspel.format.spearheads.SpearheadsRules.requireOpen;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.format.spearheads.SpearheadsCommand.ReviewAction;
import nl.samenspel.format.spearheads.SpearheadsPlan.EarlierAction;
import nl.samenspel.session.domain.Limits;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.domain.Texts;

/** The check of an earlier session's actions: done, in progress, stopped, or carried over to this session's list. */
final class EarlierReview {

    private EarlierReview() {
    }

    /**
     * Sets how an earlier session's action went; carrying it over puts a copy on this
     * session's list, and changing one's mind later takes that copy off again.
     */
    static List<SessionEvent> decide(SessionState s, Principal who, ReviewAction c) {
        requireMaker(s, who);
        requireOpen(s);
        SpearheadsPlan.Earlier earlier = SpearheadsPlan.of(s).earlier();
        if (earlier == null) throw Rejection.wrongPhase("this session follows up no earlier session");
        EarlierAction ea = earlier.action(c.action()).orElseThrow(() -> Rejection.notFound("earlier action", c.action()));
        if (!REVIEW_STATUSES.contains(c.status())) throw Rejection.invalid("status", "status is one of " + REVIEW_STATUSES);
        String note = Texts.optional("note", c.note(), Limits.SHORT_TEXT);
        SpearheadsState state = SpearheadsState.of(s);
        String carried = state.review(ea.id()).map(SpearheadsState.Review::carriedAs)
                .filter(id -> state.action(id).isPresent()).orElse(null);
        List<SessionEvent> out = new ArrayList<>();
        if (CARRIED_OVER.equals(c.status())) {
            if (carried == null) {
                if (state.actions().size() >= MAX_ACTIONS) {
                    throw Rejection.of("limit_reached", "the action list holds at most " + MAX_ACTIONS + " actions");
                }
                String id = state.nextActionId();
                out.add(new SpearheadsEvent.ReviewSet(ea.id(), c.status(), note, id));
                out.add(new SpearheadsEvent.ActionAdded(new Action(id, ea.spearhead(), ea.what(), null,
                        ea.who() == null || ea.who().isBlank() ? null : ea.who(), null, ea.firstStep(), Action.OPEN,
                        null, null, ea.id()), state.actions().size()));
            } else {
                out.add(new SpearheadsEvent.ReviewSet(ea.id(), c.status(), note, carried));
            }
        } else {
            out.add(new SpearheadsEvent.ReviewSet(ea.id(), c.status(), note, null));
            if (carried != null) out.add(new SpearheadsEvent.ActionRemoved(carried));
        }
        SpearheadsState.Review now = state.review(ea.id()).orElse(null);
        SpearheadsEvent.ReviewSet set = (SpearheadsEvent.ReviewSet) out.get(0);
        if (now != null && out.size() == 1 && now.equals(new SpearheadsState.Review(set.status(), set.note(), set.carriedAs()))) {
            return List.of();
        }
        return out;
    }
}
