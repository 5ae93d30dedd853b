package cn.fazhi.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The stored analysis of one report version. */
@Entity
@Table(name = "analysis")
public class Analysis {

    @Id
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    public int version;

    @Column(name = "township_code")
    public String townshipCode;

    public int year;

    @Column(name = "engine_version")
    public String engineVersion;

    /** The indicator catalog the analysis was made with (see EngineVersion); null before it was kept. */
    @Column(name = "catalog_version")
    public String catalogVersion;

    /** When the archive's re-analysis last rewrote this analysis; null when it never did. */
    @Column(name = "reanalyzed_at")
    public OffsetDateTime reanalyzedAt;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "mention_count")
    public int mentionCount;

    @Column(name = "indicator_count")
    public int indicatorCount;

    @Column(name = "finding_count")
    public int findingCount;

    /** The analysis as served ({@code DraftAnalysisView}) with its {@code schemaVersion}; see AnalysisMapper. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String result;

    @Column(name = "analyzed_at")
    public OffsetDateTime analyzedAt;

    /** SHA-256 of the findings' JSON (AnalysisMapper#findingsDigest); null for analyses made before V16. */
    @Column(name = "findings_digest")
    public String findingsDigest;

    /** Why the automatic analysis failed (the exception); null for an analysis that succeeded. */
    @Column(name = "failure_reason")
    public String failureReason;

    /** The version's text, so that a passage a clerk points at can be checked; null for versions analyzed before V8. */
    public String text;

    /** The report's approved version: its indicators are the official figures. */
    public boolean official;

    /** Published by the province: readable by portals. */
    public boolean published;
}
