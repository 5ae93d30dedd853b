package cn.fazhi.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A place of the administrative hierarchy, by its 行政区划代码. */
@Entity
@Table(name = "place")
public class Place {

    @Id
    public String code;

    public String name;

    @Column(name = "parent_code")
    public String parentCode;

    public String level;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
