package cn.fazhi.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.interceptor.Interceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Moves committed events from the outbox table to Kafka.
 *
 * <p>Each pass locks a batch of unpublished rows ({@code for update skip locked}, so several
 * instances never send the same row), sends them in order, waits for the broker's
 * acknowledgement and only then stamps them published, all in one transaction. If the broker is
 * away the transaction rolls back and the rows wait for the next pass: delayed, never lost. A
 * crash between send and commit can send an event twice; consumers drop repeats by event id.
 *
 * <p>A pass starts as soon as a transaction that wrote to the outbox commits ({@link #wake()}, on a
 * thread of its own so the committing request does not wait for the broker), and the scheduled
 * pass stays as the safety net (after a crash, or while the broker is away). Passes of one
 * instance never overlap, so one township's events leave in the order they were written.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String PENDING = """
            select * from outbox_event where published_at is null
            order by created_at, id limit :limit for update skip locked""";

    @Inject
    OutboxSender sender;

    @Inject
    EntityManager em;

    @Inject
    OutboxConfig config;

    private volatile boolean failing;
    private volatile boolean ready;
    private final ReentrantLock passing = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final ExecutorService waker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Asks for a pass now: an event was just committed. Coalesced (one queued pass covers any
     * number of commits) and ignored until start-up is complete, after shutdown began and while
     * the broker is away: then the scheduled passes send the event.
     */
    public void wake() {
        if (ready && !failing && wakeQueued.compareAndSet(false, true)) {
            try {
                waker.execute(() -> {
                    wakeQueued.set(false);
                    relayPending();
                });
            } catch (RejectedExecutionException shuttingDown) {
                wakeQueued.set(false); // the next start's first pass sends it
            }
        }
    }

    /** Late among the start-up observers: the messaging channels are wired by now. */
    void started(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 500) StartupEvent event) {
        ready = true;
    }

    void shutdown(@Observes ShutdownEvent event) {
        ready = false;
        waker.shutdownNow();
    }

    @Scheduled(every = "${fazhi.outbox.interval}", delayed = "${fazhi.outbox.start-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPass() {
        if (ready) {
            relayPending();
        }
    }

    /**
     * Runs passes until nothing was asked for meanwhile. A caller that finds a pass running leaves
     * {@code again} set; the running pass sees it after releasing the lock and goes once more.
     */
    void relayPending() {
        again.set(true);
        while (again.get() && passing.tryLock()) {
            try {
                again.set(false);
                relayAll();
            } finally {
                passing.unlock();
            }
        }
    }

    private void relayAll() {
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
            } while (sent == config.batchSize());
            if (failing) {
                failing = false;
                LOG.info("outbox relay: broker reachable again, backlog sent");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("outbox relay: cannot reach the broker, events wait in the outbox (%s)", e.getMessage());
            }
            failing = true;
        }
    }

    @Scheduled(every = "1h", delayed = "1m")
    void deletePublished() {
        if (!ready) {
            return;
        }
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention());
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.delete("publishedAt < ?1", cutoff));
    }

    /** Sends one batch; returns how many events were published. Runs inside a transaction. */
    int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = em.createNativeQuery(PENDING, OutboxEvent.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        // Sent with the transaction suspended (its row locks stay held): otherwise the transaction
        // context propagates to the producer's callback threads, and under load Narayana found them
        // still associated at commit ("committing with 2 threads active") and failed the commit,
        // so a whole acknowledged batch was sent again.
        QuarkusTransaction.suspendingExisting().run(() -> {
            List<Uni<Void>> sends = batch.stream().map(sender::send).toList();
            Uni.join().all(sends).andFailFast().await().atMost(config.sendTimeout());
        });
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (OutboxEvent event : batch) {
            event.publishedAt = now;
            LOG.infof("event out: %s %s to %s key %s", event.eventType, event.id, event.topic, event.eventKey);
        }
        return batch.size();
    }
}
