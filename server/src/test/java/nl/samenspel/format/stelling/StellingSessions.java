package nl.samenspel.format.stelling;

import io.vertx.core.json.JsonObject;
import java.util.List;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.testing.SessionDriver;

/** Statement rounds for the {@link SessionDriver}, planned from the built-in pack, and what the tests read of them. */
final class StellingSessions {

    private StellingSessions() {
    }

    static SessionDriver start() {
        return SessionDriver.of(StellingFormat.ID, StellingFormat.DEFAULT_PACK).title("Stellingen").code("STEL01")
                .seed(3).clockStep(1000).start();
    }

    static SessionPlan plan(JsonObject options) {
        return SessionDriver.plan(StellingFormat.ID, StellingFormat.DEFAULT_PACK, "Stellingen", options, null);
    }

    static List<String> statements(SessionDriver g) {
        return g.formatPlan(StellingPlan.class).statements().stream().map(StellingPlan.Statement::id).toList();
    }

    static StellingState round(SessionDriver g) {
        return g.format(StellingState.class);
    }
}
