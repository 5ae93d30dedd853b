package cn.fazhi.gateway.client;

import cn.fazhi.api.CampaignRequest;
import cn.fazhi.api.CampaignView;
import cn.fazhi.api.DiffView;
import cn.fazhi.api.PageView;
import cn.fazhi.api.ReportVersionView;
import cn.fazhi.api.ReportView;
import cn.fazhi.api.ResubmitRequest;
import cn.fazhi.api.SubmitReportRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * report-service as the gateway sees it. Reads are retried when the service cannot be reached; a
 * submission is not (the portal retries it with its Idempotency-Key). What still fails becomes a
 * 503 problem in {@code GatewayProblems}.
 */
@ApplicationScoped
public class ReportClient {

    private final ReportServiceApi api;

    public ReportClient(@RestClient ReportServiceApi api) {
        this.api = api;
    }

    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    public RestResponse<ReportView> submit(SubmitReportRequest request, String idempotencyKey) {
        return api.submit(request, idempotencyKey);
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public ReportView get(UUID id) {
        return api.get(id);
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public ReportVersionView version(UUID id, int number) {
        return api.version(id, number);
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public PageView<ReportView> list(String year, String township, List<String> status, int page, int size) {
        return api.list(year, township, status, page, size);
    }

    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    public ReportView resubmit(UUID id, ResubmitRequest request) {
        return api.resubmit(id, request);
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public DiffView diff(UUID id, int from, int to) {
        return api.diff(id, from, to);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public CampaignView openCampaign(CampaignRequest request) {
        return api.openCampaign(request);
    }

    /** Retried: setting a campaign to the same terms twice is the same as once. */
    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public CampaignView updateCampaign(int year, CampaignRequest request) {
        return api.updateCampaign(year, request);
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public List<CampaignView> campaigns() {
        return api.campaigns();
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public CampaignView campaign(int year) {
        return api.campaign(year);
    }
}
