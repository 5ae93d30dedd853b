package cn.fazhi.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The records inside a payload (a list of findings, of places and their names) and the objects
 * of the schema that describe them name the same fields, at every depth.
 */
class NestedPayloadSchemaTest {

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(EventContract.class)
    void everyNestedRecordMatchesItsSchemaObject(EventContract contract) throws IOException {
        try (InputStream in = EventContract.class.getResourceAsStream(contract.schemaResource())) {
            assertNotNull(in, "missing " + contract.schemaResource());
            check(contract.payload(), json.readTree(in), contract.schemaResource());
        }
    }

    private static void check(Class<?> record, JsonNode schema, String where) {
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode property = schema.path("properties").path(component.getName());
            assertEquals(allowsNull(property), component.isAnnotationPresent(Nullable.class),
                    where + " " + component.getName() + ": @Nullable exactly when the schema allows null");
            Class<?> nested = nestedRecord(component.getGenericType());
            if (nested == null) {
                continue;
            }
            JsonNode object = property.has("items") ? property.get("items") : property;
            String at = where + " " + component.getName();
            Set<String> fields = Arrays.stream(nested.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> properties = new TreeSet<>();
            object.path("properties").fieldNames().forEachRemaining(properties::add);
            Set<String> required = new TreeSet<>();
            object.path("required").forEach(r -> required.add(r.asText()));
            assertEquals(fields, properties, "properties of " + at);
            assertEquals(fields, required, "required of " + at);
            check(nested, object, at);
        }
    }

    private static boolean allowsNull(JsonNode property) {
        JsonNode type = property.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if ("null".equals(t.asText())) {
                    return true;
                }
            }
        }
        return "null".equals(type.asText());
    }

    /** R for a component of type R or List&lt;R&gt; where R is a record; otherwise null. */
    private static Class<?> nestedRecord(Type type) {
        if (type instanceof Class<?> c && c.isRecord()) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> c && c.isRecord()) {
            return c;
        }
        return null;
    }
}
