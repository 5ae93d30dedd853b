package cn.fazhi.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A reviewer's comment on a version, optionally anchored to a passage or to a finding. */
@Entity
@Table(name = "review_comment")
public class ReviewComment {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public String author;

    @Column(name = "author_org")
    public String authorOrg;

    public String level;

    public String text;

    @Column(name = "anchor_start")
    public Integer anchorStart;

    @Column(name = "anchor_end")
    public Integer anchorEnd;

    @Column(name = "finding_code")
    public String findingCode;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
