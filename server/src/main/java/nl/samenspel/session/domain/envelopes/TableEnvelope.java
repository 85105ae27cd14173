package nl.samenspel.session.domain.envelopes;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The role envelope of one table: who holds which role, who opened theirs, and whether the table has seen them all. */
public final class TableEnvelope {

    private int round;
    private final Map<String, String> roles = new LinkedHashMap<>();
    private final Set<String> opened = new LinkedHashSet<>();
    private boolean revealed;

    public int round() { return round; }

    /** Participant id → role id. Secret: only the holder may see their entry before the reveal. */
    public Map<String, String> roles() { return Map.copyOf(roles); }

    public String roleOf(String participant) { return roles.get(participant); }

    public Set<String> opened() { return Set.copyOf(opened); }

    public boolean hasOpened(String participant) { return opened.contains(participant); }

    public boolean revealed() { return revealed; }

    void deal(Map<String, String> assignment) {
        round++;
        roles.clear();
        roles.putAll(assignment);
        opened.clear();
        revealed = false;
    }

    void assign(String participant, String role) {
        roles.put(participant, role);
    }

    void withdraw(String participant) {
        roles.remove(participant);
        opened.remove(participant);
    }

    void open(String participant) {
        opened.add(participant);
    }

    void reveal() {
        revealed = true;
    }
}
