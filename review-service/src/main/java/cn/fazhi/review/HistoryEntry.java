package cn.fazhi.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One step in a report's history: who did what, when, from which state to which, and why. */
@Entity
@Immutable
@Table(name = "review_history")
public class HistoryEntry {

    @Id
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    public int version;

    @Column(name = "township_code")
    public String townshipCode;

    public String actor;

    public String action;

    @Column(name = "from_status")
    public String fromStatus;

    @Column(name = "to_status")
    public String toStatus;

    public String reason;

    public OffsetDateTime at;
}
