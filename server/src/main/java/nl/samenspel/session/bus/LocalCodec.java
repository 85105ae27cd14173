package nl.samenspel.session.bus;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageCodec;

/**
 * Passes immutable messages between verticles of one node without copying. Every message
 * type of the session bus is a record of immutable parts (frames are written once, read
 * many times). A clustered deployment registers a wire codec for these types instead.
 */
public final class LocalCodec<T> implements MessageCodec<T, T> {

    private final String name;

    private LocalCodec(Class<T> type) {
        this.name = "local-" + type.getName();
    }

    public static void registerAll(EventBus bus) {
        for (Class<?> type : ActorMessage.class.getPermittedSubclasses()) register(bus, type);
        for (Class<?> type : ActorReply.class.getPermittedSubclasses()) register(bus, type);
    }

    private static <T> void register(EventBus bus, Class<T> type) {
        bus.registerDefaultCodec(type, new LocalCodec<>(type));
    }

    @Override
    public void encodeToWire(Buffer buffer, T t) {
        throw new UnsupportedOperationException("session messages stay on this node");
    }

    @Override
    public T decodeFromWire(int pos, Buffer buffer) {
        throw new UnsupportedOperationException("session messages stay on this node");
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
}
