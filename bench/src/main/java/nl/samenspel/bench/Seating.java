package nl.samenspel.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who of one session sits at which table, and the notes on each table's flip-over, as the
 * facilitator's client learns them: the play needs them to pick a board, a note to vote on and
 * a note's readers. Used on the session's one context only.
 */
final class Seating {

    private final Map<String, String> nameOfParticipant = new HashMap<>();
    private final Map<String, Set<String>> tableMembers = new HashMap<>();
    private final Map<String, String> tableOfName = new HashMap<>();
    private final Map<String, List<String>> notesOfTable = new HashMap<>();
    private final Promise<Void> tablesKnown = Promise.promise();

    /** The server's participant id of the simulated person {@code name}, from their welcome. */
    void joined(String participant, String name) {
        nameOfParticipant.put(participant, name);
    }

    boolean tablesRead() {
        return !tableMembers.isEmpty();
    }

    /** Completes once a snapshot with the tables has been read. */
    Future<Void> tablesKnown() {
        return tablesKnown.future();
    }

    void readTables(JsonObject snapshot) {
        snapshot.getJsonArray("tables").forEach(o -> {
            JsonObject t = (JsonObject) o;
            Set<String> members = new HashSet<>();
            t.getJsonArray("seats").forEach(pid -> {
                String name = nameOfParticipant.get((String) pid);
                members.add(name);
                tableOfName.put(name, t.getString("id"));
            });
            tableMembers.put(t.getString("id"), members);
        });
        tablesKnown.tryComplete();
    }

    /** The table of {@code name}, or null for someone without one (a newcomer). */
    String tableOf(String name) {
        return tableOfName.get(name);
    }

    Set<String> membersOf(String table) {
        return tableMembers.get(table);
    }

    List<String> notesOf(String table) {
        return notesOfTable.getOrDefault(table, List.of());
    }

    /** A note the facilitator saw appear; those on a table's flip-over can get dots. */
    void noteOn(String board, String id) {
        if (board.startsWith("table/")) notesOfTable.computeIfAbsent(board.substring("table/".length()), t -> new ArrayList<>()).add(id);
    }
}
