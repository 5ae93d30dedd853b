package cn.fazhi.gateway.client;

import cn.fazhi.api.CommentRequest;
import cn.fazhi.api.CommentView;
import cn.fazhi.api.DecisionRequest;
import cn.fazhi.api.HistoryView;
import cn.fazhi.api.PageView;
import cn.fazhi.api.PlaceView;
import cn.fazhi.api.ReviewCaseView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** review-service as the gateway sees it; reads are retried when the service cannot be reached. */
@ApplicationScoped
public class ReviewClient {

    private final ReviewServiceApi api;

    public ReviewClient(@RestClient ReviewServiceApi api) {
        this.api = api;
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public PageView<ReviewCaseView> list(String status, String township, String severity, Boolean late, String level,
            int page, int size) {
        return api.list(status, township, severity, late, level, page, size);
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public ReviewCaseView get(UUID id) {
        return api.get(id);
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public ReviewCaseView ofVersion(UUID reportId, int version) {
        return api.ofVersion(reportId, version);
    }

    /** Decisions and comments are not retried: a repeat would be refused (409) or add a second comment. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public CommentView comment(UUID id, CommentRequest request) {
        return api.comment(id, request);
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public List<CommentView> comments(UUID id) {
        return api.comments(id);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public ReviewCaseView returnToTownship(UUID id, DecisionRequest request) {
        return api.returnToTownship(id, request);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public ReviewCaseView approve(UUID id, DecisionRequest request) {
        return api.approve(id, request);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public ReviewCaseView publish(UUID id) {
        return api.publish(id);
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public List<HistoryView> history(UUID reportId) {
        return api.history(reportId);
    }

    /** Retried: loading the same register twice is the same as once. */
    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    public Map<String, Integer> loadPlaces(String csv) {
        return api.loadPlaces(csv);
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public List<PlaceView> places(String parent) {
        return api.places(parent);
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public PlaceView place(String code) {
        return api.place(code);
    }
}
