package nl.samenspel.session.journal;

import java.util.HashMap;
import java.util.Map;
import nl.samenspel.session.domain.SessionEvent;

/**
 * The names events have in the journal. The shared events are named after their record;
 * a format's events carry the format id in front ({@code dilemma.ChoiceMade}).
 */
public final class EventTypes {

    private final Map<String, Class<? extends SessionEvent>> byName = new HashMap<>();
    private final Map<Class<?>, String> byClass = new HashMap<>();

    @SuppressWarnings("unchecked")
    public EventTypes() {
        for (Class<?> type : SessionEvent.class.getPermittedSubclasses()) {
            if (type.isRecord()) register(type.getSimpleName(), (Class<? extends SessionEvent>) type);
        }
    }

    public EventTypes register(String name, Class<? extends SessionEvent> type) {
        if (byName.putIfAbsent(name, type) != null) throw new IllegalArgumentException("event name taken: " + name);
        byClass.put(type, name);
        return this;
    }

    public String nameOf(SessionEvent event) {
        String name = byClass.get(event.getClass());
        if (name == null) throw new IllegalArgumentException("unregistered event " + event.getClass().getName());
        return name;
    }

    public Class<? extends SessionEvent> typeOf(String name) {
        Class<? extends SessionEvent> type = byName.get(name);
        if (type == null) throw new IllegalArgumentException("unknown event in journal: " + name);
        return type;
    }
}
