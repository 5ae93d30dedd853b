package cn.fazhi.messaging;

import cn.fazhi.events.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /**
     * Applies an event's effect unless the event was applied before, and logs which it was. Runs
     * in the consumer's transaction, so the effect and the record of it commit together.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends Record> void applyOnce(CloudEvent<T> event, Consumer<T> effect) {
        if (!firstDelivery(event)) {
            LOG.infof("event in: %s %s already applied, skipped", event.type(), event.id());
            return;
        }
        LOG.infof("event in: %s %s about report %s", event.type(), event.id(), event.subject());
        effect.accept(event.data());
    }

    /** True the first time an event id is seen; false for every repeat. */
    private boolean firstDelivery(CloudEvent<?> event) {
        return em.createNativeQuery(RECORD)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .executeUpdate() == 1;
    }
}
