package cn.fazhi.api;

/** Where a report stands in its lifecycle (see DOMAIN.md). */
public enum ReportStatus {
    /** A version was submitted and awaits its analysis. */
    SUBMITTED,
    /** Analyzed; a review case is open. */
    IN_REVIEW,
    /** A reviewer sent it back; the township may submit a new version. */
    RETURNED,
    /** The last level of the approval chain approved it. */
    APPROVED,
    /** An admin published it. */
    PUBLISHED
}
