package nl.samenspel.session.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.function.Function;
import nl.samenspel.json.Json;
import nl.samenspel.session.domain.FormatRules;
import nl.samenspel.session.domain.JournalEntry;
import nl.samenspel.session.domain.SessionEvent;
import nl.samenspel.session.domain.SessionState;
import nl.samenspel.store.StoredEvent;
import nl.samenspel.store.StoredSession;

/** How events and snapshots are written as text in the store, and read back. */
public final class JournalCodec {

    private final EventTypes types;
    private final ObjectMapper records;
    private final ObjectMapper fields;
    private final Function<String, FormatRules> formats;

    public JournalCodec(EventTypes types, Json json, Function<String, FormatRules> formats) {
        this.types = types;
        this.records = json.records();
        this.fields = json.fields();
        this.formats = formats;
    }

    public StoredEvent encode(JournalEntry entry) {
        try {
            return new StoredEvent(entry.seq(), entry.at(), entry.principal(), entry.commandId(),
                    types.nameOf(entry.event()), records.writeValueAsString(entry.event()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JournalEntry decode(StoredEvent stored) {
        try {
            SessionEvent event = records.readValue(stored.body(), types.typeOf(stored.type()));
            return new JournalEntry(stored.seq(), stored.at(), stored.principal(), stored.commandId(), event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String snapshot(SessionState state) {
        try {
            return fields.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SessionState restore(String snapshot) {
        try {
            return fields.readValue(snapshot, SessionState.class).bind(formats);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rebuilds a session from what the store holds: the snapshot, then the events after it. */
    public SessionState replay(StoredSession stored) {
        SessionState state = stored.snapshot() == null ? new SessionState(formats) : restore(stored.snapshot());
        for (StoredEvent e : stored.events()) state.apply(decode(e));
        return state;
    }
}
