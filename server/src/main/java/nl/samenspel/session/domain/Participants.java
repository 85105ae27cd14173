package nl.samenspel.session.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Everyone who joined a session, in order of arrival. */
public final class Participants {

    private final LinkedHashMap<String, Participant> byId = new LinkedHashMap<>();
    @JsonIgnore
    private Map<String, String> idByTokenHash;

    /** Checks a join and says what it would record. */
    public SessionEvent.ParticipantJoined join(String rawName, String tokenHash, long now) {
        String name = Texts.required("name", rawName, Limits.NAME, false);
        String id = "p" + (byId.size() + 1);
        return new SessionEvent.ParticipantJoined(id, name, labelFor(name), tokenHash, now);
    }

    /** Two people named Anna become "Anna" and "Anna (2)", so they can tell themselves apart. */
    private String labelFor(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        long same = byId.values().stream().filter(p -> p.name().toLowerCase(Locale.ROOT).equals(key)).count();
        return same == 0 ? name : name + " (" + (same + 1) + ")";
    }

    public void apply(SessionEvent.ParticipantJoined e) {
        byId.put(e.participant(), new Participant(e.participant(), e.name(), e.label(), e.tokenHash(), e.at()));
        index().put(e.tokenHash(), e.participant());
    }

    public void apply(SessionEvent.ParticipantRemoved e) {
        Participant p = byId.get(e.participant());
        p.remove();
        index().remove(p.tokenHash());
    }

    void seat(String participantId, String tableId) {
        byId.get(participantId).seatAt(tableId);
    }

    public Optional<Participant> byToken(String tokenHash) {
        String id = index().get(tokenHash);
        return id == null ? Optional.empty() : Optional.of(byId.get(id));
    }

    /** A present participant, or a rejection naming the id. */
    public Participant require(String id) {
        Participant p = id == null ? null : byId.get(id);
        if (p == null || p.removed()) throw Rejection.notFound("participant", id);
        return p;
    }

    public Optional<Participant> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** Present participants in order of arrival. */
    public List<Participant> present() {
        List<Participant> out = new ArrayList<>();
        for (Participant p : byId.values()) if (!p.removed()) out.add(p);
        return out;
    }

    /** Everyone who ever joined, removed people included (reports name who played what). */
    public List<Participant> all() {
        return List.copyOf(byId.values());
    }

    public String labelOf(String id) {
        Participant p = byId.get(id);
        return p == null ? "?" : p.label();
    }

    private Map<String, String> index() {
        if (idByTokenHash == null) {
            idByTokenHash = new HashMap<>();
            byId.values().stream().filter(p -> !p.removed()).forEach(p -> idByTokenHash.put(p.tokenHash(), p.id()));
        }
        return idByTokenHash;
    }
}
