package nl.samenspel.format.stelling;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.testing.SessionDriver;

/** Statement rounds for the {@link SessionDriver}, planned from the built-in pack, and what the tests read of them. */
final class StellingSessions {

    private StellingSessions() {
    }

    static SessionDriver start() {
        return SessionDriver.of(StellingFormat.ID, StellingSetup.BUILT_IN, s -> {
            s.title = "Stellingen";
            s.code = "STEL01";
            s.seed = 3;
            s.clockStep = 1000;
        });
    }

    /**
     * Ann, Bo and Cas (one for each sticker given) join, the facilitator brings up the first
     * statement and each places their sticker on it, in that order. Returns their participant ids.
     */
    static List<String> voted(SessionDriver g, int... stickers) {
        List<String> names = List.of("Ann", "Bo", "Cas");
        List<String> people = new ArrayList<>();
        for (int i = 0; i < stickers.length; i++) people.add(g.join(names.get(i)));
        String first = statements(g).get(0);
        g.facilitator(new Command.GotoStep(1));
        for (int i = 0; i < stickers.length; i++) g.as(people.get(i), new StellingCommand.Place(first, stickers[i]));
        return people;
    }

    static SessionPlan plan(JsonObject options) {
        return SessionDriver.plan(StellingFormat.ID, StellingSetup.BUILT_IN, "Stellingen", options, null);
    }

    static List<String> statements(SessionDriver g) {
        return g.formatPlan(StellingPlan.class).statements().stream().map(StellingPlan.Statement::id).toList();
    }

    static StellingState round(SessionDriver g) {
        return g.format(StellingState.class);
    }
}
