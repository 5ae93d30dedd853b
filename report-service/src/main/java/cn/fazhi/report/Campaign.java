package cn.fazhi.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The reporting campaign of one year: deadline and approval chain. */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    public int year;

    public OffsetDateTime deadline;

    /** Comma-separated levels, e.g. {@code COUNTY,PROVINCE}. */
    @Column(name = "approval_chain")
    public String approvalChain;

    @Column(name = "reporting_level")
    public String reportingLevel;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
