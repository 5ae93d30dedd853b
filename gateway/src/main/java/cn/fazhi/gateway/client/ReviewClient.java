package cn.fazhi.gateway.client;

import cn.fazhi.api.PageView;
import cn.fazhi.api.ReviewCaseView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.time.temporal.ChronoUnit;
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
    public PageView<ReviewCaseView> list(String status, String township, int page, int size) {
        return api.list(status, township, page, size);
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
}
