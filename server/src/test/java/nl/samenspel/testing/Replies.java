package nl.samenspel.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;

/** Checks on the server's answers to a websocket message. */
public final class Replies {

    private Replies() {
    }

    /** An error with this code, naming this field (null: no field). */
    public static void assertError(JsonObject reply, String code, String field) {
        assertEquals("error", reply.getString("type"), reply.encode());
        assertEquals(code, reply.getString("code"), reply.encode());
        assertEquals(field, reply.getString("field"), reply.encode());
    }
}
