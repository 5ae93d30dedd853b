package cn.fazhi.report.messaging;

import cn.fazhi.events.EventContract;
import cn.fazhi.messaging.Deliveries;
import cn.fazhi.events.ReportAnalyzed;
import cn.fazhi.report.service.ReportService;
import cn.fazhi.report.service.StuckVersions;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code reports.analyzed}: the version is no longer waiting for its analysis, and a report
 * whose newest version is analyzed moves to review.
 * Repeats are skipped through the inbox; a poison event goes to {@code reports.analyzed.dlq}.
 */
@ApplicationScoped
public class ReportAnalyzedConsumer {

    private final Deliveries deliveries;
    private final ReportService reports;
    private final StuckVersions stuck;

    public ReportAnalyzedConsumer(Deliveries deliveries, ReportService reports, StuckVersions stuck) {
        this.stuck = stuck;
        this.deliveries = deliveries;
        this.reports = reports;
    }

    @Incoming("reports-analyzed")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> records) {
        return deliveries.applyAll(records, EventContract.REPORT_ANALYZED, ReportAnalyzed.class, analyzed -> {
                    stuck.analyzed(analyzed.reportId(), analyzed.version());
                    reports.analyzed(analyzed.reportId(), analyzed.version());
                });
    }
}
