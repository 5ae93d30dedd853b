package cn.fazhi.metrics.messaging;

import cn.fazhi.events.EventContract;
import cn.fazhi.messaging.Deliveries;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.metrics.service.AnalysisService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Analyzes every submitted version. A repeated event is skipped through the inbox; a poison
 * event goes to {@code reports.submitted.dlq}; a transient failure is retried.
 */
@ApplicationScoped
public class ReportSubmittedConsumer {

    private final Deliveries deliveries;
    private final AnalysisService analyses;

    public ReportSubmittedConsumer(Deliveries deliveries, AnalysisService analyses) {
        this.deliveries = deliveries;
        this.analyses = analyses;
    }

    @Incoming("reports-submitted")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return deliveries.applyAll(records, EventContract.REPORT_SUBMITTED, ReportSubmitted.class, analyses::analyze);
    }
}
