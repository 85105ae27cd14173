package nl.samenspel.format.spearheads;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import nl.samenspel.format.spearheads.SpearheadsPlan.Aggregate;
import nl.samenspel.format.spearheads.SpearheadsPlan.ColumnInfo;
import nl.samenspel.format.spearheads.SpearheadsPlan.EarlierAction;
import nl.samenspel.format.spearheads.SpearheadsPlan.Factor;
import nl.samenspel.format.spearheads.SpearheadsPlan.Spearhead;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.session.view.EntityJson;

/** The JSON shapes of the spearhead session's own parts, as clients see them (docs/PROTOCOL.md). */
final class SpearheadsJson {

    private SpearheadsJson() {}

    /** The content of the session: fixed once it is created. */
    static JsonObject plan(SpearheadsPlan plan) {
        JsonArray columns = new JsonArray();
        for (ColumnInfo c : plan.columns()) {
            columns.add(new JsonObject().put("id", c.id()).put("title", EntityJson.text(c.title()))
                    .put("hint", EntityJson.text(c.hint())).put("color", c.color()));
        }
        JsonArray spearheads = new JsonArray();
        for (Spearhead s : plan.spearheads()) {
            spearheads.add(new JsonObject().put("id", s.id()).put("title", EntityJson.text(s.title()))
                    .put("summary", EntityJson.text(s.summary())).put("points", EntityJson.texts(s.points()))
                    .put("questions", EntityJson.texts(s.questions())));
        }
        JsonObject out = new JsonObject()
                .put("model", new JsonObject().put("title", EntityJson.text(plan.modelTitle()))
                        .put("intro", EntityJson.text(plan.modelIntro())).put("tip", EntityJson.text(plan.modelTip())))
                .put("columns", columns)
                .put("spearheads", spearheads)
                .put("order", new JsonArray(plan.order()))
                .put("tableBoards", plan.tableBoards())
                .put("team", plan.team());
        if (plan.thermometer() != null) {
            SpearheadsPlan.ThermometerPlan t = plan.thermometer();
            JsonArray factors = new JsonArray();
            for (Factor f : t.factors()) {
                factors.add(new JsonObject().put("id", f.id()).put("title", EntityJson.text(f.title()))
                        .put("hint", EntityJson.text(f.hint())));
            }
            out.put("thermometer", new JsonObject().put("title", EntityJson.text(t.title()))
                    .put("intro", EntityJson.text(t.intro())).put("low", EntityJson.text(t.low()))
                    .put("high", EntityJson.text(t.high())).put("minimum", t.minimum()).put("factors", factors));
        }
        if (plan.earlier() != null) out.put("earlier", earlier(plan.earlier()));
        return out;
    }

    static JsonObject earlier(SpearheadsPlan.Earlier e) {
        JsonArray actions = new JsonArray();
        for (EarlierAction a : e.actions()) {
            actions.add(new JsonObject().put("id", a.id()).put("number", a.number()).put("spearhead", a.spearhead())
                    .put("spearheadTitle", EntityJson.text(a.spearheadTitle())).put("what", a.what())
                    .put("who", a.who()).put("when", a.when()).put("firstStep", a.firstStep()).put("status", a.status()));
        }
        JsonObject thermometer = new JsonObject();
        e.thermometer().forEach((factor, agg) -> thermometer.put(factor, aggregate(agg)));
        return new JsonObject().put("code", e.code()).put("title", e.title()).put("team", e.team())
                .put("createdAt", e.createdAt()).put("actions", actions).put("thermometer", thermometer);
    }

    static JsonObject aggregate(Aggregate a) {
        return new JsonObject().put("count", a.count()).put("average", a.average()).put("spread", a.spread());
    }

    /**
     * The thermometer as anyone may see it: how many rated, and per factor the number of
     * ratings, with average and spread only once shown and rated by enough people.
     */
    static JsonObject thermometer(SessionState s) {
        SpearheadsPlan plan = SpearheadsPlan.of(s);
        if (plan.thermometer() == null) return null;
        SpearheadsState state = SpearheadsState.of(s);
        JsonObject factors = new JsonObject();
        for (Thermometer.FactorView f : Thermometer.view(plan.thermometer(), state)) {
            JsonObject one = new JsonObject().put("count", f.count());
            f.result().ifPresent(a -> one.put("average", a.average()).put("spread", a.spread()));
            factors.put(f.factor().id(), one);
        }
        return new JsonObject()
                .put("revealed", state.revealed())
                .put("raters", state.raters())
                .put("complete", state.completeRaters(plan.thermometer().factors().size()))
                .put("factors", factors);
    }

    static JsonObject action(Action a, SessionState s) {
        return new JsonObject()
                .put("id", a.id())
                .put("spearhead", a.spearhead())
                .put("what", a.what())
                .put("who", a.who())
                .put("whoLabel", a.who() != null ? s.participants().labelOf(a.who()) : a.whoText())
                .put("whoText", a.whoText())
                .put("when", a.when())
                .put("firstStep", a.firstStep())
                .put("status", a.status())
                .put("sourceBoard", a.sourceBoard())
                .put("sourceNote", a.sourceNote())
                .put("carriedFrom", a.carriedFrom());
    }

    static JsonObject actions(SessionState s) {
        JsonArray list = new JsonArray();
        SpearheadsState.of(s).actions().forEach(a -> list.add(action(a, s)));
        return new JsonObject().put("actions", list).put("locked", SpearheadsState.of(s).locked());
    }

    static JsonObject summaries(SessionState s) {
        JsonObject out = new JsonObject();
        SpearheadsState.of(s).summaries().forEach(out::put);
        return out;
    }

    static JsonObject reviews(SessionState s) {
        JsonObject out = new JsonObject();
        for (Map.Entry<String, SpearheadsState.Review> e : SpearheadsState.of(s).reviews().entrySet()) {
            out.put(e.getKey(), new JsonObject().put("status", e.getValue().status()).put("note", e.getValue().note())
                    .put("carriedAs", e.getValue().carriedAs()));
        }
        return out;
    }

    static JsonObject mine(SessionState s, String participant) {
        JsonObject out = new JsonObject();
        SpearheadsState.of(s).scoresBy(participant).forEach(out::put);
        return out;
    }
}
