package cn.fazhi.api.contract;

import java.util.List;

/**
 * The services behind the public API and the contract interfaces each of them implements.
 *
 * <p>The one place that says which service answers an operation: the gateway builds its routes
 * from it, and each service's test checks that it implements exactly its own contracts.
 */
public enum PlatformService {
    REPORT_SERVICE("report-service", ReportApi.class, CampaignApi.class, OperationsApi.class),
    METRICS_SERVICE("metrics-service", AnalysisApi.class, FigureApi.class, ReanalysisApi.class,
            IndicatorAnalyticsApi.class),
    REVIEW_SERVICE("review-service", ReviewApi.class, PlaceApi.class);

    private final String serviceName;
    private final List<Class<?>> contracts;

    PlatformService(String serviceName, Class<?>... contracts) {
        this.serviceName = serviceName;
        this.contracts = List.of(contracts);
    }

    /** The service's name: its {@code quarkus.application.name} and the key of its address in the gateway's configuration. */
    public String serviceName() {
        return serviceName;
    }

    public List<Class<?>> contracts() {
        return contracts;
    }
}
