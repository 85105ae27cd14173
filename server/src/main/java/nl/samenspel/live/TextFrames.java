package nl.samenspel.live;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;
import io.vertx.core.internal.buffer.BufferInternal;

/**
 * Text frames made from an already encoded buffer. A broadcast is encoded once and the same
 * bytes go to every socket; Vert.x's public API only makes text frames from a String, which
 * would decode and re-encode the frame per socket. This is the one place that uses Vert.x
 * internals; if they change, it falls back to the public API.
 */
final class TextFrames {

    private static final boolean DIRECT = direct();

    private TextFrames() {}

    static WebSocketFrame of(Buffer utf8Json) {
        if (DIRECT) {
            // getByteBuf() gives a duplicate with its own indices, so one buffer can be written many times.
            return new WebSocketFrameImpl(WebSocketFrameType.TEXT, ((BufferInternal) utf8Json).getByteBuf(), true);
        }
        return WebSocketFrame.textFrame(utf8Json.toString(), true);
    }

    private static boolean direct() {
        try {
            Buffer probe = Buffer.buffer("{}");
            return new WebSocketFrameImpl(WebSocketFrameType.TEXT, ((BufferInternal) probe).getByteBuf(), true)
                    .textData().equals("{}");
        } catch (LinkageError | RuntimeException e) {
            return false;
        }
    }
}
