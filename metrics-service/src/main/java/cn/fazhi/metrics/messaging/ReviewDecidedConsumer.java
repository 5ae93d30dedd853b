package cn.fazhi.metrics.messaging;

import cn.fazhi.events.EventContract;
import cn.fazhi.events.ReviewDecided;
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
 * Follows {@code reviews.decided}: the indicators of the version whose approval is final become the
 * official ones; the event says so, no approval chain is kept here.
 */
@ApplicationScoped
public class ReviewDecidedConsumer {

    private final CloudEventReader reader;
    private final Inbox inbox;
    private final AnalysisService analyses;

    public ReviewDecidedConsumer(CloudEventReader reader, Inbox inbox, AnalysisService analyses) {
        this.reader = reader;
        this.inbox = inbox;
        this.analyses = analyses;
    }

    @Incoming("reviews-decided")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = PoisonEventException.class)
    @Transactional
    public void consume(String value) {
        inbox.applyOnce(reader.read(value, EventContract.REVIEW_DECIDED, ReviewDecided.class),
                analyses::decided);
    }
}
