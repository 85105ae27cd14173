package nl.samenspel.session.bus;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageCodec;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.samenspel.session.bus.ActorMessage.Attach;
import nl.samenspel.session.bus.ActorMessage.Inspect;
import nl.samenspel.session.bus.ActorMessage.Join;
import nl.samenspel.session.bus.ActorMessage.Report;
import nl.samenspel.session.bus.ActorMessage.Resync;
import nl.samenspel.session.bus.ActorMessage.Submit;
import nl.samenspel.session.bus.ActorReply.Accepted;
import nl.samenspel.session.bus.ActorReply.Attached;
import nl.samenspel.session.bus.ActorReply.Delivery;
import nl.samenspel.session.bus.ActorReply.Inspected;
import nl.samenspel.session.bus.ActorReply.Outbound;
import nl.samenspel.session.bus.ActorReply.Rejected;
import nl.samenspel.session.bus.ActorReply.Reported;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.view.Audience;

/**
 * The session bus's messages, on one node and between nodes. On one node a message passes as
 * it is (every message type is a record of immutable parts; frames are written once, read
 * many times). Between nodes each type has an explicit binary layout, field by field, so no
 * Java serialization is involved and a frame's bytes cross unchanged; a command travels as its
 * record's JSON with its class name, and only classes that are commands are ever decoded.
 */
public final class BusCodec<T> implements MessageCodec<T, T> {

    private final String name;
    private final Class<T> type;
    private final ObjectMapper json;

    private BusCodec(Class<T> type, ObjectMapper json) {
        this.name = "samenspel-" + type.getSimpleName();
        this.type = type;
        this.json = json;
    }

    /** @param json the records mapper, which reads and writes every command */
    public static void registerAll(EventBus bus, ObjectMapper json) {
        for (Class<?> type : ActorMessage.class.getPermittedSubclasses()) register(bus, type, json);
        for (Class<?> type : ActorReply.class.getPermittedSubclasses()) register(bus, type, json);
    }

    private static <T> void register(EventBus bus, Class<T> type, ObjectMapper json) {
        bus.registerDefaultCodec(type, new BusCodec<>(type, json));
    }

    /** For tests: the codec of one message type. */
    public static <T> BusCodec<T> of(Class<T> type, ObjectMapper json) {
        return new BusCodec<>(type, json);
    }

    @Override
    public void encodeToWire(Buffer out, T message) {
        int start = out.length();
        out.appendInt(0);
        Writer w = new Writer(out);
        Object m = message;
        if (m instanceof Attach a) {
            w.string(a.messageId());
            w.string(a.token());
            out.appendLong(a.lastSeq());
        } else if (m instanceof Join j) {
            w.string(j.messageId());
            w.string(j.name());
            w.string(j.token());
        } else if (m instanceof Submit s) {
            w.string(s.principal());
            w.string(s.messageId());
            w.string(s.command().getClass().getName());
            w.bytes(command(s.command()));
        } else if (m instanceof Resync r) {
            w.string(r.principal());
            out.appendLong(r.lastSeq());
        } else if (m instanceof Report r) {
            w.string(r.token());
        } else if (m instanceof Inspect i) {
            w.string(i.token());
        } else if (m instanceof Attached a) {
            w.string(a.principal());
            out.appendLong(a.seq());
            w.buffer(a.welcome());
            out.appendInt(a.missed().size());
            a.missed().forEach(w::buffer);
            out.appendByte((byte) (a.resumed() ? 1 : 0));
        } else if (m instanceof Accepted a) {
            out.appendLong(a.seq());
        } else if (m instanceof Rejected r) {
            w.string(r.code());
            w.string(r.message());
            w.string(r.field());
        } else if (m instanceof Inspected i) {
            w.string(i.state() == null ? null : i.state().encode());
        } else if (m instanceof Reported r) {
            w.string(r.format());
            w.string(r.report() == null ? null : r.report().encode());
        } else if (m instanceof Outbound o) {
            out.appendLong(o.seq());
            out.appendInt(o.deliveries().size());
            for (Delivery d : o.deliveries()) {
                Audience a = d.audience();
                out.appendByte((byte) ((a.facilitator() ? 1 : 0) | (a.projector() ? 2 : 0) | (a.everyone() ? 4 : 0)));
                w.strings(a.only());
                w.strings(a.except());
                out.appendLong(d.seq());
                w.buffer(d.frame());
            }
        } else {
            throw new IllegalArgumentException("not a session bus message: " + m.getClass().getName());
        }
        out.setInt(start, out.length() - start - 4);
    }

