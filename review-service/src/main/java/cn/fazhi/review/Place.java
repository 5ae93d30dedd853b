package cn.fazhi.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A place of the administrative hierarchy, by its 行政区划代码, and the days it exists. Its names
 * are {@link PlaceName}s; a place is never deleted, so the reports of the years it existed keep it.
 */
@Entity
@Table(name = "place")
public class Place {

    @Id
    public String code;

    @Column(name = "parent_code")
    public String parentCode;

    public String level;

    /** The first day it exists; {@code null}: since the register began. */
    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** The first day it no longer exists; {@code null}: it exists. */
    @Column(name = "valid_until")
    public LocalDate validUntil;

    /** The place that absorbed it, if it was merged. */
    @Column(name = "merged_into")
    public String mergedInto;

    /** Grows with every change of this place (see {@code PlacesChanged.Place#revision}). */
    public long revision;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public boolean existsOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validUntil == null || validUntil.isAfter(day));
    }

    public boolean ended() {
        return validUntil != null;
    }
}
