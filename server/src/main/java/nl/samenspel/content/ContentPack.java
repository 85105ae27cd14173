package nl.samenspel.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * A content pack ready for use: merged with its base, checked. The role sets are read by the
 * shared building blocks; every other section is read by the format it belongs to ({@code raw}).
 *
 * @param builtIn shipped with the server (read-only) rather than made or imported by the organisation
 */
public record ContentPack(String id, Text title, String version, List<String> languages, String author,
                          String licence, String base, List<RoleSet> roleSets, ObjectNode raw, boolean builtIn) {

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

    /** A session template of this pack. */
    public Optional<JsonNode> template(String templateId) {
        for (JsonNode t : raw.path("templates")) if (templateId.equals(t.path("id").asText())) return Optional.of(t);
        return Optional.empty();
    }
}
