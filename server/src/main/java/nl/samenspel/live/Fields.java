package nl.samenspel.live;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.session.domain.Rejection;
import nl.samenspel.session.domain.Texts;

/**
 * The fields of one client message, read with checks that name the field at fault: a missing
 * field, a wrong type, a value out of range or a text over its limit.
 */
public final class Fields {

    private static final int ID_LIMIT = 64;

    private final JsonObject json;

    public Fields(JsonObject json) {
        this.json = json;
    }

    public JsonObject json() {
        return json;
    }

    public String string(String name, int limit) {
        String value = optionalString(name, limit);
        if (value == null) throw Rejection.invalid(name, name + " is missing");
        return value;
    }

    public String optionalString(String name, int limit) {
        Object v = json.getValue(name);
        if (v == null) return null;
        if (!(v instanceof String s)) throw Rejection.invalid(name, name + " must be a text");
        if (Texts.length(s) > limit) throw Rejection.tooLong(name, limit);
        return s;
    }

    /** An id of a note, table, participant or board: short text. */
    public String id(String name) {
        return string(name, ID_LIMIT);
    }

    public String optionalId(String name) {
        return optionalString(name, ID_LIMIT);
    }

    public int integer(String name, int min, int max) {
        Integer value = optionalInteger(name, min, max);
        if (value == null) throw Rejection.invalid(name, name + " is missing");
        return value;
    }

    public Integer optionalInteger(String name, int min, int max) {
        Object v = json.getValue(name);
        if (v == null) return null;
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw Rejection.invalid(name, name + " must be a whole number");
        }
        long value = n.longValue();
        if (value < min || value > max) throw Rejection.invalid(name, name + " must be from " + min + " to " + max);
        return (int) value;
    }

    public long optionalLong(String name, long fallback) {
        Object v = json.getValue(name);
        if (v == null) return fallback;
        if (!(v instanceof Number n) || n.longValue() < 0) throw Rejection.invalid(name, name + " must be a number ≥ 0");
        return n.longValue();
    }

    public boolean bool(String name) {
        Object v = json.getValue(name);
        if (!(v instanceof Boolean b)) throw Rejection.invalid(name, name + " must be true or false");
        return b;
    }

    public boolean optionalBool(String name, boolean fallback) {
        return json.getValue(name) == null ? fallback : bool(name);
    }

    public List<String> ids(String name, int maxCount) {
        Object v = json.getValue(name);
        if (!(v instanceof JsonArray array)) throw Rejection.invalid(name, name + " must be a list");
        if (array.size() > maxCount) throw Rejection.invalid(name, name + " holds at most " + maxCount + " items");
        List<String> out = new ArrayList<>();
        for (Object item : array) {
            if (!(item instanceof String s) || s.length() > ID_LIMIT) {
                throw Rejection.invalid(name, name + " must be a list of ids");
            }
            out.add(s);
        }
        return out;
    }

    public List<String> strings(String name, int maxCount, int limit) {
        Object v = json.getValue(name);
        if (v == null) return List.of();
        if (!(v instanceof JsonArray array)) throw Rejection.invalid(name, name + " must be a list");
        if (array.size() > maxCount) throw Rejection.invalid(name, name + " holds at most " + maxCount + " items");
        List<String> out = new ArrayList<>();
        for (Object item : array) {
            if (!(item instanceof String s)) throw Rejection.invalid(name, name + " must be a list of texts");
            if (Texts.length(s) > limit) throw Rejection.tooLong(name, limit);
            out.add(s);
        }
        return out;
    }
}
