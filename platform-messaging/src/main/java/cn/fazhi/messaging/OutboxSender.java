package cn.fazhi.messaging;

import cn.fazhi.events.CloudEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Hands one outbox row to the Kafka channel, as a structured CloudEvent to the row's topic and key.
 *
 * <p>A bean of its own so that the emitter is injected on the first send, which the relay makes
 * only once the application has started: injected into the relay, the emitter was looked up by
 * the first scheduled pass, which on a slow start came before the messaging channels were wired
 * and logged an ERROR at every start.
 */
@ApplicationScoped
public class OutboxSender {

    @Inject
    @Channel("outbox")
    MutinyEmitter<String> emitter;

    public Uni<Void> send(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.eventKey)
                .withHeaders(headers)
                .build();
        return emitter.sendMessage(Message.of(event.payload).addMetadata(metadata));
    }
}
