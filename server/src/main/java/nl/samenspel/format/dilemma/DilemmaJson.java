package nl.samenspel.format.dilemma;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import nl.samenspel.session.view.EntityJson;

/** The JSON shapes of the dilemma game's things, in one place (documented in docs/PROTOCOL.md). */
final class DilemmaJson {

    private DilemmaJson() {}

    static JsonObject card(Dilemma d) {
        return new JsonObject()
                .put("id", d.id())
                .put("theme", EntityJson.text(d.theme()))
                .put("setting", EntityJson.text(d.setting()))
                .put("title", EntityJson.text(d.title()))
                .put("situation", EntityJson.text(d.situation()))
                .put("sides", new JsonObject().put("a", EntityJson.text(d.sideA())).put("b", EntityJson.text(d.sideB())))
                .put("roleSet", d.roleSet());
    }

    static JsonObject value(ValueCard v) {
        return new JsonObject().put("id", v.id()).put("title", EntityJson.text(v.title()))
                .put("explanation", EntityJson.text(v.explanation()));
    }

    static JsonArray values(DilemmaPlan plan) {
        JsonArray out = new JsonArray();
        plan.values().forEach(v -> out.add(value(v)));
        return out;
    }

    static JsonObject entry(int round, Entry e) {
        return new JsonObject()
                .put("round", round)
                .put("participant", e.participant())
                .put("table", e.table())
                .put("values", new JsonArray(e.values()))
                .put("other", new JsonArray(e.other()))
                .put("note", e.note())
                .put("choice", e.choice())
                .put("reason", e.reason());
    }

    /** A round as everyone may see it; the dilemma only once the round has begun (the staff see it before). */
    static JsonObject round(DilemmaPlan plan, RoundState r, boolean staff) {
        JsonObject out = new JsonObject().put("round", r.round()).put("started", r.started()).put("closed", r.closed());
        if (r.started() || staff) out.put("dilemma", card(plan.dilemma(r.round())));
        return out;
    }

    static JsonObject progress(RoundState r, String table) {
        long named = r.entries().stream().filter(e -> table.equals(e.table()) && e.named()).count();
        long chose = r.entries().stream().filter(e -> table.equals(e.table()) && e.choice() != null).count();
        return new JsonObject().put("named", named).put("chose", chose);
    }
}
