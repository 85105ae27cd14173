package nl.samenspel.format.spearheads;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.Set;

/** The thermometer's privacy promise, checked on anything the server sends or exports. */
final class ScoreChecks {

    private ScoreChecks() {
    }

    /**
     * No individual score in a frame: a thermometer's factors hold only count, average and
     * spread; a "mine" map appears only for its owner (owner null: nobody).
     */
    static void assertNoScores(Object json, String owner) {
        if (json instanceof JsonObject o) {
            for (Map.Entry<String, Object> e : o) {
                if (e.getKey().equals("thermometer") && e.getValue() instanceof JsonObject t && t.getValue("factors") instanceof JsonObject factors) {
                    for (Map.Entry<String, Object> factor : factors) {
                        Set<String> keys = ((JsonObject) factor.getValue()).fieldNames();
                        assertTrue(Set.of("count", "average", "spread").containsAll(keys), "only aggregates: " + t);
                    }
                    assertTrue(Set.of("revealed", "raters", "complete", "factors").containsAll(t.fieldNames()), "only aggregates: " + t);
                }
                if (e.getKey().equals("mine") && e.getValue() instanceof JsonObject) {
                    assertNotNull(owner, "someone's own scores went to someone else: " + o);
                }
                assertNoScores(e.getValue(), owner);
            }
        } else if (json instanceof JsonArray a) {
            a.forEach(item -> assertNoScores(item, owner));
        }
    }
}
