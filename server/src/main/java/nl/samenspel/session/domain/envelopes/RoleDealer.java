package nl.samenspel.session.domain.envelopes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Deals roles at one table: distinct within the table, and where the role set allows it,
 * a role each person has not held before. This is a bipartite matching (people to roles,
 * an edge where a role is allowed); it is solved with augmenting paths in random order, so
 * every deal is a fair draw among the allowed ones. When no such deal exists the rule is
 * relaxed step by step: first only the last role held is avoided, then nothing.
 */
public final class RoleDealer {

    private RoleDealer() {}

    public static Map<String, String> deal(List<String> people, List<String> roles,
                                           Map<String, List<String>> history, Random random) {
        if (roles.isEmpty() || people.isEmpty()) return Map.of();
        List<String> order = new ArrayList<>(people);
        Collections.shuffle(order, random);
        List<BiPredicate<String, String>> rules = List.of(
                (person, role) -> !history.getOrDefault(person, List.of()).contains(role),
                (person, role) -> !role.equals(last(history.get(person))),
                (person, role) -> true);
        int fit = Math.min(order.size(), roles.size());
        for (BiPredicate<String, String> allowed : rules) {
            Map<String, String> match = match(order.subList(0, fit), roles, allowed, random);
            if (match.size() == fit) {
                Map<String, String> out = new LinkedHashMap<>(match);
                // More people than roles: the rest share roles, preferring ones new to them.
                for (String person : order.subList(fit, order.size())) {
                    out.put(person, pick(roles, history.getOrDefault(person, List.of()), random));
                }
                return out;
            }
        }
        throw new IllegalStateException("a deal without restrictions always exists");
    }

    /** One role from a table's envelope for someone who arrived after the deal. */
    public static String draw(List<String> roles, Set<String> takenAtTable, List<String> held, Random random) {
        List<String> free = roles.stream().filter(r -> !takenAtTable.contains(r)).toList();
        List<String> fresh = free.stream().filter(r -> !held.contains(r)).toList();
        if (!fresh.isEmpty()) return fresh.get(random.nextInt(fresh.size()));
        if (!free.isEmpty()) return free.get(random.nextInt(free.size()));
        return pick(roles, held, random);
    }

    private static String pick(List<String> roles, List<String> held, Random random) {
        List<String> fresh = roles.stream().filter(r -> !held.contains(r)).toList();
        List<String> from = fresh.isEmpty() ? roles : fresh;
        return from.get(random.nextInt(from.size()));
    }

    private static Map<String, String> match(List<String> people, List<String> roles,
                                             BiPredicate<String, String> allowed, Random random) {
        Map<String, String> personOf = new HashMap<>();
        for (String person : people) {
            List<String> candidates = new ArrayList<>(roles);
            Collections.shuffle(candidates, random);
            augment(person, candidates, allowed, personOf, new HashSet<>(), roles, random);
        }
        Map<String, String> roleOf = new LinkedHashMap<>();
        for (String person : people) {
            personOf.forEach((role, holder) -> {
                if (holder.equals(person)) roleOf.put(person, role);
            });
        }
        return roleOf;
    }

    private static boolean augment(String person, List<String> candidates, BiPredicate<String, String> allowed,
                                   Map<String, String> personOf, Set<String> visited, List<String> roles,
                                   Random random) {
        for (String role : candidates) {
            if (!allowed.test(person, role) || !visited.add(role)) continue;
            String holder = personOf.get(role);
            if (holder == null) {
                personOf.put(role, person);
                return true;
            }
            List<String> again = new ArrayList<>(roles);
            Collections.shuffle(again, random);
            if (augment(holder, again, allowed, personOf, visited, roles, random)) {
                personOf.put(role, person);
                return true;
            }
        }
        return false;
    }

    private static String last(List<String> held) {
        return held == null || held.isEmpty() ? null : held.get(held.size() - 1);
    }
}
