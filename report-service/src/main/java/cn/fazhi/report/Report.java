package cn.fazhi.report;

import cn.fazhi.api.ReportStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One township's annual report for one year: the identity its versions hang on. */
@Entity
@Table(name = "report")
public class Report {

    @Id
    public UUID id;

    @Column(name = "township_code")
    public String townshipCode;

    public int year;

    public String title;

    @Enumerated(EnumType.STRING)
    public ReportStatus status;

    @Column(name = "latest_version")
    public int latestVersion;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
