package nl.samenspel.content;

import java.util.List;
import java.util.Optional;

public record RoleSet(String id, Text title, List<Role> roles) {
    public RoleSet {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public Optional<Role> role(String roleId) {
        return roles.stream().filter(r -> r.id().equals(roleId)).findFirst();
    }
}
