package cn.fazhi.messaging;

import cn.fazhi.events.CloudEvent;
import cn.fazhi.events.EventContract;
import cn.fazhi.events.Nullable;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;

/**
 * Reads a structured-mode CloudEvent of one contract from a record value, or rejects it as
 * poison. Unknown fields are tolerated so that a producer may add fields before its consumers.
 *
 * <p>Every field of a payload record (and of the records inside it) is required and may not be
 * null: a missing {@code version} must not read as 0, nor a missing {@code finalDecision} as false.
 * Jackson builds records through their canonical constructor, so it is told to fail on a missing
 * or null constructor argument, primitive or not.
 */
@ApplicationScoped
public class CloudEventReader {

    private final ObjectMapper json;

    public CloudEventReader(ObjectMapper json) {
        this.json = json;
    }

    public <T extends Record> CloudEvent<T> read(String value, EventContract contract, Class<T> type) {
        if (contract.payload() != type) {
            throw new IllegalArgumentException(contract + " carries " + contract.payload().getSimpleName());
        }
        JsonNode node = parse(value);
        require(CloudEvent.SPEC_VERSION.equals(node.path("specversion").asText()), "specversion is not 1.0");
        require(contract.type().equals(node.path("type").asText()), "type is not " + contract.type());
        require(!node.path("id").asText().isBlank(), "id is missing");
        require(node.path("data").isObject(), "data is not an object");
        T data = convert(node.get("data"), type);
        return new CloudEvent<>(CloudEvent.SPEC_VERSION, node.get("id").asText(), node.path("source").asText(),
                contract.type(), node.path("subject").asText(null), time(node), node.path("datacontenttype").asText(null),
                data);
    }

    private JsonNode parse(String value) {
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("empty record value");
        }
        try {
            JsonNode node = json.readTree(value);
            require(node != null && node.isObject(), "record value is not a JSON object");
            return node;
        } catch (IOException e) {
            throw new PoisonEventException("record value is not JSON", e);
        }
    }

    private <T> T convert(JsonNode data, Class<T> type) {
        ObjectReader reader = json.readerFor(type)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try {
            T payload = reader.readValue(data);
            requireComplete(payload, type.getSimpleName());
            return payload;
        } catch (IOException e) {
            throw new PoisonEventException("data does not match " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Every field of the payload and of the records inside it is non-null unless it is marked {@link Nullable}. */
    private static void requireComplete(Object value, String path) {
        if (value instanceof Iterable<?> items) {
            int i = 0;
            for (Object item : items) {
                if (item == null) {
                    throw new PoisonEventException("data does not match: " + path + "[" + i + "] is null");
                }
                requireComplete(item, path + "[" + i++ + "]");
            }
            return;
        }
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field;
            try {
                field = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (field == null && !component.isAnnotationPresent(Nullable.class)) {
                throw new PoisonEventException("data does not match: " + path + "." + component.getName() + " is null");
            }
            requireComplete(field, path + "." + component.getName());
        }
    }

    private OffsetDateTime time(JsonNode node) {
        try {
            return node.hasNonNull("time") ? OffsetDateTime.parse(node.get("time").asText()) : null;
        } catch (RuntimeException e) {
            throw new PoisonEventException("time is not RFC 3339", e);
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new PoisonEventException(problem);
        }
    }
}
