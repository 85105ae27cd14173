package nl.samenspel.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a pack against the published schema (docs/content-pack.schema.json, in the jar as
 * schema/content-pack.schema.json): the schema trainers read is the one the server applies.
 * Each problem is named by file, item id and field, e.g. {@code dilemmas.yaml · item
 * 'bezoek' · field 'title.nl'}.
 */
public final class PackSchema {

    public static final String RESOURCE = "schema/content-pack.schema.json";

    private final JsonSchema schema;

    public PackSchema(ObjectMapper mapper) {
        try (InputStream in = PackSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is not on the class path");
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(mapper.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<ContentError> check(RawPack pack) {
        List<ContentError> errors = new ArrayList<>();
        List<ValidationMessage> messages = new ArrayList<>(schema.validate(pack.json()));
        messages.sort(Comparator.comparing(m -> m.getInstanceLocation().toString()));
        for (ValidationMessage m : messages) errors.add(locate(pack, m.getInstanceLocation(), plain(m)));
        return errors;
    }

    /**
     * Turns {@code $.roleSets[0].roles[2].title.nl} into the file of "roleSets", the id of the
     * innermost item with an id on the way (the role), and the field within it ("title.nl").
     */
    private static ContentError locate(RawPack pack, JsonNodePath where, String message) {
        int depth = where.getNameCount();
        if (depth == 0) return ContentError.of(pack.source(), null, null, message);
        String section = String.valueOf(where.getElement(0));
        JsonNode node = pack.json().path(section);
        String item = null;
        int fieldStart = 1;
        for (int i = 1; i < depth; i++) {
            Object part = where.getElement(i);
            node = part instanceof Integer n ? node.path(n) : node.path(String.valueOf(part));
            if (part instanceof Integer && node.path("id").isTextual()) {
                item = node.path("id").asText();
                fieldStart = i + 1;
            }
        }
        StringBuilder field = new StringBuilder(item == null ? section : "");
        for (int i = fieldStart; i < depth; i++) {
            Object part = where.getElement(i);
            if (part instanceof Integer n) field.append('[').append(n).append(']');
            else field.append(field.length() == 0 ? "" : ".").append(part);
        }
        return ContentError.of(pack.fileOf(section), item, field.toString(), message);
    }

    /** The validator's message without its leading JSON path (the location says where). */
    private static String plain(ValidationMessage m) {
        String text = m.getMessage();
        int colon = text.indexOf(": ");
        return colon > 0 && text.startsWith("$") ? text.substring(colon + 2) : text;
    }
}
