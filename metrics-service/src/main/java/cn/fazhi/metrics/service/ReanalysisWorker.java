package cn.fazhi.metrics.service;

import cn.fazhi.analysis.AnalysisContext;
import cn.fazhi.analysis.ReportAnalyzer;
import cn.fazhi.api.DraftAnalysisView;
import cn.fazhi.metrics.Reanalysis;
import cn.fazhi.metrics.config.EngineVersion;
import cn.fazhi.metrics.config.MetricsConfig;
import cn.fazhi.metrics.mapping.AnalysisMapper;
import cn.fazhi.metrics.mapping.EngineMapper;
import cn.fazhi.metrics.repository.ArchiveRepository;
import cn.fazhi.metrics.repository.ArchiveRepository.ArchivedVersion;
import cn.fazhi.metrics.repository.ArchiveRepository.Rewrite;
import cn.fazhi.metrics.repository.PlaceNameRepository;
import cn.fazhi.metrics.repository.ReanalysisRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Works through a re-analysis in the background, one batch a transaction: read the next versions
 * after the run's cursor, analyze them on all cores, store the new analyses in one JDBC batch and
 * move the cursor, all committed together. So a run killed at any moment has either done a batch
 * completely or not at all, and goes on from its cursor; a version already at the current engine and
 * catalog versions is left as it is, so going over it again changes nothing.
 *
 * <p>A run whose worker stopped (its service restarted or killed) is adopted by the next service
 * that finds it silent for longer than the lease; the run's row is locked for each batch, so two
 * services never work on the same batch.
 */
@ApplicationScoped
public class ReanalysisWorker {

    private static final Logger LOG = Logger.getLogger(ReanalysisWorker.class);

    private final ReanalysisRepository runs;
    private final ArchiveRepository archive;
    private final PlaceNameRepository places;
    private final ReportAnalyzer analyzer;
    private final EngineVersion engine;
    private final AnalysisMapper mapper;
    private final FailureDrill drill;
    private final MetricsConfig.Reanalysis config;
    private final AnalyticsUpkeep analytics;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "reanalysis");
        thread.setDaemon(true);
        return thread;
    });
    private final ForkJoinPool analyzers;
    private final AtomicBoolean working = new AtomicBoolean();
    private volatile boolean stopping;

    public ReanalysisWorker(ReanalysisRepository runs, ArchiveRepository archive, PlaceNameRepository places,
            ReportAnalyzer analyzer, EngineVersion engine, AnalysisMapper mapper, FailureDrill drill,
            MetricsConfig config, AnalyticsUpkeep analytics) {
        this.analytics = analytics;
        this.runs = runs;
        this.archive = archive;
        this.places = places;
        this.analyzer = analyzer;
        this.engine = engine;
        this.mapper = mapper;
        this.drill = drill;
        this.config = config.reanalysis();
        this.analyzers = new ForkJoinPool(this.config.threads().orElse(Runtime.getRuntime().availableProcessors()));
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        runner.shutdown();
        runner.awaitTermination(10, TimeUnit.SECONDS);
        analyzers.shutdownNow();
    }

    /** Starts working on the run here, unless this service already works on one. */
    public void launch(UUID id) {
        if (stopping || !working.compareAndSet(false, true)) {
            return;
        }
        runner.execute(() -> {
            try {
                // The beans the analyzing threads call are created here, on a thread ArC knows: created
                // lazily from inside the fork-join pool they failed ("synthetic injection point").
                analyzer.catalog();
                drill.failIfAsked("");
                while (!stopping && QuarkusTransaction.requiringNew().call(() -> batch(id))) {
                    // one batch a transaction
                }
            } catch (RuntimeException e) {
                LOG.warnf("re-analysis %s paused (%s); it is taken up again once the lease of %s has passed", id,
                        e.getMessage(), config.lease());
            } finally {
                working.set(false);
            }
        });
    }

    /** Adopts a running re-analysis whose worker went silent (its service stopped mid-run). */
    @Scheduled(every = "${metrics.reanalysis.adopt-every:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void adoptAbandoned() {
        if (working.get() || stopping) {
            return;
        }
        OffsetDateTime silentSince = OffsetDateTime.now(ZoneOffset.UTC).minus(config.lease());
        Optional<UUID> adopted = QuarkusTransaction.requiringNew().call(() -> runs.abandoned(silentSince).map(run -> {
            run.heartbeatAt = OffsetDateTime.now(ZoneOffset.UTC);
            return run.id;
        }));
        adopted.ifPresent(id -> {
            LOG.infof("re-analysis %s: its worker went silent, going on from its cursor", id);
            launch(id);
        });
    }

    /** One batch; false when there is nothing more to do for this run. */
    boolean batch(UUID id) {
        Reanalysis run = runs.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || run.status != Reanalysis.Status.RUNNING) {
            return false;
        }
        List<ArchivedVersion> versions = archive.next(run.year, run.regionCode, run.cursorReport, run.cursorVersion,
                config.batchSize());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (versions.isEmpty()) {
            run.status = Reanalysis.Status.DONE;
            run.finishedAt = now;
            run.heartbeatAt = now;
            LOG.infof("re-analysis %s done: %d versions, %d analyzed again, %d already current, %d failed", id,
                    run.done, run.rewritten, run.alreadyCurrent, run.failed);
            return false;
        }
        List<ArchivedVersion> due = versions.stream()
                .filter(v -> !engine.isCurrent(v.engineVersion(), v.catalogVersion())).toList();
        List<String> names = new ArrayList<>(due.size());
        for (ArchivedVersion version : due) {
            names.add(places.nameOn(version.townshipCode(), LocalDate.of(version.year(), 12, 31)).orElse(null));
        }
        List<Rewrite> rewrites = analyzers.submit(() -> java.util.stream.IntStream.range(0, due.size()).parallel()
                .mapToObj(i -> reanalyze(due.get(i), names.get(i))).toList()).join();
        archive.rewrite(rewrites, Instant.now());
        analytics.reanalyzed(due.stream().map(ArchivedVersion::reportId).distinct().toList());
        ArchivedVersion last = versions.get(versions.size() - 1);
        run.cursorReport = last.reportId();
        run.cursorVersion = last.version();
        run.done += versions.size();
        run.alreadyCurrent += versions.size() - due.size();
        run.rewritten += rewrites.size();
        run.failed += rewrites.stream().filter(r -> r.failureReason() != null).count();
        run.heartbeatAt = now;
        return true;
    }

    private Rewrite reanalyze(ArchivedVersion version, String townshipName) {
        DraftAnalysisView result;
        String failure = null;
        try {
            drill.failIfAsked(version.text());
            result = EngineMapper.toView(analyzer.analyze(version.text(), new AnalysisContext(version.year(), townshipName)));
        } catch (RuntimeException | StackOverflowError e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.errorf(e, "report %s v%d: the automatic analysis failed again; recorded as failed", version.reportId(),
                    version.version());
            result = FailedAnalysis.of(engine.engine());
        }
        return new Rewrite(version.analysisId(), mapper.toJson(result), engine.engine(), engine.catalog(),
                result.mentions().size(), result.indicators().size(), result.findings().size(), failure);
    }
}
