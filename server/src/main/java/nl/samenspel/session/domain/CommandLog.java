package nl.samenspel.session.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The most recent client message ids per principal and the sequence number their command
 * reached, so that a command re-sent after a dropped connection is answered, not repeated.
 */
public final class CommandLog {

    private static final int KEEP = 256;

    private final Map<String, LinkedHashMap<String, Long>> byPrincipal = new HashMap<>();

    public OptionalLong seqOf(String principal, String commandId) {
        Map<String, Long> ids = byPrincipal.get(principal);
        Long seq = ids == null ? null : ids.get(commandId);
        return seq == null ? OptionalLong.empty() : OptionalLong.of(seq);
    }

    void record(String principal, String commandId, long seq) {
        if (commandId == null) return;
        LinkedHashMap<String, Long> ids = byPrincipal.computeIfAbsent(principal, p -> new LinkedHashMap<>());
        ids.put(commandId, seq);
        if (ids.size() > KEEP) ids.remove(ids.keySet().iterator().next());
    }
}
