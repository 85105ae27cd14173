package nl.samenspel.testing;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Random;

/**
 * A websocket client on a plain TCP socket, written from RFC 6455, for what a polite client
 * cannot do: stop reading altogether (so the server's frames really pile up), send bytes that
 * are not UTF-8, fragments, oversize frames, any Origin. It reads on the caller's thread, with
 * a timeout.
 */
public final class RawSocket implements AutoCloseable {

    public static final int TEXT = 1, BINARY = 2, CONTINUATION = 0, CLOSE = 8, PING = 9, PONG = 10;

    /** One frame from the server. */
    public record Frame(int opcode, byte[] payload) {
        public String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        public JsonObject json() {
            return new JsonObject(text());
        }

        /** The status code of a close frame. */
        public int closeCode() {
            return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final Random masks = new Random(1);
    public final int status;

    private RawSocket(Socket socket, int status) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.status = status;
    }

    public static RawSocket open(int port) {
        return open(port, Map.of(), 0);
    }

    /**
     * Opens /live with extra request headers (e.g. Origin, Host); receiveBuffer &gt; 0 sets a small
     * SO_RCVBUF before connecting. Check {@link #status}: 101 when the server accepted.
     */
    public static RawSocket open(int port, Map<String, String> headers, int receiveBuffer) {
        try {
            Socket socket = new Socket();
            if (receiveBuffer > 0) socket.setReceiveBufferSize(receiveBuffer);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(15_000);
            StringBuilder request = new StringBuilder("GET /live HTTP/1.1\r\n");
            if (!headers.containsKey("Host")) request.append("Host: localhost:").append(port).append("\r\n");
            request.append("Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n")
                    .append("Sec-WebSocket-Key: ").append(Base64.getEncoder().encodeToString(new byte[16])).append("\r\n");
            headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
            request.append("\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            String head = readHead(socket.getInputStream());
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            return new RawSocket(socket, status);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) throw new EOFException("connection closed during the handshake");
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    public void sendText(String text) {
        send(TEXT, true, text.getBytes(StandardCharsets.UTF_8));
    }

    public void sendJson(JsonObject json) {
        sendText(json.encode());
    }

    /** A frame as a client sends it (masked). */
    public void send(int opcode, boolean fin, byte[] payload) {
        try {
            ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 14);
            frame.write((fin ? 0x80 : 0) | opcode);
            if (payload.length < 126) {
                frame.write(0x80 | payload.length);
            } else if (payload.length < 65536) {
                frame.write(0x80 | 126);
                frame.write(payload.length >>> 8);
                frame.write(payload.length & 0xff);
            } else {
                frame.write(0x80 | 127);
                for (int shift = 56; shift >= 0; shift -= 8) frame.write((int) ((long) payload.length >>> shift) & 0xff);
            }
            byte[] mask = new byte[4];
            masks.nextBytes(mask);
            frame.write(mask);
            byte[] masked = new byte[payload.length];
            for (int i = 0; i < payload.length; i++) masked[i] = (byte) (payload[i] ^ mask[i & 3]);
            frame.write(masked);
            out.write(frame.toByteArray());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next frame from the server (control frames included); null when the connection ended. */
    public Frame read() {
        try {
            int first = in.read();
            if (first < 0) return null;
            int second = in.readUnsignedByte();
            long length = second & 0x7f;
            if (length == 126) length = in.readUnsignedShort();
            else if (length == 127) length = in.readLong();
            byte[] payload = new byte[(int) length];
            in.readFully(payload);
            return new Frame(first & 0x0f, payload);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no frame from the server within the timeout", e);
        } catch (EOFException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The next text frame as JSON, skipping control frames; fails on a close or the end. */
    public JsonObject readJson() {
        while (true) {
            Frame f = read();
            if (f == null) throw new AssertionError("the connection ended");
            if (f.opcode() == CLOSE) throw new AssertionError("closed by the server with " + f.closeCode());
            if (f.opcode() == TEXT) return f.json();
        }
    }

    /** Reads until the server's close frame; returns its code (or -1 when the connection just ended). */
    public int readClose() {
        while (true) {
            Frame f = read();
            if (f == null) return -1;
            if (f.opcode() == CLOSE) return f.closeCode();
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
