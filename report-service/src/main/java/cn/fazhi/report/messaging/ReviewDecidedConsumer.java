package cn.fazhi.report.messaging;

import cn.fazhi.events.EventContract;
import cn.fazhi.messaging.Deliveries;
import cn.fazhi.events.ReviewDecided;
import cn.fazhi.report.service.ReportService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code reviews.decided}: the report's status is what its reviewers decided, as the event
 * says (the decision and whether it is final), never recomputed from an approval chain.
 */
@ApplicationScoped
public class ReviewDecidedConsumer {

    private final Deliveries deliveries;
    private final ReportService reports;

    public ReviewDecidedConsumer(Deliveries deliveries, ReportService reports) {
        this.deliveries = deliveries;
        this.reports = reports;
    }

    @Incoming("reviews-decided")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return deliveries.applyAll(records, EventContract.REVIEW_DECIDED, ReviewDecided.class, reports::decided);
    }
}
