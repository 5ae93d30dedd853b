package cn.fazhi.report.messaging;

import cn.fazhi.events.EventContract;
import cn.fazhi.events.ReviewDecided;
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
 * Follows {@code reviews.decided}: the report's status is what its reviewers decided, as the event
 * says (the decision and whether it is final), never recomputed from an approval chain.
 */
@ApplicationScoped
public class ReviewDecidedConsumer {

    private final CloudEventReader reader;
    private final Inbox inbox;
    private final ReportService reports;

    public ReviewDecidedConsumer(CloudEventReader reader, Inbox inbox, ReportService reports) {
        this.reader = reader;
        this.inbox = inbox;
        this.reports = reports;
    }

    @Incoming("reviews-decided")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = PoisonEventException.class)
    @Transactional
    public void consume(String value) {
        inbox.applyOnce(reader.read(value, EventContract.REVIEW_DECIDED, ReviewDecided.class),
                reports::decided);
    }
}
