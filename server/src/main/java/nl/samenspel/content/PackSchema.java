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
    /** The schema's pattern for a text that must hold more than spaces. */
    private static final String NOT_BLANK = "\\S";

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
        for (ValidationMessage m : messages) errors.add(locate(pack, where(m), plain(m)));
        return errors;
    }

    /**
     * Turns {@code $.roleSets[0].roles[2].title.nl} into the file of "roleSets", the id of the
     * innermost item with an id on the way (the role), and the field within it ("title.nl").
     */
    private static ContentError locate(RawPack pack, JsonNodePath where, String message) {
        List<Object> path = new ArrayList<>();
        for (int i = 0; i < where.getNameCount(); i++) path.add(where.getElement(i));
        return FaultPlace.at(path, pack.json(), pack, message);
    }

    /**
     * Where the problem is: for a field that is missing or should not be there, the field itself
     * rather than the object holding it.
     */
    private static JsonNodePath where(ValidationMessage m) {
        boolean namesAField = List.of("required", "additionalProperties", "propertyNames").contains(String.valueOf(m.getType()));
        return namesAField && m.getProperty() != null ? m.getInstanceLocation().append(m.getProperty()) : m.getInstanceLocation();
    }

    /**
     * The validator's message in words a trainer can act on, without its leading JSON path (the
     * location says where): an empty text, an id or a version that is not one, a field that does
     * not belong.
     */
    private static String plain(ValidationMessage m) {
        String type = String.valueOf(m.getType());
        JsonNode value = m.getInstanceNode();
        String pattern = m.getArguments() != null && m.getArguments().length > 0 ? String.valueOf(m.getArguments()[0]) : "";
        switch (type) {
            case "pattern" -> {
                if (NOT_BLANK.equals(pattern)) return lastName(m.getInstanceLocation()).equals("nl") ? "the Dutch text is missing" : "the text is empty";
                if (pattern.startsWith("^[a-z0-9]")) return quoted(value) + " is not an id: use lower-case letters, digits and -, without spaces";
                if (pattern.startsWith("^[0-9]")) return quoted(value) + " is not a version: three numbers, like 1.0.0";
            }
            case "required" -> {
                return "nl".equals(m.getProperty()) ? "the Dutch text is missing" : "is missing";
            }
            case "additionalProperties" -> {
                return "is not a field here (check the spelling; the schema lists the fields)";
            }
            case "propertyNames" -> {
                return "is not a section name: a lower-case letter, then letters and digits";
            }
            case "false" -> {
                return "does not belong here";
            }
            case "not" -> {
                JsonNode schema = m.getSchemaNode();
                return schema != null && schema.has("enum") ? quoted(value) + " is not allowed here: not one of " + names(schema.get("enum"))
                        : quoted(value) + " is not allowed here";
            }
            case "enum" -> {
                JsonNode schema = m.getSchemaNode();
                if (schema != null && schema.isArray()) return "must be one of " + names(schema);
            }
            default -> { }
        }
        String text = m.getMessage();
        int colon = text.indexOf(": ");
        return colon > 0 && text.startsWith("$") ? text.substring(colon + 2) : text;
    }

    private static String lastName(JsonNodePath path) {
        return path.getNameCount() == 0 ? "" : String.valueOf(path.getElement(path.getNameCount() - 1));
    }

    private static String quoted(JsonNode value) {
        return value != null && value.isTextual() ? "'" + value.asText() + "'" : String.valueOf(value);
    }

    private static String names(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out.toString();
    }
}
