package cn.fazhi.metrics.messaging;

import cn.fazhi.events.EventContract;
import cn.fazhi.events.PlacesChanged;
import cn.fazhi.messaging.CloudEventReader;
import cn.fazhi.messaging.Inbox;
import cn.fazhi.messaging.PoisonEventException;
import cn.fazhi.metrics.service.PlaceNames;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code places.changed}: the register's names of places, for ORG_MISMATCH. A repeated
 * event is skipped through the inbox, an older one by the places' revisions; a poison event goes
 * to {@code places.changed.dlq}.
 */
@ApplicationScoped
public class PlacesChangedConsumer {

    private final CloudEventReader reader;
    private final Inbox inbox;
    private final PlaceNames places;

    public PlacesChangedConsumer(CloudEventReader reader, Inbox inbox, PlaceNames places) {
        this.reader = reader;
        this.inbox = inbox;
        this.places = places;
    }

    @Incoming("places-changed")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = PoisonEventException.class)
    @Transactional
    public void consume(String value) {
        inbox.applyOnce(reader.read(value, EventContract.PLACES_CHANGED, PlacesChanged.class), places::apply);
    }
}
