package cn.fazhi.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Remembers what a caller's Idempotency-Key produced, so a retried submission is answered, not repeated. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord {

    @EmbeddedId
    public Key id;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** Keys are per caller: two portals may pick the same key. */
    @Embeddable
    public record Key(String caller, String key) implements Serializable {
    }
}
