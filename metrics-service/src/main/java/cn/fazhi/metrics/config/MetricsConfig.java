package cn.fazhi.metrics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/** Settings of metrics-service. */
@ConfigMapping(prefix = "metrics")
public interface MetricsConfig {

    /**
     * An indicator catalog file to use instead of the one shipped with the engine: edit it and
     * restart to add an indicator or a synonym, no rebuild.
     */
    Optional<Path> catalogPath();

    /** Whose calendar says what "today" is, for the name of a draft's township (a draft has no year yet). */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /**
     * Fault drill only (the platform's fault tests): a text containing this marker makes its
     * analysis fail. Unset in production.
     */
    Optional<String> analysisFailureDrillMarker();

    /** The analytics' answers kept in memory (cn.fazhi.metrics.service.AnalyticsAnswers). */
    Analytics analytics();

    interface Analytics {

        /**
         * How many rows (regions, townships) the kept answers may hold in all; the least recently
         * asked go first. A row is a few hundred bytes: the default stays under ≈ 150 MB.
         */
        @WithDefault("500000")
        long rows();

        /**
         * How long this service trusts its copy of the change counters before reading them again: a
         * change made through another instance shows within this time (one made here, at once).
         */
        @WithDefault("250ms")
        java.time.Duration freshness();
    }

    /** Re-analysis of the archive (cn.fazhi.metrics.service.ReanalysisWorker). */
    Reanalysis reanalysis();

    interface Reanalysis {

        /** Versions read, analyzed and stored per transaction: the unit of progress and of resuming. */
        @WithDefault("400")
        int batchSize();

        /** Threads analyzing at once; by default one per core. */
        Optional<Integer> threads();

        /**
         * How long a running re-analysis may go without a sign of life before another start of the
         * service takes it over (its service was stopped or killed mid-run).
         */
        @WithDefault("20s")
        java.time.Duration lease();

        /** How often a service looks for a run left without a worker (read by the scheduler's expression). */
        @WithDefault("10s")
        String adoptEvery();
    }
}
