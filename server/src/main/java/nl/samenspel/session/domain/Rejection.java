package nl.samenspel.session.domain;

/**
 * A command that cannot be carried out. It names the reason with a stable code (see
 * docs/PROTOCOL.md), a human text and, where one field is to blame, that field. A rejected
 * command changes nothing.
 */
public final class Rejection extends RuntimeException {

    private final String code;
    private final String field;

    public Rejection(String code, String message, String field) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    public static Rejection of(String code, String message) {
        return new Rejection(code, message, null);
    }

    public static Rejection invalid(String field, String message) {
        return new Rejection("invalid_field", message, field);
    }

    public static Rejection tooLong(String field, int limit) {
        return new Rejection("too_long", field + " is longer than " + limit + " characters", field);
    }

    public static Rejection forbidden(String what) {
        return of("forbidden", "only the facilitator may " + what);
    }

    public static Rejection notFound(String what, String id) {
        return new Rejection("not_found", "no " + what + " '" + id + "'", null);
    }

    public static Rejection wrongPhase(String message) {
        return of("wrong_phase", message);
    }

    public String code() { return code; }

    public String field() { return field; }
}
