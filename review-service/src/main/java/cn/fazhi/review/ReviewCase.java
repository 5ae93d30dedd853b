package cn.fazhi.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The review of one report version. */
@Entity
@Table(name = "review_case")
public class ReviewCase {

    /** Where a case stands before any decision. */
    public enum Status {
        /** The submission is known, its analysis not yet. */
        AWAITING_ANALYSIS,
        /** Findings attached; reviewers can work it. */
        OPEN
    }

    @Id
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    public int version;

    @Column(name = "township_code")
    public String townshipCode;

    public int year;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String title;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "analyzed_at")
    public OffsetDateTime analyzedAt;

    @Column(name = "mention_count")
    public int mentionCount;

    @Column(name = "indicator_count")
    public int indicatorCount;

    /** The analysis findings as a JSON array of {@code FindingView}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String findings;
}
