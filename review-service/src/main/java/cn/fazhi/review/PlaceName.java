package cn.fazhi.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A name of a place and the days it is the place's name; a rename closes one and opens the next. */
@Entity
@Table(name = "place_name")
public class PlaceName {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String name;

    /** {@code null}: since the place exists. */
    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** The day a later name takes over; {@code null}: the latest name. */
    @Column(name = "valid_until")
    public LocalDate validUntil;

    public boolean inForceOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validUntil == null || validUntil.isAfter(day));
    }
}
