package nl.samenspel.session.bus;

/** Event bus addresses of a session: where its actor listens, and where it publishes. */
public final class Addresses {

    private Addresses() {}

    public static String actor(String code) {
        return "samenspel.session." + code;
    }

    public static String out(String code) {
        return "samenspel.out." + code;
    }
}
