package cn.fazhi.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The review of one report version. */
@Entity
@Table(name = "review_case")
public class ReviewCase {

    /** Where a case stands in the workflow. */
    public enum Status {
        /** The submission is known, its analysis not yet. */
        AWAITING_ANALYSIS,
        /** The analysis arrived before the submission, which brings the text and the approval chain. */
        AWAITING_SUBMISSION,
        /** Findings attached; the reviewers of the current level work it. */
        OPEN,
        /** Sent back to the township with feedback; a new version will follow. */
        RETURNED,
        /** Approved by the last level of the chain. */
        APPROVED,
        /** Published by an admin. */
        PUBLISHED,
        /** A newer version of the report replaced this one. */
        SUPERSEDED
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

    /**
     * The levels that approve, comma-separated, e.g. {@code COUNTY,PROVINCE}, as the submission
     * announced them; {@code null} until the submission arrives (no chain is ever assumed).
     */
    @Column(name = "approval_chain")
    public String approvalChain;

    public boolean late;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    /** The version's text, from the submission, to show the passages comments point at. */
    public String text;

    /** The level of the chain that works the case now; {@code null} until the submission arrives. */
    @Column(name = "current_level")
    public String level;

    public String currentLevel() {
        return level;
    }

    /** Takes the chain announced with the submission and puts the case at its first level. */
    public void startChain(List<String> levels) {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("an approval chain has at least one level");
        }
        approvalChain = String.join(",", levels);
        level = levels.get(0);
    }

    /** Whether the submission, and with it the chain, has arrived. */
    public boolean hasChain() {
        return approvalChain != null;
    }

    /** Moves the case to the next level of its chain. */
    public void advance() {
        level = chain().get(chain().indexOf(level) + 1);
    }

    /** Whether the level that works the case now is the last of its chain: its approval approves the version. */
    public boolean atLastLevel() {
        List<String> chain = chain();
        return !chain.isEmpty() && chain.get(chain.size() - 1).equals(level);
    }

    /** The levels that approve, in order; empty until the submission arrives. */
    public List<String> chain() {
        return approvalChain == null ? List.of() : List.of(approvalChain.split(","));
    }

    /** The analysis findings as a JSON array of {@code FindingView}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String findings;
}
