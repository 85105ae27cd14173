package nl.samenspel.testing;

import io.vertx.core.json.JsonObject;
import java.util.Random;
import java.util.function.Function;
import nl.samenspel.session.domain.FormatRules;
import nl.samenspel.session.domain.SessionPlan;

/** How a {@link SessionDriver}'s session is set up; {@link #start()} plans it and writes its first journal entry. */
public final class SessionDriverBuilder {

    String format;
    String pack;
    String title = "Test";
    JsonObject options = new JsonObject();
    JsonObject previous;
    SessionPlan plan;
    Function<String, FormatRules> rules = SessionDriver.FORMATS::rules;
    String code = "TEST01";
    long seed = 7;
    Random random;
    long now = 1_000_000;
    long clockStep;

    public SessionDriverBuilder title(String title) {
        this.title = title;
        return this;
    }

    public SessionDriverBuilder options(JsonObject options) {
        this.options = options;
        return this;
    }

    /** An earlier session's report, for a format that follows one up. */
    public SessionDriverBuilder previous(JsonObject previous) {
        this.previous = previous;
        return this;
    }

    public SessionDriverBuilder code(String code) {
        this.code = code;
        return this;
    }

    public SessionDriverBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** A random source the test shares (a random walk that draws its moves from the same one). */
    public SessionDriverBuilder random(Random random) {
        this.random = random;
        return this;
    }

    /** The clock's start. */
    public SessionDriverBuilder at(long now) {
        this.now = now;
        return this;
    }

    /** How far the clock moves before each command (0: only when the test moves it). */
    public SessionDriverBuilder clockStep(long millis) {
        this.clockStep = millis;
        return this;
    }

    public SessionDriver start() {
        return new SessionDriver(this);
    }
}
