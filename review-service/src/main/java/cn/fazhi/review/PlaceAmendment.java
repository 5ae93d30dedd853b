package cn.fazhi.review;

import cn.fazhi.api.PlaceAmendmentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One recorded change of the register: who recorded what, when, in force from which day. */
@Entity
@Immutable
@Table(name = "place_amendment")
public class PlaceAmendment {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public PlaceAmendmentKind kind;

    public String code;

    public String name;

    @Column(name = "former_name")
    public String formerName;

    @Column(name = "merged_into")
    public String mergedInto;

    /** {@code null} for a change made by a register file (an added place or a corrected name). */
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    public String reason;

    public String actor;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
