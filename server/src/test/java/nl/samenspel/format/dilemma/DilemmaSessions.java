package nl.samenspel.format.dilemma;

import io.vertx.core.json.JsonObject;
import nl.samenspel.session.domain.SessionPlan;
import nl.samenspel.testing.SessionDriver;

/** Dilemma games for the {@link SessionDriver}, from the built-in content. */
final class DilemmaSessions {

    private DilemmaSessions() {
    }

    static SessionDriver start(long seed, JsonObject options) {
        return SessionDriver.of("dilemma", "samenspel-basis", s -> {
            s.title = "Teamdag";
            s.code = "DILEMA";
            s.options = options;
            s.seed = seed;
        });
    }

    static SessionDriver start(long seed) {
        return start(seed, new JsonObject());
    }

    /** A game with secret roles and the reveal step (our variant; open roles are the default). */
    static SessionDriver secret(long seed) {
        return start(seed, new JsonObject().put("roleMode", "secret"));
    }

    static SessionPlan plan(JsonObject options) {
        return SessionDriver.plan("dilemma", "samenspel-basis", "Teamdag", options, null);
    }
}
