package cn.fazhi.review.messaging;

import cn.fazhi.events.EventContract;
import cn.fazhi.events.ReportAnalyzed;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.messaging.CloudEventReader;
import cn.fazhi.messaging.Inbox;
import cn.fazhi.messaging.PoisonEventException;
import cn.fazhi.review.service.ReviewService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows the two events a case needs: the submission opens it, the analysis attaches the
 * findings. Repeats are skipped through the inbox; poison goes to the topic's dead-letter topic.
 */
@ApplicationScoped
public class ReportEventsConsumer {

    private final CloudEventReader reader;
    private final Inbox inbox;
    private final ReviewService reviews;

    public ReportEventsConsumer(CloudEventReader reader, Inbox inbox, ReviewService reviews) {
        this.reader = reader;
        this.inbox = inbox;
        this.reviews = reviews;
    }

    @Incoming("reports-submitted")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = PoisonEventException.class)
    @Transactional
    public void submitted(String value) {
        inbox.applyOnce(reader.read(value, EventContract.REPORT_SUBMITTED, ReportSubmitted.class), reviews::submitted);
    }

    @Incoming("reports-analyzed")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = PoisonEventException.class)
    @Transactional
    public void analyzed(String value) {
        inbox.applyOnce(reader.read(value, EventContract.REPORT_ANALYZED, ReportAnalyzed.class), reviews::analyzed);
    }
}
