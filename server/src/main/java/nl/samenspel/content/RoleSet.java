package nl.samenspel.content;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The roles an envelope is filled from, in order.
 *
 * @param core the roles every table's envelope holds before any other (the perspectives the
 *             game is about, e.g. client, family carer, volunteer, care professional); empty
 *             when all roles weigh the same
 */
public record RoleSet(String id, Text title, List<Role> roles, List<String> core) {
    public RoleSet {
        roles = roles == null ? List.of() : List.copyOf(roles);
        core = core == null ? List.of() : List.copyOf(core);
        Set<String> ids = new HashSet<>();
        roles.forEach(r -> ids.add(r.id()));
        Set<String> seen = new HashSet<>();
        for (String c : core) {
            if (!ids.contains(c)) throw new IllegalArgumentException("core: '" + c + "' is not a role of the set '" + id + "'");
            if (!seen.add(c)) throw new IllegalArgumentException("core: '" + c + "' appears twice");
        }
    }

    public RoleSet(String id, Text title, List<Role> roles) {
        this(id, title, roles, List.of());
    }

    public Optional<Role> role(String roleId) {
        return roles.stream().filter(r -> r.id().equals(roleId)).findFirst();
    }

    public List<String> roleIds() {
        return roles.stream().map(Role::id).toList();
    }
}
