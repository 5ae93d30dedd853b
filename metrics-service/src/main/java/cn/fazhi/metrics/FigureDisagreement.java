package cn.fazhi.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A clerk's decision that a re-analysis found the engine now disagrees with (see
 * {@link FigureDecision#engineDisagrees}). Kept, never changed: the record of what the new engine
 * read against what the clerk had decided, for a person to look at; the clerk's figure still counts.
 */
@Entity
@Immutable
@Table(name = "figure_disagreement")
public class FigureDisagreement {

    @Id
    public UUID id;

    @Column(name = "reanalysis_id")
    public UUID reanalysisId;

    @Column(name = "report_id")
    public UUID reportId;

    public int version;

    @Column(name = "township_code")
    public String townshipCode;

    public int year;

    public String code;

    @Column(name = "decision_revision")
    public int decisionRevision;

    @Column(name = "clerk_action")
    public String clerkAction;

    @Column(name = "clerk_value")
    public BigDecimal clerkValue;

    @Column(name = "engine_value_then")
    public BigDecimal engineValueThen;

    @Column(name = "engine_value_now")
    public BigDecimal engineValueNow;

    @Column(name = "flagged_at")
    public OffsetDateTime flaggedAt;

    public static FigureDisagreement of(UUID reanalysisId, FigureDecision decision, BigDecimal engineNow,
            OffsetDateTime at) {
        FigureDisagreement flagged = new FigureDisagreement();
        flagged.id = UUID.randomUUID();
        flagged.reanalysisId = reanalysisId;
        flagged.reportId = decision.reportId;
        flagged.version = decision.version;
        flagged.townshipCode = decision.townshipCode;
        flagged.year = decision.year;
        flagged.code = decision.code;
        flagged.decisionRevision = decision.revision;
        flagged.clerkAction = decision.action.name();
        flagged.clerkValue = decision.value;
        flagged.engineValueThen = decision.engineValue;
        flagged.engineValueNow = engineNow;
        flagged.flaggedAt = at;
        return flagged;
    }
}
