package nl.samenspel.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.util.Collection;

/**
 * The two Jackson mappers of the server. {@link #records()} reads and writes records (events,
 * content, messages). {@link #fields()} writes the mutable domain objects field by field, for
 * snapshots, so the domain needs no getters or setters for storage's sake.
 */
public final class Json {

    private final ObjectMapper records;
    private final ObjectMapper fields;

    public Json(Collection<NamedType> subtypes) {
        this.records = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        this.fields = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
        NamedType[] types = subtypes.toArray(NamedType[]::new);
        records.registerSubtypes(types);
        fields.registerSubtypes(types);
    }

    public ObjectMapper records() {
        return records;
    }

    public ObjectMapper fields() {
        return fields;
    }
}
