package nl.samenspel.format.dilemma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.testing.LiveClient;
import nl.samenspel.testing.SessionDriver;

/**
 * The script of {@link DilemmaGameLiveTest}'s game: who is in it, what each person sends in
 * each round, and the plenary's numbers worked out from that script to compare with the server's.
 */
final class DilemmaGameScript {

    private DilemmaGameScript() {
    }

    static final List<String> NAMES = List.of("Anna", "Bram", "Cor", "Dewi", "Eva", "Fatima", "Gert", "Hanna", "Ivo");
    static final List<String> LISTED = List.of("autonomie", "veiligheid", "privacy", "kwaliteit-van-leven", "vertrouwen", "waardigheid");
    static final List<String> SIDES = List.of("a", "b", "middle");
    static final Map<String, String> TITLES = new HashMap<>();

    static {
        DilemmaContent.read(SessionDriver.CONTENT.pack("dilemmaspel").orElseThrow()).values().forEach(v -> TITLES.put(v.id(), v.title().nl()));
    }

    /** One person: their connection, id, table, and what they held. */
    static final class Person {
        final String name;
        final LiveClient client;
        String id;
        String table;
        final Map<Integer, String> role = new HashMap<>();

        Person(String name, LiveClient client) {
            this.name = name;
            this.client = client;
        }
    }

    /** What the script has everyone send: values named, own words, a note, a choice. */
    static List<String> valuesOf(int person, int round) {
        // Sometimes the same value twice: it counts once.
        return List.of(LISTED.get((person + round) % LISTED.size()), LISTED.get((person * 2 + round) % 4));
    }

    static List<String> distinctValuesOf(int person, int round) {
        return valuesOf(person, round).stream().distinct().toList();
    }

    static List<String> ownWordsOf(int person, int round) {
        return person % 4 == 0 ? List.of("Samen optrekken") : List.of();
    }

    static String choiceOf(int person, int round) {
        return SIDES.get((person + round) % 3);
    }

    static String noteOf(Person p, int round) {
        return "Geheim van " + p.name + " in ronde " + round;
    }

    static void checkTally(JsonObject results, List<Person> people, Map<String, List<Person>> byTable,
                            Map<String, Map<Integer, List<Object>>> leadingSent) {
        // Values: how often each was named, over both rounds and all tables.
        Map<String, Integer> named = new HashMap<>();
        Map<String, Integer> leading = new HashMap<>();
        for (int round = 1; round <= 2; round++) {
            for (int i = 0; i < people.size(); i++) {
                for (String v : distinctValuesOf(i, round)) named.merge(v, 1, Integer::sum);
                for (String w : ownWordsOf(i, round)) named.merge("text:" + w.toLowerCase(), 1, Integer::sum);
            }
            for (Map<Integer, List<Object>> perRound : leadingSent.values()) {
                for (Object v : perRound.get(round)) {
                    String key = LISTED.contains(v) ? (String) v : "text:" + ((String) v).toLowerCase();
                    leading.merge(key, 1, Integer::sum);
                }
            }
        }
        JsonArray values = results.getJsonArray("values");
        Map<String, Integer> shownNamed = new LinkedHashMap<>();
        Map<String, Integer> shownLeading = new HashMap<>();
        int previous = Integer.MAX_VALUE;
        for (Object o : values) {
            JsonObject v = (JsonObject) o;
            shownNamed.put(v.getString("key"), v.getInteger("named"));
            if (v.getInteger("leading") > 0) shownLeading.put(v.getString("key"), v.getInteger("leading"));
            assertTrue(v.getInteger("named") <= previous, "largest first");
            previous = v.getInteger("named");
        }
        named.forEach((k, n) -> assertEquals(n, shownNamed.get(k), "named count of " + k));
        assertEquals(leading, shownLeading, "how many tables let each value lead");
        assertEquals(people.size(), results.getInteger("people"));

        // Choices: per side, and per perspective (from the roles each person received).
        for (int round = 1; round <= 2; round++) {
            JsonObject r = results.getJsonArray("rounds").getJsonObject(round - 1);
            assertTrue(r.getBoolean("closed"));
            Map<String, Integer> sides = new HashMap<>();
            Map<String, Map<String, Integer>> perRole = new HashMap<>();
            for (int i = 0; i < people.size(); i++) {
                String c = choiceOf(i, round);
                sides.merge(c, 1, Integer::sum);
                perRole.computeIfAbsent(people.get(i).role.get(round), x -> new HashMap<>()).merge(c, 1, Integer::sum);
            }
            for (String side : SIDES) assertEquals(sides.getOrDefault(side, 0), r.getJsonObject("choices").getInteger(side), side);
            JsonArray byPerspective = r.getJsonArray("byPerspective");
            assertEquals(perRole.size(), byPerspective.size(), "one row per perspective held");
            for (Object o : byPerspective) {
                JsonObject row = (JsonObject) o;
                Map<String, Integer> expected = perRole.get(row.getString("role"));
                for (String side : SIDES) assertEquals(expected.getOrDefault(side, 0), row.getInteger(side), row.getString("role") + " " + side);
            }
            // Each table's leading values, as the table put them on its flip-over.
            for (Object o : r.getJsonArray("tables")) {
                JsonObject table = (JsonObject) o;
                List<String> shown = table.getJsonArray("leading").stream()
                        .map(l -> ((JsonObject) l).getJsonObject("label").getString("nl").toLowerCase()).toList();
                List<String> sent = leadingSent.get(table.getString("table")).get(round).stream()
                        .map(v -> TITLES.getOrDefault((String) v, (String) v).toLowerCase()).toList();
                assertEquals(sent, shown, "leading values of " + table.getString("table") + " in round " + round);
                assertEquals(byTable.get(table.getString("table")).size(), table.getInteger("chose"));
            }
        }
    }
}
