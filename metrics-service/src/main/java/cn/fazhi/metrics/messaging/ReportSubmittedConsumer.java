package cn.fazhi.metrics.messaging;

import cn.fazhi.events.CloudEvent;
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
import org.jboss.logging.Logger;

/**
 * Analyses every submitted version. A repeated event is skipped through the inbox; a poison
 * event goes to {@code reports.submitted.dlq}; a transient failure is retried.
 */
@ApplicationScoped
public class ReportSubmittedConsumer {

    private static final Logger LOG = Logger.getLogger(ReportSubmittedConsumer.class);

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
        CloudEvent<ReportSubmitted> event = reader.read(value, EventContract.REPORT_SUBMITTED, ReportSubmitted.class);
        if (!inbox.firstDelivery(event)) {
            LOG.infof("event in: %s %s already applied, skipped", event.type(), event.id());
            return;
        }
        LOG.infof("event in: %s %s for report %s v%d", event.type(), event.id(), event.data().reportId(),
                event.data().version());
        analyses.analyse(event.data());
    }
}
