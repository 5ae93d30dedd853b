package cn.fazhi.messaging;

import cn.fazhi.events.CloudEvent;
import cn.fazhi.events.EventContract;
import cn.fazhi.messaging.fault.TransientFailures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Applies one Kafka record to a consumer's effect, each attempt in its own transaction.
 *
 * <p>Why not {@code @Retry} on a {@code @Transactional} method: the retries then run inside the
 * first attempt's transaction, the first attempt's inbox row survives its failure and every retry
 * skips the event as "already applied" — the event is lost without a trace. Here an attempt that
 * fails rolls back its inbox row together with its effect, and the next attempt starts clean.
 *
 * <ul>
 *   <li>A record that cannot be read as its contract (poison) goes to the dead-letter topic at
 *       once: no retry can fix it.</li>
 *   <li>A transient failure (database restarting, connection cut, serialization conflict; see
 *       {@link TransientFailures}) is retried with backoff for as long as it lasts, so a valid event
 *       is never dead-lettered because a dependency was away.</li>
 *   <li>Any other failure is retried {@code fazhi.delivery.max-attempts} times, then goes to the
 *       dead-letter topic with the reason, the exception class, the attempt count and the consumer
 *       in its headers, where an admin can see it and replay it.</li>
 * </ul>
 * Records of a channel are applied in order (one township's events stay ordered), so a record
 * waiting for the database holds back the ones behind it; they would fail the same way.
 *
 * <p>Under load a poll brings many records; {@link #applyAll} applies them in one transaction (one
 * commit, one relay wake-up for all their outgoing events instead of one each). Should that
 * transaction fail, nothing of it stays and the records are applied one by one as above, so one
 * bad record never takes its neighbours to the dead-letter topic.
 */
@ApplicationScoped
public class Deliveries {

    public static final String ATTEMPTS_HEADER = "dead-letter-attempts";
    public static final String CONSUMER_HEADER = "dead-letter-consumer";

    private static final Logger LOG = Logger.getLogger(Deliveries.class);

    private final CloudEventReader reader;
    private final Inbox inbox;
    private final DeliveryConfig config;
    private final String consumer;
    private volatile boolean stopping;

    public Deliveries(CloudEventReader reader, Inbox inbox, DeliveryConfig config,
            @ConfigProperty(name = "quarkus.application.name") String consumer) {
        this.reader = reader;
        this.inbox = inbox;
        this.config = config;
        this.consumer = consumer;
    }

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Applies the record's event once (through the inbox) and acknowledges it, or sends it to the
     * channel's dead-letter topic. Call from a {@code @Blocking} {@code @Incoming} method.
     */
    public <T extends Record> CompletionStage<Void> apply(Message<String> message, EventContract contract,
            Class<T> type, Consumer<T> effect) {
        CloudEvent<T> event;
        try {
            event = reader.read(message.getPayload(), contract, type);
        } catch (PoisonEventException e) {
            return poison(message, contract, e);
        }
        return applyRead(message, event, effect);
    }

    /**
     * Applies the events of a polled batch in order, all in one transaction, and acknowledges each
     * record; poison records go to the dead-letter topic at once. Should the shared transaction
     * fail, each record is applied on its own ({@link #apply}), with its own retries. Call from a
     * {@code @Blocking} {@code @Incoming} method of a channel with {@code batch=true}.
     */
    public <T extends Record> CompletionStage<Void> applyAll(KafkaRecordBatch<String, String> batch,
            EventContract contract, Class<T> type, Consumer<T> effect) {
        List<CompletionStage<Void>> outcomes = new ArrayList<>();
        List<KafkaRecord<String, String>> records = new ArrayList<>();
        List<CloudEvent<T>> events = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                events.add(reader.read(record.getPayload(), contract, type));
                records.add(record);
            } catch (PoisonEventException e) {
                outcomes.add(poison(record, contract, e));
            }
        }
        boolean together = false;
        if (records.size() > 1) {
            try {
                QuarkusTransaction.requiringNew().run(() -> events.forEach(event -> inbox.applyOnce(event, effect)));
                together = true;
            } catch (RuntimeException e) {
                LOG.infof("event in: a batch of %d on %s failed together (%s), applied one by one", records.size(),
                        contract.topic(), rootMessage(e));
            }
        }
        for (int i = 0; i < records.size(); i++) {
            outcomes.add(together ? records.get(i).ack() : applyRead(records.get(i), events.get(i), effect));
        }
        return CompletableFuture.allOf(outcomes.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new));
    }

    private CompletionStage<Void> poison(Message<String> message, EventContract contract, PoisonEventException e) {
        LOG.warnf("event in: poison on %s, to the dead-letter topic: %s", contract.topic(), e.getMessage());
        return deadLetter(message, e, 1);
    }

    private <T extends Record> CompletionStage<Void> applyRead(Message<String> message, CloudEvent<T> event,
            Consumer<T> effect) {
        Backoff backoff = new Backoff(config.firstBackoff(), config.maxBackoff());
        int attempts = 0;
        int failedAttempts = 0;
        while (true) {
            attempts++;
            try {
                QuarkusTransaction.requiringNew().run(() -> inbox.applyOnce(event, effect));
                if (attempts > 1) {
                    LOG.infof("event in: %s %s applied at attempt %d", event.type(), event.id(), attempts);
                }
                return message.ack();
            } catch (RuntimeException e) {
                boolean passing = TransientFailures.isTransient(e);
                if (!passing) {
                    failedAttempts++;
                }
                if (failedAttempts >= config.maxAttempts()) {
                    LOG.errorf(e, "event in: %s %s failed %d times, to the dead-letter topic", event.type(), event.id(),
                            attempts);
                    return deadLetter(message, e, attempts);
                }
                if (stopping) {
                    LOG.warnf("event in: %s %s not applied before shutdown; it is redelivered after restart",
                            event.type(), event.id());
                    return new CompletableFuture<>();
                }
                LOG.warnf("event in: %s %s attempt %d failed (%s%s), again in %d ms", event.type(), event.id(),
                        attempts, passing ? "transient: " : "", rootMessage(e), backoff.current().toMillis());
                if (!backoff.pause()) {
                    return new CompletableFuture<>();
                }
            }
        }
    }

    private CompletionStage<Void> deadLetter(Message<String> message, Throwable reason, int attempts) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(ATTEMPTS_HEADER, Integer.toString(attempts).getBytes(StandardCharsets.UTF_8));
        headers.add(CONSUMER_HEADER, consumer.getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<Object> metadata = OutgoingKafkaRecordMetadata.builder().withHeaders(headers).build();
        return message.nack(reason, Metadata.of(metadata));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
