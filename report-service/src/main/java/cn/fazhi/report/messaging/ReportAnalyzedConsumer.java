package cn.fazhi.report.messaging;

import cn.fazhi.events.CloudEvent;
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
import org.jboss.logging.Logger;

/**
 * Follows {@code reports.analyzed}: a report whose newest version is analysed moves to review.
 * Repeats are skipped through the inbox; a poison event goes to {@code reports.analyzed.dlq}.
 */
@ApplicationScoped
public class ReportAnalyzedConsumer {

    private static final Logger LOG = Logger.getLogger(ReportAnalyzedConsumer.class);

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
        CloudEvent<ReportAnalyzed> event = reader.read(value, EventContract.REPORT_ANALYZED, ReportAnalyzed.class);
        if (!inbox.firstDelivery(event)) {
            LOG.infof("event in: %s %s already applied, skipped", event.type(), event.id());
            return;
        }
        LOG.infof("event in: %s %s for report %s v%d", event.type(), event.id(), event.data().reportId(),
                event.data().version());
        reports.analysed(event.data().reportId(), event.data().version());
    }
}
