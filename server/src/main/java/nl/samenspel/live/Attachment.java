package nl.samenspel.live;

import java.util.List;
import nl.samenspel.session.bus.ActorReply;
import nl.samenspel.session.domain.Principal;

/**
 * What a connection is attached to (or trying to attach to): a session, as a principal, and
 * how far the client has got in that session's frames.
 */
final class Attachment {

    final String code;
    /** Null until the welcome. */
    Principal principal;
    /** Every frame up to this seq that the principal may see has been written to the socket. */
    long floor;
    /** Non-null while a welcome or a catch-up is awaited: frames published meanwhile wait here. */
    List<ActorReply.Outbound> held;
    /** The socket's queue was full: frames are skipped until it drains and the client catches up. */
    boolean lagging;

    Attachment(String code) {
        this.code = code;
    }
}
