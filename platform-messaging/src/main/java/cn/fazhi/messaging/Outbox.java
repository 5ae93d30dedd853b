package cn.fazhi.messaging;

import cn.fazhi.events.CloudEvent;
import cn.fazhi.events.EventContract;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records an event in the caller's transaction. The event reaches Kafka only if the state
 * change that caused it commits, and it reaches Kafka even if the broker is down right now:
 * {@link OutboxRelay} sends it when it can.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final String source;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(ObjectMapper json, @ConfigProperty(name = "quarkus.application.name") String application,
            TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.json = json;
        this.source = "/" + application;
        this.transactions = transactions;
        this.relay = relay;
    }

    /** Once the caller's transaction commits, the relay sends at once instead of at its next poll. */
    private void relayAfterCommit() {
        AfterCommit.run(transactions, relay::wake);
    }

    /**
     * @param key     the Kafka record key: the township code, so one township's events stay ordered
     * @param subject the report the event is about
     * @return the CloudEvent id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(EventContract contract, String key, String subject, Record data) {
        if (!contract.payload().isInstance(data)) {
            throw new IllegalArgumentException(contract + " carries " + contract.payload().getSimpleName());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID id = UUID.randomUUID();
        CloudEvent<Record> event = new CloudEvent<>(CloudEvent.SPEC_VERSION, id.toString(), source,
                contract.type(), subject, now, CloudEvent.DATA_CONTENT_TYPE, data);
        OutboxEvent row = new OutboxEvent();
        row.id = id;
        row.topic = contract.topic();
        row.eventKey = key;
        row.eventType = contract.type();
        row.payload = write(event);
        row.createdAt = now;
        row.persist();
        relayAfterCommit();
        return id;
    }

    /**
     * Sends a record again exactly as it was first sent (an admin replaying a dead letter): the same
     * topic, key and value, hence the same event id, so a consumer that applied it already skips it
     * through its inbox and only the one that failed applies it. The outbox row has an id of its own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID resend(String topic, String key, String eventType, String payload) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.topic = topic;
        row.eventKey = key;
        row.eventType = eventType == null ? "unknown" : eventType;
        row.payload = payload;
        row.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        row.persist();
        relayAfterCommit();
        return row.id;
    }

    private String write(CloudEvent<Record> event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serialisable: " + event.type(), e);
        }
    }
}
