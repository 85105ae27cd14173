package nl.samenspel.testing;

import io.vertx.core.json.JsonObject;
import java.util.Random;
import java.util.function.Function;
import nl.samenspel.session.domain.FormatRules;
import nl.samenspel.session.domain.SessionPlan;

/**
 * How a {@link SessionDriver}'s session is set up, as the test sets it in one lambda:
 * {@code SessionDriver.of("cards", pack, s -> { s.title = "Kaartspel"; s.seed = 3; })}. What the
 * test leaves alone keeps the value below.
 */
public final class SessionDriverSetup {

    String format;
    String pack;
    SessionPlan plan;
    Function<String, FormatRules> rules = SessionDriver.FORMATS::rules;

    public String title = "Test";
    public JsonObject options = new JsonObject();
    /** An earlier session's report, for a format that follows one up. */
    public JsonObject previous;
    public String code = "TEST01";
    public long seed = 7;
    /** A random source the test shares (a random walk that draws its moves from the same one); else one from {@link #seed}. */
    public Random random;
    /** The clock's start. */
    public long now = 1_000_000;
    /** How far the clock moves before each command (0: only when the test moves it). */
    public long clockStep;

    SessionDriverSetup() {}
}
