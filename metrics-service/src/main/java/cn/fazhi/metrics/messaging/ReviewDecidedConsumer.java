package cn.fazhi.metrics.messaging;

import cn.fazhi.events.EventContract;
import cn.fazhi.messaging.Deliveries;
import cn.fazhi.events.ReviewDecided;
import cn.fazhi.metrics.service.AnalysisService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code reviews.decided}: the indicators of the version whose approval is final become the
 * official ones; the event says so, no approval chain is kept here.
 */
@ApplicationScoped
public class ReviewDecidedConsumer {

    private final Deliveries deliveries;
    private final AnalysisService analyses;

    public ReviewDecidedConsumer(Deliveries deliveries, AnalysisService analyses) {
        this.deliveries = deliveries;
        this.analyses = analyses;
    }

    @Incoming("reviews-decided")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return deliveries.applyAll(records, EventContract.REVIEW_DECIDED, ReviewDecided.class, analyses::decided);
    }
}
