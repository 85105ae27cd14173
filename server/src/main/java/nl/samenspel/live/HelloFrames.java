package nl.samenspel.live;

import nl.samenspel.session.JoinCodes;
import nl.samenspel.session.Tokens;
import nl.samenspel.session.bus.ActorMessage;
import nl.samenspel.session.domain.Limits;
import nl.samenspel.session.domain.Rejection;

/** Reads a join or attach frame: which session it names, and what to ask that session's actor. */
final class HelloFrames {

    /** A checked join or attach, for the session with this (normalised) code. */
    record Hello(String code, ActorMessage message) {
    }

    private HelloFrames() {
    }

    static Hello join(String id, Fields fields) {
        String code = code(fields);
        String name = fields.string("name", Limits.NAME);
        String token = fields.optionalString("token", Connection.ID_LIMIT);
        if (token != null && !Tokens.wellFormed(token)) {
            throw Rejection.invalid("token", "a token has 22 to 64 letters, digits, '-' or '_'");
        }
        return new Hello(code, new ActorMessage.Join(id, name, token != null ? token : Tokens.random()));
    }

    static Hello attach(String id, Fields fields) {
        String code = code(fields);
        String token = fields.string("token", 128);
        return new Hello(code, new ActorMessage.Attach(id, token, fields.optionalLong("lastSeq", 0)));
    }

    private static String code(Fields fields) {
        String typed = fields.string("code", 32);
        String code = JoinCodes.normalize(typed);
        if (code == null) throw new Rejection("unknown_session", "there is no session with code '" + typed + "'", "code");
        return code;
    }
}
