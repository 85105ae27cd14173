package nl.samenspel.testing;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.session.domain.Principal;
import nl.samenspel.testing.FormatContract.Secret;

/** The secret every format with dealt roles keeps: whose role is whose, until the reveal. */
public final class RoleSecrets {

    private RoleSecrets() {
    }

    /**
     * {@code holder}'s role, with {@code holder} seated at t1, as a secret to a table mate, to
     * someone at t2 and to the projector.
     */
    public static List<Secret> hiddenFromOthers(SessionDriver s, String what, String holder) {
        String role = s.roleOf(holder);
        List<Secret> out = new ArrayList<>();
        for (Principal viewer : List.of(new Principal.Participant(s.seats("t1").get(1)), new Principal.Participant(s.seats("t2").get(0)),
                Principal.PROJECTOR)) {
            out.add(new Secret(what, viewer, json -> FormatContract.ties(json, holder, role), null));
        }
        return out;
    }
}
