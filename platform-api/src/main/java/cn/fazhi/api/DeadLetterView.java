package cn.fazhi.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An event a consumer could not apply, kept for an admin to replay or discard. {@code payload}
 * (the record as it was sent) is only in the answer about one dead letter.
 */
@Schema(name = "DeadLetter")
public record DeadLetterView(
        UUID id,
        @Schema(description = "the topic the event was consumed from", example = "reports.submitted") String topic,
        @Schema(description = "the CloudEvent id; empty when the record could not be read", example = "4f7f0c0e-5b8e-4b43-9a55-0d52bd4b2c11", nullable = true)
        String eventId,
        @Schema(example = "cn.fazhi.report.submitted", nullable = true) String eventType,
        @Schema(description = "the report the event is about", nullable = true) String subject,
        @Schema(description = "the service whose consumer gave up", example = "metrics-service", nullable = true) String consumer,
        @Schema(description = "why it gave up", example = "data does not match ReportSubmitted: version is null") String reason,
        @Schema(example = "cn.fazhi.messaging.PoisonEventException", nullable = true) String exceptionClass,
        @Schema(description = "attempts made before giving up", example = "1", nullable = true) Integer attempts,
        OffsetDateTime deadLetteredAt,
        @Schema(enumeration = {"WAITING", "REPLAYED", "DISCARDED"}) String status,
        @Schema(nullable = true) OffsetDateTime resolvedAt,
        @Schema(description = "the admin who replayed or discarded it", nullable = true) String resolvedBy,
        @Schema(description = "why it was discarded", nullable = true) String discardReason,
        @Schema(description = "the record's value as sent (only when one dead letter is asked for)", nullable = true)
        String payload) {
}
