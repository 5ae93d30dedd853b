package cn.fazhi.messaging;

import cn.fazhi.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Makes a consumer idempotent: it records the ids of applied events in the same transaction as
 * their effect, so a redelivered event (Kafka's at-least-once, or the outbox sending twice after
 * a crash) is recognised and skipped.
 */
@ApplicationScoped
public class Inbox {

    private static final String RECORD = """
            insert into processed_event (event_id, event_type, processed_at)
            values (:id, :type, now()) on conflict (event_id) do nothing""";

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /** True the first time an event id is seen; false for every repeat. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(CloudEvent<?> event) {
        return em.createNativeQuery(RECORD)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .executeUpdate() == 1;
    }
}
