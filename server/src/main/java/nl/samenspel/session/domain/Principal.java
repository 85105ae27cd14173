package nl.samenspel.session.domain;

/** Who sends a command or looks at a session. */
public sealed interface Principal {

    Facilitator FACILITATOR = new Facilitator();
    Projector PROJECTOR = new Projector();
    Server SERVER = new Server();

    /** A stable, compact name for the journal and logs: {@code f}, {@code v}, {@code s} or {@code p:<id>}. */
    String key();

    /** Refuses ({@code forbidden}) anyone but the facilitator; {@code what} names the act, as in "only the facilitator may …". */
    default void requireFacilitator(String what) {
        if (!(this instanceof Facilitator)) throw Rejection.forbidden(what);
    }

    record Facilitator() implements Principal {
        public String key() { return "f"; }
    }

    /** The projector view: looks, never acts. */
    record Projector() implements Principal {
        public String key() { return "v"; }
    }

    record Participant(String id) implements Principal {
        public String key() { return "p:" + id; }
    }

    /** The session itself, e.g. when a timer runs out. */
    record Server() implements Principal {
        public String key() { return "s"; }
    }

    static Principal fromKey(String key) {
        return switch (key) {
            case "f" -> FACILITATOR;
            case "v" -> PROJECTOR;
            case "s" -> SERVER;
            default -> {
                if (!key.startsWith("p:")) throw new IllegalArgumentException("unknown principal " + key);
                yield new Participant(key.substring(2));
            }
        };
    }
}
