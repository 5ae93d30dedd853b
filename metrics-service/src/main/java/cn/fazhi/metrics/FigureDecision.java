package cn.fazhi.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One decision of a township's clerk on one indicator of a submitted version. Never changed:
 * a later decision is a new row with the next revision, and the highest revision counts.
 */
@Entity
@Immutable
@Table(name = "figure_decision")
public class FigureDecision {

    /** What the clerk decided about the figure. */
    public enum Action {
        /** The engine's figure is right. */
        CONFIRMED,
        /** The engine read the right figure with the wrong value. */
        CORRECTED,
        /** What the engine read is no figure of this indicator. */
        REJECTED,
        /** The engine missed a figure the report states (or the clerk states). */
        ADDED
    }

    @Id
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    public int version;

    @Column(name = "township_code")
    public String townshipCode;

    public int year;

    /** The catalogued indicator. */
    public String code;

    /** 1 for the first decision on this indicator of this version, then 2, 3, …; the highest counts. */
    public int revision;

    @Enumerated(EnumType.STRING)
    public Action action;

    /** What the engine read when the clerk decided; null when it read nothing. */
    @Column(name = "engine_value")
    public BigDecimal engineValue;

    /** The figure the clerk answers for (the engine's when confirmed); null when rejected. */
    public BigDecimal value;

    public String unit;

    public String reason;

    @Column(name = "evidence_start")
    public Integer evidenceStart;

    @Column(name = "evidence_end")
    public Integer evidenceEnd;

    @Column(name = "clerk_stated")
    public boolean clerkStated;

    public String actor;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    public boolean hasPassage() {
        return evidenceStart != null && evidenceEnd != null;
    }

    /**
     * Whether the engine, reading the version again since this decision, now disagrees with it: it
     * reads a value ({@code null}: none) that is neither what it read when the clerk decided nor the
     * clerk's figure. The clerk's figure still counts; the disagreement is for a person to look at.
     * An engine that now reads the clerk's figure, or reads what it read before, raises nothing.
     */
    public boolean engineDisagrees(BigDecimal engineNow) {
        return !same(engineNow, engineValue) && !same(engineNow, value);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
