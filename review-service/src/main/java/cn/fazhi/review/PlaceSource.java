package cn.fazhi.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A published list the register was seeded from, and when: each is loaded once. */
@Entity
@Table(name = "place_source")
public class PlaceSource {

    @Id
    public String name;

    @Column(name = "place_count")
    public int placeCount;

    @Column(name = "loaded_at")
    public OffsetDateTime loadedAt;
}
