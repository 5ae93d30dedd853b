package cn.fazhi.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Keeps the records and their published JSON Schemas from drifting apart. */
class EventContractSchemaTest {

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(EventContract.class)
    void schemaNamesExactlyTheRecordComponents(EventContract contract) throws IOException {
        JsonNode schema = schemaOf(contract);
        Set<String> components = Arrays.stream(contract.payload().getRecordComponents())
                .map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> properties = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> required = new TreeSet<>();
        schema.get("required").forEach(r -> required.add(r.asText()));

        assertEquals(components, properties, "properties of " + contract.schemaResource());
        assertEquals(components, required, "required of " + contract.schemaResource());
        assertEquals(contract.payload().getSimpleName(), schema.get("title").asText());
    }

    @ParameterizedTest
    @EnumSource(EventContract.class)
    void anEnumComponentListsExactlyItsConstants(EventContract contract) throws IOException {
        JsonNode properties = schemaOf(contract).get("properties");
        for (RecordComponent component : contract.payload().getRecordComponents()) {
            if (component.getType().isEnum()) {
                List<String> constants = Arrays.stream(component.getType().getEnumConstants())
                        .map(c -> ((Enum<?>) c).name()).toList();
                List<String> listed = new ArrayList<>();
                properties.get(component.getName()).get("enum").forEach(v -> listed.add(v.asText()));
                assertEquals(constants, listed, component.getName() + " in " + contract.schemaResource());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(EventContract.class)
    void typeResolvesBackToItsContract(EventContract contract) {
        assertEquals(contract, EventContract.ofType(contract.type()));
        assertEquals(contract.topic() + ".dlq", contract.deadLetterTopic());
    }

    private JsonNode schemaOf(EventContract contract) throws IOException {
        try (InputStream in = EventContract.class.getResourceAsStream(contract.schemaResource())) {
            assertNotNull(in, "missing " + contract.schemaResource());
            return json.readTree(in);
        }
    }
}
