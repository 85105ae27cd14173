package nl.samenspel.session.view;

import java.util.Set;
import nl.samenspel.session.domain.Principal;

/**
 * Who receives an update, resolved when the update is made: the facilitator, the projector,
 * and either every participant or the named ones, minus some. Resolving early means a
 * replay after a reconnect sends exactly what that person would have seen at the time.
 */
public record Audience(boolean facilitator, boolean projector, boolean everyone, Set<String> only, Set<String> except) {

    public Audience {
        only = only == null ? Set.of() : Set.copyOf(only);
        except = except == null ? Set.of() : Set.copyOf(except);
    }

    public static Audience all() {
        return new Audience(true, true, true, null, null);
    }

    public static Audience staff() {
        return new Audience(true, true, false, null, null);
    }

    public static Audience facilitatorOnly() {
        return new Audience(true, false, false, null, null);
    }

    public static Audience projectorOnly() {
        return new Audience(false, true, false, null, null);
    }

    public static Audience participant(String id) {
        return new Audience(false, false, false, Set.of(id), null);
    }

    public static Audience participantsAndStaff(Set<String> ids) {
        return new Audience(true, true, false, ids, null);
    }

    public Audience without(String participant) {
        return new Audience(facilitator, projector, everyone, only, union(except, participant));
    }

    /** The same audience without the facilitator: the room (projector, participants). */
    public Audience withoutFacilitator() {
        return new Audience(false, projector, everyone, only, except);
    }

    public boolean includes(Principal who) {
        if (who instanceof Principal.Facilitator) return facilitator;
        if (who instanceof Principal.Projector) return projector;
        if (who instanceof Principal.Participant p) {
            return (everyone || only.contains(p.id())) && !except.contains(p.id());
        }
        return false;
    }

    private static Set<String> union(Set<String> set, String one) {
        java.util.HashSet<String> out = new java.util.HashSet<>(set);
        out.add(one);
        return out;
    }
}
