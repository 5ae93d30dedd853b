package cn.fazhi.report.repository;

import cn.fazhi.report.DeadLetter;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DeadLetterRepository implements PanacheRepositoryBase<DeadLetter, UUID> {

    private static final String INSERT = """
            insert into dead_letter (id, topic, dlq_topic, dlq_partition, dlq_offset, record_key, event_id, event_type,
                subject, consumer, reason, exception_class, attempts, payload, dead_lettered_at, status)
            values (:id, :topic, :dlqTopic, :dlqPartition, :dlqOffset, :recordKey, :eventId, :eventType, :subject,
                :consumer, :reason, :exceptionClass, :attempts, :payload, :deadLetteredAt, 'WAITING')
            on conflict (dlq_topic, dlq_partition, dlq_offset) do nothing""";

    /** Stores a dead letter unless that record of the dead-letter topic was stored before; true if new. */
    public boolean recordOnce(DeadLetter letter) {
        return getEntityManager().createNativeQuery(INSERT)
                .setParameter("id", letter.id)
                .setParameter("topic", letter.topic)
                .setParameter("dlqTopic", letter.dlqTopic)
                .setParameter("dlqPartition", letter.dlqPartition)
                .setParameter("dlqOffset", letter.dlqOffset)
                .setParameter("recordKey", letter.recordKey)
                .setParameter("eventId", letter.eventId)
                .setParameter("eventType", letter.eventType)
                .setParameter("subject", letter.subject)
                .setParameter("consumer", letter.consumer)
                .setParameter("reason", letter.reason)
                .setParameter("exceptionClass", letter.exceptionClass)
                .setParameter("attempts", letter.attempts)
                .setParameter("payload", letter.payload)
                .setParameter("deadLetteredAt", letter.deadLetteredAt)
                .executeUpdate() == 1;
    }

    /** Newest first, by the topic the events came from (any when null) and status. */
    public PanacheQuery<DeadLetter> list(String topic, DeadLetter.Status status) {
        Sort newest = Sort.by("deadLetteredAt", Sort.Direction.Descending).and("id");
        if (topic == null) {
            return find("status = :status", newest, Parameters.with("status", status));
        }
        return find("status = :status and topic = :topic", newest,
                Parameters.with("status", status).and("topic", topic));
    }

    /** A topic's waiting dead letters, oldest first, locked so two admins never replay one twice. */
    public List<DeadLetter> waitingOf(String topic) {
        return find("status = ?1 and topic = ?2", Sort.by("deadLetteredAt").and("id"), DeadLetter.Status.WAITING, topic)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .list();
    }
}
