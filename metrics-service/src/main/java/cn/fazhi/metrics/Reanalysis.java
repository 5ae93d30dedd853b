package cn.fazhi.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One re-analysis of stored versions: its scope, the versions it brings them to, and how far it got. */
@Entity
@Table(name = "reanalysis")
public class Reanalysis {

    public enum Status {
        RUNNING, DONE, CANCELLED
    }

    @Id
    public UUID id;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;

    public Integer year;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "engine_version")
    public String engineVersion;

    @Column(name = "catalog_version")
    public String catalogVersion;

    public long total;

    @Column(name = "without_text")
    public long withoutText;

    public long done;

    public long rewritten;

    @Column(name = "already_current")
    public long alreadyCurrent;

    public long failed;

    /** Clerks' decisions the new analyses disagree with (see {@link FigureDisagreement}). */
    public long disagreements;

    /** The last version handled, in (report id, version) order: where a resumed run goes on. */
    @Column(name = "cursor_report")
    public UUID cursorReport;

    @Column(name = "cursor_version")
    public Integer cursorVersion;

    @Column(name = "started_by")
    public String startedBy;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    /** Written with every batch: a run whose heartbeat is older than the lease lost its worker. */
    @Column(name = "heartbeat_at")
    public OffsetDateTime heartbeatAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
