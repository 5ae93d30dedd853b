package cn.fazhi.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One submitted version of a report. Immutable: a change is a new version. */
@Entity
@Immutable
@Table(name = "report_version")
public class ReportVersion {

    @Id
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    public int number;

    public String title;

    public String text;

    @Column(name = "content_hash")
    public String contentHash;

    public int length;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    /** Submitted after its campaign's deadline. */
    public boolean late;

    /** The levels that approve this version, comma-separated, fixed when it was submitted. */
    @Column(name = "approval_chain")
    public String approvalChain;
}
