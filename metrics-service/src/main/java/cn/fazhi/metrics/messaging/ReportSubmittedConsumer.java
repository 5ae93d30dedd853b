package cn.fazhi.metrics.messaging;

import cn.fazhi.events.EventContract;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.messaging.CloudEventReader;
import cn.fazhi.messaging.Inbox;
import cn.fazhi.messaging.PoisonEventException;
import cn.fazhi.metrics.service.AnalysisService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Analyzes every submitted version. A repeated event is skipped through the inbox; a poison
 * event goes to {@code reports.submitted.dlq}; a transient failure is retried.
 */
@ApplicationScoped
public class ReportSubmittedConsumer {

    private final CloudEventReader reader;
    private final Inbox inbox;
    private final AnalysisService analyses;

    public ReportSubmittedConsumer(CloudEventReader reader, Inbox inbox, AnalysisService analyses) {
        this.reader = reader;
        this.inbox = inbox;
        this.analyses = analyses;
    }

    @Incoming("reports-submitted")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = PoisonEventException.class)
    @Transactional
    public void consume(String value) {
        inbox.applyOnce(reader.read(value, EventContract.REPORT_SUBMITTED, ReportSubmitted.class), analyses::analyze);
    }
}
