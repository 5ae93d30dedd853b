package cn.fazhi.report.messaging;

import cn.fazhi.events.EventContract;
import cn.fazhi.events.ReportAnalyzed;
import cn.fazhi.messaging.CloudEventReader;
import cn.fazhi.messaging.Inbox;
import cn.fazhi.messaging.PoisonEventException;
import cn.fazhi.report.service.ReportService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code reports.analyzed}: a report whose newest version is analyzed moves to review.
 * Repeats are skipped through the inbox; a poison event goes to {@code reports.analyzed.dlq}.
 */
@ApplicationScoped
public class ReportAnalyzedConsumer {

    private final CloudEventReader reader;
    private final Inbox inbox;
    private final ReportService reports;

    public ReportAnalyzedConsumer(CloudEventReader reader, Inbox inbox, ReportService reports) {
        this.reader = reader;
        this.inbox = inbox;
        this.reports = reports;
    }

    @Incoming("reports-analyzed")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = PoisonEventException.class)
    @Transactional
    public void consume(String value) {
        inbox.applyOnce(reader.read(value, EventContract.REPORT_ANALYZED, ReportAnalyzed.class),
                analyzed -> reports.analyzed(analyzed.reportId(), analyzed.version()));
    }
}
