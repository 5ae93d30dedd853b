package cn.fazhi.review.messaging;

import cn.fazhi.events.EventContract;
import cn.fazhi.messaging.Deliveries;
import cn.fazhi.events.ReportAnalyzed;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.review.service.ReviewService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows the two events a case needs: the submission opens it, the analysis attaches the
 * findings. Repeats are skipped through the inbox; poison goes to the topic's dead-letter topic.
 */
@ApplicationScoped
public class ReportEventsConsumer {

    private final Deliveries deliveries;
    private final ReviewService reviews;

    public ReportEventsConsumer(Deliveries deliveries, ReviewService reviews) {
        this.deliveries = deliveries;
        this.reviews = reviews;
    }

    @Incoming("reports-submitted")
    @Blocking
    public CompletionStage<Void> submitted(KafkaRecordBatch<String, String> records) {
        return deliveries.applyAll(records, EventContract.REPORT_SUBMITTED, ReportSubmitted.class, reviews::submitted);
    }

    @Incoming("reports-analyzed")
    @Blocking
    public CompletionStage<Void> analyzed(KafkaRecordBatch<String, String> records) {
        return deliveries.applyAll(records, EventContract.REPORT_ANALYZED, ReportAnalyzed.class, reviews::analyzed);
    }
}
