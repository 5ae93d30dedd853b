package cn.fazhi.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A township submitted a version of its annual report. Carries the full text so that the
 * analysis and the review case never have to call back into report-service.
 *
 * @param contentHash   SHA-256 of the text, hex; equal hashes mean identical text
 * @param late          submitted after the campaign's deadline
 * @param approvalChain the levels that approve it, in order, e.g. {@code [COUNTY, PROVINCE]}
 */
public record ReportSubmitted(
        UUID reportId,
        int version,
        String townshipCode,
        int year,
        String title,
        String text,
        String contentHash,
        String submittedBy,
        OffsetDateTime submittedAt,
        boolean late,
        List<String> approvalChain) {
}
