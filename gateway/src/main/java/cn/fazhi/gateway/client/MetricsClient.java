package cn.fazhi.gateway.client;

import cn.fazhi.api.AnalysisView;
import cn.fazhi.api.AnalyzeDraftRequest;
import cn.fazhi.api.CatalogView;
import cn.fazhi.api.DraftAnalysisView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** metrics-service as the gateway sees it; calls are retried when the service cannot be reached. */
@ApplicationScoped
public class MetricsClient {

    private final MetricsServiceApi api;

    public MetricsClient(@RestClient MetricsServiceApi api) {
        this.api = api;
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public AnalysisView latest(UUID reportId) {
        return api.latest(reportId);
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public AnalysisView ofVersion(UUID reportId, int version) {
        return api.ofVersion(reportId, version);
    }

    /** Retried too: analysing a draft stores nothing, so a repeat is harmless. */
    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    public DraftAnalysisView draft(AnalyzeDraftRequest draft) {
        return api.draft(draft);
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public CatalogView catalog() {
        return api.catalog();
    }
}
