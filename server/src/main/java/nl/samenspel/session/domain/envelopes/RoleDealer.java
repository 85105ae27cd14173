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
 * Deals roles at one table: distinct within the table, the set's core roles in the envelope
 * before any other, and where the role set allows it, a role each person has not held before.
 * This is a bipartite matching (people to roles, an edge where a role is allowed); it is solved
 * with augmenting paths in random order, so every deal is a fair draw among the allowed ones.
 * Roles are added core first: an augmenting path never unmatches a role, so the core roles
 * that can be placed are placed (greedy on a transversal matroid). When no deal gives everyone
 * a new role with the core complete, the rule is relaxed step by step: first only the last role
 * held is avoided, then nothing.
 */
public final class RoleDealer {

    private RoleDealer() {}

    public static Map<String, String> deal(List<String> people, List<String> roles,
                                           Map<String, List<String>> history, Random random) {
        return deal(people, roles, List.of(), history, random);
    }

    /** A deal where the {@code core} roles (a subset of {@code roles}) fill the envelope first. */
    public static Map<String, String> deal(List<String> people, List<String> roles, List<String> core,
                                           Map<String, List<String>> history, Random random) {
        if (roles.isEmpty() || people.isEmpty()) return Map.of();
        List<String> first = core.stream().filter(roles::contains).toList();
        List<String> rest = roles.stream().filter(r -> !first.contains(r)).toList();
        List<String> order = new ArrayList<>(people);
        Collections.shuffle(order, random);
        List<BiPredicate<String, String>> rules = List.of(
                (person, role) -> !history.getOrDefault(person, List.of()).contains(role),
                (person, role) -> !role.equals(last(history.get(person))),
                (person, role) -> true);
        int fit = Math.min(order.size(), roles.size());
        int coreFit = Math.min(fit, first.size());
        for (BiPredicate<String, String> allowed : rules) {
            Map<String, String> match = match(order.subList(0, fit), first, rest, allowed, random);
            long coreHeld = match.values().stream().filter(first::contains).count();
            if (match.size() == fit && coreHeld == coreFit) {
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
        return draw(roles, List.of(), takenAtTable, held, random);
    }

    /** As {@link #draw(List, Set, List, Random)}, a free core role before any other. */
    public static String draw(List<String> roles, List<String> core, Set<String> takenAtTable, List<String> held, Random random) {
        List<String> freeCore = core.stream().filter(r -> roles.contains(r) && !takenAtTable.contains(r)).toList();
        if (!freeCore.isEmpty()) {
            List<String> fresh = freeCore.stream().filter(r -> !held.contains(r)).toList();
            List<String> from = fresh.isEmpty() ? freeCore : fresh;
            return from.get(random.nextInt(from.size()));
        }
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

    /** Roles are placed one by one, {@code first} before {@code rest}, each in random order, until everyone has one. */
    private static Map<String, String> match(List<String> people, List<String> first, List<String> rest,
                                             BiPredicate<String, String> allowed, Random random) {
        Map<String, String> roleOfPerson = new HashMap<>();
        for (List<String> group : List.of(first, rest)) {
            List<String> roles = new ArrayList<>(group);
            Collections.shuffle(roles, random);
            for (String role : roles) {
                if (roleOfPerson.size() == people.size()) break;
                augment(role, people, allowed, roleOfPerson, new HashSet<>(), random);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String person : people) {
            if (roleOfPerson.containsKey(person)) out.put(person, roleOfPerson.get(person));
        }
        return out;
    }

    /** Finds a person for {@code role}, moving people already matched along to another allowed role. */
    private static boolean augment(String role, List<String> people, BiPredicate<String, String> allowed,
                                   Map<String, String> roleOfPerson, Set<String> visited, Random random) {
        List<String> candidates = new ArrayList<>(people);
        Collections.shuffle(candidates, random);
        for (String person : candidates) {
            if (!allowed.test(person, role) || !visited.add(person)) continue;
            String held = roleOfPerson.get(person);
            if (held == null || augment(held, people, allowed, roleOfPerson, visited, random)) {
                roleOfPerson.put(person, role);
                return true;
            }
        }
        return false;
    }

    private static String last(List<String> held) {
        return held == null || held.isEmpty() ? null : held.get(held.size() - 1);
    }
}
