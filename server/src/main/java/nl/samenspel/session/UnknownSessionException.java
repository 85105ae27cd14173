package nl.samenspel.session;

/** No session with this code in the store: a wrong code, or one deleted after its retention period. */
public final class UnknownSessionException extends RuntimeException {
    public UnknownSessionException(String code) {
        super("no session " + code, null, false, false);
    }
}
