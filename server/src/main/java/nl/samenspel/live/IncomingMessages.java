package nl.samenspel.live;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Puts a client's websocket frames together into messages, with the checks RFC 6455 asks of
 * a receiver: text must be valid UTF-8 (Vert.x's own text handler would replace bad bytes
 * with U+FFFD and let them be stored). Sizes are counted as the frames arrive, so a message
 * too large to answer is never held in memory.
 */
final class IncomingMessages {

    interface Sink {
        void text(String text);

        void binary();

        /** Larger than {@link LiveGateway#MAX_FRAME} but small enough to answer with an error. */
        void tooLarge();

        /** Larger than {@link LiveGateway#TRANSPORT_LIMIT}: the connection is closed with 1009. */
        void farTooLarge();

        void invalidUtf8();
    }

    private final Sink sink;
    private Buffer parts;
    private boolean text;
    private long size;
    private boolean over;
    private boolean discarding;

    IncomingMessages(Sink sink) {
        this.sink = sink;
    }

    void frame(WebSocketFrame frame) {
        if (!frame.isText() && !frame.isBinary() && !frame.isContinuation()) return;
        if (!frame.isContinuation()) {
            text = frame.isText();
            parts = Buffer.buffer();
            size = 0;
            over = false;
            discarding = false;
        } else if (parts == null || discarding) {
            return;
        }
        Buffer data = frame.binaryData();
        size += data.length();
        if (size > LiveGateway.TRANSPORT_LIMIT) {
            discarding = true;
            parts = null;
            sink.farTooLarge();
            return;
        }
        if (size > LiveGateway.MAX_FRAME) {
            over = true;
            parts = Buffer.buffer();
        } else {
            parts.appendBuffer(data);
        }
        if (!frame.isFinal()) return;
        Buffer whole = parts;
        parts = null;
        if (over) sink.tooLarge();
        else if (!text) sink.binary();
        else {
            String decoded = strictUtf8(whole);
            if (decoded == null) sink.invalidUtf8();
            else sink.text(decoded);
        }
    }

    private static String strictUtf8(Buffer bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.getBytes())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