    @Override
    public T decodeFromWire(int pos, Buffer in) {
        Reader r = new Reader(in, pos + 4);
        Object message;
        if (type == Attach.class) message = new Attach(r.string(), r.string(), r.longValue());
        else if (type == Join.class) message = new Join(r.string(), r.string(), r.string());
        else if (type == Submit.class) message = new Submit(r.string(), r.string(), command(r.string(), r.bytes()));
        else if (type == Resync.class) message = new Resync(r.string(), r.longValue());
        else if (type == Report.class) message = new Report(r.string());
        else if (type == Inspect.class) message = new Inspect(r.string());
        else if (type == Attached.class) {
            String principal = r.string();
            long seq = r.longValue();
            Buffer welcome = r.buffer();
            int n = r.intValue();
            List<Buffer> missed = new ArrayList<>(n);
            for (int i = 0; i < n; i++) missed.add(r.buffer());
            message = new Attached(principal, seq, welcome, List.copyOf(missed), r.byteValue() == 1);
        } else if (type == Accepted.class) message = new Accepted(r.longValue());
        else if (type == Rejected.class) message = new Rejected(r.string(), r.string(), r.string());
        else if (type == Inspected.class) message = new Inspected(json(r.string()));
        else if (type == Reported.class) message = new Reported(r.string(), json(r.string()));
        else if (type == Outbound.class) {
            long seq = r.longValue();
            int n = r.intValue();
            List<Delivery> deliveries = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byte flags = r.byteValue();
                Set<String> only = r.strings();
                Set<String> except = r.strings();
                Audience audience = new Audience((flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, only, except);
                deliveries.add(new Delivery(audience, r.longValue(), r.buffer()));
            }
            message = new Outbound(seq, List.copyOf(deliveries));
        } else {
            throw new IllegalStateException("no wire layout for " + type.getName());
        }
        return type.cast(message);
    }

    private byte[] command(Command command) {
        try {
            return json.writeValueAsBytes(command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Command command(String className, byte[] body) {
        try {
            Class<?> c = Class.forName(className, false, Command.class.getClassLoader());
            if (!Command.class.isAssignableFrom(c) || !c.isRecord()) {
                throw new IllegalArgumentException("not a command: " + className);
            }
            return (Command) json.readValue(body, c);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("unknown command " + className + " (a node of another version?)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject json(String text) {
        return text == null ? null : new JsonObject(text);
    }

    @Override
    public T transform(T t) {
        return t;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public byte systemCodecID() {
        return -1;
    }

    private record Writer(Buffer out) {
        void string(String s) {
            if (s == null) {
                out.appendInt(-1);
                return;
            }
            bytes(s.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(byte[] b) {
            out.appendInt(b.length);
            out.appendBytes(b);
        }

        void buffer(Buffer b) {
            out.appendInt(b.length());
            out.appendBuffer(b);
        }

        void strings(Set<String> set) {
            out.appendInt(set.size());
            set.forEach(this::string);
        }
    }

    private static final class Reader {
        private final Buffer in;
        private int pos;

        Reader(Buffer in, int pos) {
            this.in = in;
            this.pos = pos;
        }

        int intValue() {
            int v = in.getInt(pos);
            pos += 4;
            return v;
        }

        long longValue() {
            long v = in.getLong(pos);
            pos += 8;
            return v;
        }

        byte byteValue() {
            return in.getByte(pos++);
        }

        byte[] bytes() {
            int n = intValue();
            byte[] b = in.getBytes(pos, pos + n);
            pos += n;
            return b;
        }

        String string() {
            int n = intValue();
            if (n < 0) return null;
            String s = in.getString(pos, pos + n, "UTF-8");
            pos += n;
            return s;
        }

        Buffer buffer() {
            int n = intValue();
            Buffer b = in.getBuffer(pos, pos + n);
            pos += n;
            return b;
        }

        Set<String> strings() {
            int n = intValue();
            Set<String> out = new HashSet<>();
            for (int i = 0; i < n; i++) out.add(string());
            return out;
        }
    }
}
