package cn.fazhi.review.messaging;

import cn.fazhi.events.EventContract;
import cn.fazhi.events.FigureDecided;
import cn.fazhi.messaging.Deliveries;
import cn.fazhi.review.service.FigureHistory;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code figures.decided}: each clerk's decision on a figure becomes a step of the
 * report's history. A repeated event is skipped through the inbox, so a redelivery writes no
 * second entry; poison goes to {@code figures.decided.dlq}.
 */
@ApplicationScoped
public class FigureEventsConsumer {

    private final Deliveries deliveries;
    private final FigureHistory history;

    public FigureEventsConsumer(Deliveries deliveries, FigureHistory history) {
        this.deliveries = deliveries;
        this.history = history;
    }

    @Incoming("figures-decided")
    @Blocking
    public CompletionStage<Void> decided(KafkaRecordBatch<String, String> records) {
        return deliveries.applyAll(records, EventContract.FIGURE_DECIDED, FigureDecided.class, history::decided);
    }
}
