package cn.fazhi.report.repository;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a list of reports shows of each version, read without the version's text (up to 200,000
 * characters): the parameter names are the {@code ReportVersion} fields Panache projects.
 */
public record VersionSummary(
        UUID reportId,
        int number,
        String contentHash,
        int length,
        String submittedBy,
        OffsetDateTime submittedAt,
        boolean late) {
}
