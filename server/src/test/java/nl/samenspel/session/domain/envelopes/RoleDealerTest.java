package nl.samenspel.session.domain.envelopes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleDealerTest {

    private static final List<String> ROLES = List.of("a", "b", "c", "d", "e", "f");
    private static final List<String> TABLE = List.of("p1", "p2", "p3", "p4", "p5");

    @Test
    void rolesAreDistinctWithinATable() {
        for (long seed = 0; seed < 200; seed++) {
            Map<String, String> deal = RoleDealer.deal(TABLE, ROLES, Map.of(), new Random(seed));
            assertEquals(Set.copyOf(TABLE), deal.keySet());
            assertEquals(5, new HashSet<>(deal.values()).size(), "seed " + seed + ": " + deal);
        }
    }

    @Test
    void aRedealGivesEveryoneARoleTheyHaveNotHad() {
        for (long seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            Map<String, List<String>> history = new HashMap<>();
            // Five people, six roles: after one round each has had one role; round 2 must avoid it.
            Map<String, String> first = RoleDealer.deal(TABLE, ROLES, history, random);
            first.forEach((p, r) -> history.computeIfAbsent(p, k -> new ArrayList<>()).add(r));
            Map<String, String> second = RoleDealer.deal(TABLE, ROLES, history, random);
            for (String p : TABLE) assertNotEquals(first.get(p), second.get(p), "seed " + seed);
            assertEquals(5, new HashSet<>(second.values()).size());
        }
    }

    @Test
    void whenEveryRoleWasHeldTheLastOneIsStillAvoided() {
        Map<String, List<String>> history = new HashMap<>();
        for (String p : TABLE) history.put(p, new ArrayList<>(ROLES));
        history.get("p1").add("a");
        Map<String, String> deal = RoleDealer.deal(TABLE, ROLES, history, new Random(3));
        assertNotEquals("a", deal.get("p1"));
        assertEquals(5, new HashSet<>(deal.values()).size());
    }

    @Test
    void moreSeatsThanRolesStillGivesEveryoneARole() {
        List<String> eight = List.of("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8");
        Map<String, String> deal = RoleDealer.deal(eight, ROLES, Map.of(), new Random(1));
        assertEquals(8, deal.size());
        assertEquals(6, new HashSet<>(deal.values()).size(), "all six roles are used before any is repeated");
    }

    @Test
    void theCoreRolesFillTheEnvelopeFirstAndARedealStillGivesEveryoneANewRole() {
        List<String> roles = List.of("x", "a", "y", "b", "c", "d", "z");
        List<String> core = List.of("a", "b", "c", "d");
        for (long seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            Map<String, List<String>> history = new HashMap<>();
            for (int round = 1; round <= 2; round++) {
                Map<String, String> deal = RoleDealer.deal(TABLE, roles, core, history, random);
                assertTrue(deal.values().containsAll(core), "seed " + seed + " round " + round + ": the four core roles are dealt: " + deal);
                assertEquals(5, new HashSet<>(deal.values()).size(), "and one further role for the fifth person");
                for (String p : TABLE) {
                    assertFalse(history.getOrDefault(p, List.of()).contains(deal.get(p)), "seed " + seed + ": " + p + " had this one");
                }
                deal.forEach((p, r) -> history.computeIfAbsent(p, k -> new ArrayList<>()).add(r));
            }
            Map<String, String> four = RoleDealer.deal(TABLE.subList(0, 4), roles, core, Map.of(), random);
            assertEquals(Set.copyOf(core), Set.copyOf(four.values()), "a table of four holds exactly the core");
        }
    }

    @Test
    void aLatecomerDrawsAFreeCoreRoleBeforeAnyOther() {
        List<String> core = List.of("b", "c");
        for (long seed = 0; seed < 50; seed++) {
            assertEquals("c", RoleDealer.draw(ROLES, core, Set.of("a", "b"), List.of(), new Random(seed)));
        }
    }

    @Test
    void aLatecomerDrawsARoleNotYetTakenAtTheTable() {
        for (long seed = 0; seed < 50; seed++) {
            String role = RoleDealer.draw(ROLES, Set.of("a", "b", "c"), List.of("d"), new Random(seed));
            assertTrue(Set.of("e", "f").contains(role), role);
        }
        assertFalse(Set.of("a").contains(RoleDealer.draw(List.of("a", "b"), Set.of("a"), List.of(), new Random(2))));
    }
}
