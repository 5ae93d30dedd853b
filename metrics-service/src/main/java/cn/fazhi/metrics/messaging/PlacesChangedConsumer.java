package cn.fazhi.metrics.messaging;

import cn.fazhi.events.EventContract;
import cn.fazhi.messaging.Deliveries;
import cn.fazhi.events.PlacesChanged;
import cn.fazhi.metrics.service.PlaceNames;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code places.changed}: the register's names of places, for ORG_MISMATCH. A repeated
 * event is skipped through the inbox, an older one by the places' revisions; a poison event goes
 * to {@code places.changed.dlq}.
 */
@ApplicationScoped
public class PlacesChangedConsumer {

    private final Deliveries deliveries;
    private final PlaceNames places;

    public PlacesChangedConsumer(Deliveries deliveries, PlaceNames places) {
        this.deliveries = deliveries;
        this.places = places;
    }

    @Incoming("places-changed")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return deliveries.applyAll(records, EventContract.PLACES_CHANGED, PlacesChanged.class, places::apply);
    }
}
