package cn.fazhi.report.messaging;

import cn.fazhi.messaging.Backoff;
import cn.fazhi.messaging.Deliveries;
import cn.fazhi.messaging.fault.TransientFailures;
import cn.fazhi.report.DeadLetter;
import cn.fazhi.report.service.DeadLetters;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Gathers what every consumer of the platform dead-lettered (all {@code *.dlq} topics) into one
 * table, so an admin sees it through the API instead of reading Kafka. The record is kept as it
 * arrived, with what the failing consumer wrote in its headers. A record read twice (redelivery)
 * is stored once, by its position in the dead-letter topic; an event one consumer dead-lettered
 * twice (it was redelivered to it before its offset was committed) waits only once.
 *
 * <p>A dead letter is never dropped here: a failure to store it is retried until it succeeds
 * (the record stays in Kafka meanwhile), because losing it would lose the event it carries.
 */
@ApplicationScoped
public class DeadLetterIngest {

    private static final Logger LOG = Logger.getLogger(DeadLetterIngest.class);

    private final DeadLetters deadLetters;
    private final ObjectMapper json;

    public DeadLetterIngest(DeadLetters deadLetters, ObjectMapper json) {
        this.deadLetters = deadLetters;
        this.json = json;
    }

    @Incoming("dead-letters")
    @Blocking
    public CompletionStage<Void> ingest(Message<String> message) {
        DeadLetter letter = read(message);
        Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(30));
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> deadLetters.record(letter));
                return message.ack();
            } catch (RuntimeException e) {
                if (TransientFailures.isTransient(e)) {
                    LOG.warnf("dead letter from %s not stored yet (database unavailable), again in %d ms", letter.topic,
                            backoff.current().toMillis());
                } else {
                    LOG.errorf(e, "dead letter from %s not stored, again in %d ms", letter.topic, backoff.current().toMillis());
                }
                if (!backoff.pause()) {
                    return new java.util.concurrent.CompletableFuture<>();
                }
            }
        }
    }

    private DeadLetter read(Message<String> message) {
        IncomingKafkaRecordMetadata<?, ?> record = message.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow();
        Headers headers = record.getHeaders();
        DeadLetter letter = new DeadLetter();
        letter.id = UUID.randomUUID();
        letter.dlqTopic = record.getTopic();
        letter.dlqPartition = record.getPartition();
        letter.dlqOffset = record.getOffset();
        letter.topic = header(headers, "dead-letter-topic", record.getTopic().replaceFirst("\\.dlq$", ""));
        letter.recordKey = record.getKey() == null ? null : clean(String.valueOf(record.getKey()));
        letter.consumer = header(headers, Deliveries.CONSUMER_HEADER, null);
        letter.reason = header(headers, "dead-letter-reason", "（未说明原因）");
        letter.exceptionClass = header(headers, "dead-letter-exception-class-name", null);
        letter.attempts = attempts(header(headers, Deliveries.ATTEMPTS_HEADER, null));
        letter.payload = clean(message.getPayload() == null ? "" : message.getPayload());
        letter.deadLetteredAt = record.getTimestamp() == null ? OffsetDateTime.now(ZoneOffset.UTC)
                : record.getTimestamp().atOffset(ZoneOffset.UTC);
        describe(letter);
        return letter;
    }

    /** Reads the event's id, type and subject if the value is a CloudEvent at all; poison may not be. */
    private void describe(DeadLetter letter) {
        try {
            JsonNode event = json.readTree(letter.payload);
            if (event != null && event.isObject()) {
                letter.eventId = text(event, "id");
                letter.eventType = text(event, "type");
                letter.subject = text(event, "subject");
            }
        } catch (Exception e) {
            // not JSON: stored as it came, without id, type or subject
        }
    }

    private static String text(JsonNode event, String field) {
        JsonNode value = event.get(field);
        if (value == null || !value.isTextual()) {
            return null;
        }
        String text = clean(value.asText());
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    private static Integer attempts(String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String header(Headers headers, String name, String fallback) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? fallback : clean(new String(header.value(), StandardCharsets.UTF_8));
    }

    /** PostgreSQL text cannot hold NUL; a poison record may. */
    private static String clean(String value) {
        return value.indexOf('\0') < 0 ? value : value.replace('\0', '\uFFFD');
    }
}
