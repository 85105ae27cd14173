package nl.samenspel.content;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * A content pack: a manifest, the role sets every format may deal from, and the sections
 * each format reads for itself ({@code raw}).
 */
public record ContentPack(String id, Text title, String version, List<String> languages, String author,
                          String licence, List<RoleSet> roleSets, ObjectNode raw) {

    public ContentPack {
        languages = languages == null ? List.of("nl") : List.copyOf(languages);
        roleSets = roleSets == null ? List.of() : List.copyOf(roleSets);
    }

    public Optional<RoleSet> roleSet(String roleSetId) {
        return roleSets.stream().filter(r -> r.id().equals(roleSetId)).findFirst();
    }

    /** The role set to use when none is named: the first one. */
    public Optional<RoleSet> defaultRoleSet() {
        return roleSets.stream().findFirst();
    }
}
