package nl.samenspel.live;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
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
        return (int) whole(name, v, min, max);
    }

    public long optionalLong(String name, long fallback) {
        Object v = json.getValue(name);
        if (v == null) return fallback;
        return whole(name, v, 0, Long.MAX_VALUE);
    }

    /**
     * A whole number from min to max, checked exactly as sent: 18446744073709551617 is out of
     * range (not wrapped to 1), 2.5 and 1e-400 are not whole (not rounded to 2 or 0).
     */
    private static long whole(String name, Object v, long min, long max) {
        if (!(v instanceof Number n)) throw Rejection.invalid(name, name + " must be a whole number");
        BigDecimal exact = exact(n);
        if (exact == null || exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            throw Rejection.invalid(name, name + " must be a whole number");
        }
        if (exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw Rejection.invalid(name, name + " must be from " + min + " to " + max);
        }
        return exact.longValueExact();
    }

    private static BigDecimal exact(Number n) {
        if (n instanceof BigDecimal d) return d;
        if (n instanceof BigInteger i) return new BigDecimal(i);
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) return BigDecimal.valueOf(n.longValue());
        double d = n.doubleValue();
        return Double.isFinite(d) ? new BigDecimal(d) : null;
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
