package cn.fazhi.metrics.config;

import cn.fazhi.analysis.IndicatorCatalog;
import cn.fazhi.analysis.ReportAnalyzer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jboss.logging.Logger;

/** Builds the analysis engine once, at start-up, from the configured catalog, and says which versions they are. */
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

    @Produces
    @jakarta.inject.Singleton
    EngineVersion version(MetricsConfig config) {
        try (InputStream in = config.catalogPath().isPresent() ? Files.newInputStream(config.catalogPath().get())
                : IndicatorCatalog.class.getResourceAsStream(IndicatorCatalog.DEFAULT_RESOURCE)) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            EngineVersion version = new EngineVersion(ReportAnalyzer.ENGINE_VERSION,
                    HexFormat.of().formatHex(digest, 0, 6));
            LOG.infof("analysis engine version %s, catalog version %s", version.engine(), version.catalog());
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
