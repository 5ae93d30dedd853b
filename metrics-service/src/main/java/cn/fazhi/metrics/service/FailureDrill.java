package cn.fazhi.metrics.service;

import cn.fazhi.metrics.config.MetricsConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A fault drill: makes the analysis of a text that contains a configured marker fail, so the
 * platform's fault tests can prove that a failed analysis is recorded and reaches the reviewers
 * even though the engine itself no longer fails on any text. Off unless
 * {@code metrics.analysis-failure-drill-marker} is set; never set it in production.
 */
@ApplicationScoped
public class FailureDrill {

    private final MetricsConfig config;

    public FailureDrill(MetricsConfig config) {
        this.config = config;
    }

    void failIfAsked(String text) {
        config.analysisFailureDrillMarker().filter(text::contains).ifPresent(marker -> {
            throw new IllegalStateException("fault drill: the text carries the marker " + marker);
        });
    }
}
