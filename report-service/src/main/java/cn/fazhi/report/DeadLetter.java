package cn.fazhi.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An event a consumer gave up on, as it arrived on a dead-letter topic, and what an admin did with it. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter {

    public enum Status { WAITING, REPLAYED, DISCARDED }

    @Id
    public UUID id;

    /** The topic the event was consumed from, where a replay sends it back. */
    public String topic;

    @Column(name = "dlq_topic")
    public String dlqTopic;

    @Column(name = "dlq_partition")
    public int dlqPartition;

    @Column(name = "dlq_offset")
    public long dlqOffset;

    @Column(name = "record_key")
    public String recordKey;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    public String subject;

    public String consumer;

    public String reason;

    @Column(name = "exception_class")
    public String exceptionClass;

    public Integer attempts;

    public String payload;

    @Column(name = "dead_lettered_at")
    public OffsetDateTime deadLetteredAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "discard_reason")
    public String discardReason;
}
