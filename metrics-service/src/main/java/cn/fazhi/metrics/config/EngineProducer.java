package cn.fazhi.metrics.config;

import cn.fazhi.analysis.IndicatorCatalog;
import cn.fazhi.analysis.ReportAnalyzer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

/** Builds the analysis engine once, at start-up, from the configured catalog. */
public class EngineProducer {

    private static final Logger LOG = Logger.getLogger(EngineProducer.class);

    @Produces
    @ApplicationScoped
    ReportAnalyzer analyzer(MetricsConfig config) {
        IndicatorCatalog catalog = config.catalogPath().map(IndicatorCatalog::load).orElseGet(IndicatorCatalog::defaults);
        LOG.infof("indicator catalog: %d indicators, %d sections from %s", catalog.indicators().size(),
                catalog.sections().size(), config.catalogPath().map(Object::toString).orElse("the engine's default"));
        return new ReportAnalyzer(catalog);
    }
}
