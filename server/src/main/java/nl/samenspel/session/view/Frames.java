package nl.samenspel.session.view;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/** The server's websocket frames (see docs/PROTOCOL.md), each encoded once. */
public final class Frames {

    private Frames() {}

    public static Buffer event(long seq, Update update) {
        return new JsonObject()
                .put("type", "event")
                .put("seq", seq)
                .put("event", update.event())
                .put("data", update.data())
                .toBuffer();
    }

    public static Buffer ack(String id, long seq) {
        return new JsonObject().put("type", "ack").put("id", id).put("seq", seq).toBuffer();
    }

    public static Buffer error(String id, String code, String message, String field) {
        JsonObject out = new JsonObject().put("type", "error");
        if (id != null) out.put("id", id);
        out.put("code", code).put("message", message);
        if (field != null) out.put("field", field);
        return out.toBuffer();
    }

    public static Buffer pong(Object t, long server) {
        return new JsonObject().put("type", "pong").put("t", t).put("server", server).toBuffer();
    }

    public static Buffer welcome(String id, long seq, JsonObject you, String token, JsonObject snapshot, long now) {
        JsonObject out = new JsonObject().put("type", "welcome");
        if (id != null) out.put("id", id);
        out.put("seq", seq).put("serverTime", now).put("resumed", snapshot == null).put("you", you);
        if (token != null) out.put("token", token);
        if (snapshot != null) out.put("snapshot", snapshot);
        return out.toBuffer();
    }
}
