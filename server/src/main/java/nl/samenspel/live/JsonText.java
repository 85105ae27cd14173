package nl.samenspel.live;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a client message as JSON, keeping every number exactly as sent: whole numbers as
 * Integer, Long or BigInteger, the rest as BigDecimal. Vert.x's own decoding turns
 * {@code 1e-400} into 0.0, so a range check after it would accept a number nobody sent.
 * Nesting and number length are bounded, so hostile input costs little.
 */
final class JsonText {

    static final int MAX_DEPTH = 32;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxNumberLength(100).build())
            .build();

    private JsonText() {}

    /** The message as a JSON object; IllegalArgumentException when it is not one. */
    static JsonObject parse(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) throw new IllegalArgumentException("not a JSON object");
            Map<String, Object> object = object(parser);
            if (parser.nextToken() != null) throw new IllegalArgumentException("text after the JSON object");
            return new JsonObject(object);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a JSON object", e);
        }
    }

    private static Map<String, Object> object(JsonParser parser) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            out.put(name, value(parser));
        }
        return out;
    }

    private static List<Object> array(JsonParser parser) throws IOException {
        List<Object> out = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) out.add(value(parser));
        return out;
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IllegalArgumentException("unexpected " + token);
        };
    }
}
