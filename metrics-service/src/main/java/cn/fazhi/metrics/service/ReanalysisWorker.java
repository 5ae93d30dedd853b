package cn.fazhi.metrics.service;

import cn.fazhi.analysis.AnalysisContext;
import cn.fazhi.analysis.ReportAnalyzer;
import cn.fazhi.api.DraftAnalysisView;
import cn.fazhi.events.EventContract;
import cn.fazhi.messaging.Outbox;
import cn.fazhi.metrics.FigureDecision;
import cn.fazhi.metrics.FigureDisagreement;
import cn.fazhi.metrics.Reanalysis;
import cn.fazhi.metrics.config.EngineVersion;
import cn.fazhi.metrics.config.MetricsConfig;
import cn.fazhi.metrics.mapping.AnalysisMapper;
import cn.fazhi.metrics.mapping.EngineMapper;
import cn.fazhi.metrics.repository.ArchiveRepository.ArchivedVersion;
import cn.fazhi.metrics.repository.ArchiveRepository.Rewrite;
import cn.fazhi.metrics.repository.ArchiveRepository;
import cn.fazhi.metrics.repository.FigureDecisionRepository;
import cn.fazhi.metrics.repository.FigureDisagreementRepository;
import cn.fazhi.metrics.repository.ReanalysisRepository;
import cn.fazhi.metrics.repository.ReportProgressRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Works through a re-analysis in the background, one batch a transaction: read the next versions
 * after the run's cursor, analyze them on all cores, store the new analyses in one JDBC batch and
 * move the cursor, the storing and the cursor committed together; the next batch is read and
 * analyzed while one is being stored. So a run killed at any moment has either done a batch
 * completely or not at all, and goes on from its cursor; a version already at the current engine and
 * catalog versions is left as it is, so going over it again changes nothing.
 *
 * <p>A run whose worker stopped (its service restarted or killed) is adopted by the next service
 * that finds it silent for longer than the lease; the run's row is locked for each batch, so two
 * services never work on the same batch.
 *
 * <p>What the township's clerk decided about a figure is never touched: where the new reading
 * disagrees with a decision it is recorded as a {@link FigureDisagreement}, in the batch's transaction.
 *
 * <p>A version still in review whose findings the new reading changes is announced again
 * ({@code reports.analyzed}, through the outbox in the batch's transaction), so its reviewers see
 * what the engine finds now; a version already decided keeps the findings it was decided on, and
 * unchanged findings are not announced at all (an engine upgrade does not flood the reviewers).
 */
@ApplicationScoped
public class ReanalysisWorker {

    private static final Logger LOG = Logger.getLogger(ReanalysisWorker.class);

    private final ReanalysisRepository runs;
    private final ArchiveRepository archive;
    private final PlaceNames places;
    private final ReportAnalyzer analyzer;
    private final EngineVersion engine;
    private final AnalysisMapper mapper;
    private final FailureDrill drill;
    private final FigureDecisionRepository decisions;
    private final FigureDisagreementRepository disagreements;
    private final MetricsConfig.Reanalysis config;
    private final AnalyticsUpkeep analytics;
    private final ReportProgressRepository progress;
    private final Outbox outbox;
    private final ExecutorService runner = daemon("reanalysis");
    private final ExecutorService storer = daemon("reanalysis-store");
    private final ForkJoinPool analyzers;
    private final AtomicBoolean working = new AtomicBoolean();
    private volatile boolean stopping;

    public ReanalysisWorker(ReanalysisRepository runs, ArchiveRepository archive, PlaceNames places,
            ReportAnalyzer analyzer, EngineVersion engine, AnalysisMapper mapper, FailureDrill drill,
            FigureDecisionRepository decisions, FigureDisagreementRepository disagreements, MetricsConfig config,
            AnalyticsUpkeep analytics, ReportProgressRepository progress, Outbox outbox) {
        this.analytics = analytics;
        this.progress = progress;
        this.outbox = outbox;
        this.decisions = decisions;
        this.disagreements = disagreements;
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

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        runner.shutdown();
        storer.shutdown();
        runner.awaitTermination(10, TimeUnit.SECONDS);
        storer.awaitTermination(10, TimeUnit.SECONDS);
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
                work(id);
            } catch (RuntimeException | InterruptedException | ExecutionException e) {
                LOG.warnf("re-analysis %s paused (%s); it is taken up again once the lease of %s has passed", id,
                        e.getMessage(), config.lease());
            } finally {
                working.set(false);
            }
        });
    }

    /**
     * Two stages that overlap: this thread reads and analyzes the next batch while the storing thread
     * writes the one before it; one batch waits between them at most. Only the storing stage moves
     * the run (cursor, counts, DONE) and it does so in the batch's transaction, so what is committed is
     * exactly what was stored.
     */
    private void work(UUID id) throws InterruptedException, ExecutionException {
        Reanalysis run = QuarkusTransaction.requiringNew().call(() -> runs.findById(id));
        if (run == null || run.status != Reanalysis.Status.RUNNING) {
            return;
        }
        BlockingQueue<Batch> handoff = new ArrayBlockingQueue<>(1);
        Future<?> storing = storer.submit(() -> store(id, handoff));
        UUID afterReport = run.cursorReport;
        Integer afterVersion = run.cursorVersion;
        boolean more = true;
        while (more && !stopping && !storing.isDone()) {
            Batch batch = read(run, afterReport, afterVersion);
            while (!handoff.offer(batch, 200, TimeUnit.MILLISECONDS)) {
                if (stopping || storing.isDone()) {
                    break;                                 // stopped or cancelled: the batch is read again later
                }
            }
            more = !batch.versions().isEmpty();
            if (more) {
                ArchivedVersion last = batch.versions().get(batch.versions().size() - 1);
                afterReport = last.reportId();
                afterVersion = last.version();
            }
        }
        storing.get();
    }

    /** A batch read and analyzed, to be stored after the cursor it was read from; no versions: the end. */
    private record Batch(UUID afterReport, Integer afterVersion, List<ArchivedVersion> versions, List<Outcome> outcomes) {
    }

    /** The next batch after the cursor, analyzed on all cores (the versions already current are left out). */
    private Batch read(Reanalysis run, UUID afterReport, Integer afterVersion) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<ArchivedVersion> versions = archive.next(run.year, run.regionCode, afterReport, afterVersion,
                    config.batchSize());
            List<ArchivedVersion> due = versions.stream()
                    .filter(v -> !engine.isCurrent(v.engineVersion(), v.catalogVersion())).toList();
            List<String> names = places.namesOf(due.stream().map(ArchivedVersion::townshipCode).toList(),
                    due.stream().map(ArchivedVersion::year).toList());
            List<Outcome> outcomes = analyzers.submit(() -> java.util.stream.IntStream.range(0, due.size()).parallel()
                    .mapToObj(i -> reanalyze(due.get(i), names.get(i))).toList()).join();
            return new Batch(afterReport, afterVersion, versions, outcomes);
        });
    }

    /** The storing stage: one transaction a batch, until the end, a cancellation or another worker's progress. */
    private void store(UUID id, BlockingQueue<Batch> handoff) {
        try {
            boolean more = true;
            while (more && !stopping) {
                Batch batch = handoff.poll(200, TimeUnit.MILLISECONDS);
                if (batch != null) {
                    more = QuarkusTransaction.requiringNew().call(() -> store(id, batch));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stores one batch and moves the run past it; false when the run is over or no longer this worker's to move. */
    boolean store(UUID id, Batch batch) {
        Reanalysis run = runs.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || run.status != Reanalysis.Status.RUNNING) {
            return false;                                  // cancelled
        }
        if (!java.util.Objects.equals(run.cursorReport, batch.afterReport())
                || !java.util.Objects.equals(run.cursorVersion, batch.afterVersion())) {
            LOG.warnf("re-analysis %s moved on elsewhere; this worker stops", id);
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        run.heartbeatAt = now;
        List<ArchivedVersion> versions = batch.versions();
        if (versions.isEmpty()) {
            run.status = Reanalysis.Status.DONE;
            run.finishedAt = now;
            LOG.infof("re-analysis %s done: %d versions, %d analyzed again, %d already current, %d failed, "
                    + "%d disagreements", id, run.done, run.rewritten, run.alreadyCurrent, run.failed, run.disagreements);
            return false;
        }
        List<Rewrite> rewrites = batch.outcomes().stream().map(Outcome::rewrite).toList();
        archive.rewrite(rewrites, Instant.now());
        analytics.reanalyzed(batch.outcomes().stream().map(o -> o.version().reportId()).distinct().toList());
        run.disagreements += flagDisagreements(run.id, batch.outcomes(), now);
        announceChangedFindings(batch.outcomes());
        ArchivedVersion last = versions.get(versions.size() - 1);
        run.cursorReport = last.reportId();
        run.cursorVersion = last.version();
        run.done += versions.size();
        run.alreadyCurrent += versions.size() - rewrites.size();
        run.rewritten += rewrites.size();
        run.failed += rewrites.stream().filter(r -> r.failureReason() != null).count();
        return true;
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

    /** A version analyzed again: what is stored, what the engine now reads, and whether it finds otherwise. */
    private record Outcome(ArchivedVersion version, Rewrite rewrite, DraftAnalysisView result, boolean findingsChanged) {
    }

    /** Announces the versions still in review whose findings changed, for their review cases. */
    private void announceChangedFindings(List<Outcome> outcomes) {
        List<Outcome> changed = outcomes.stream().filter(Outcome::findingsChanged).toList();
        Map<UUID, Integer> inReview = progress.inReview(changed.stream().map(o -> o.version().reportId()).distinct().toList());
        for (Outcome outcome : changed) {
            ArchivedVersion version = outcome.version();
            if (Integer.valueOf(version.version()).equals(inReview.get(version.reportId()))) {
                outbox.append(EventContract.REPORT_ANALYZED, version.townshipCode(), version.reportId().toString(),
                        AnalysisMapper.toEvent(version.reportId(), version.version(), version.townshipCode(), version.year(),
                                outcome.result()));
                LOG.infof("report %s v%d, in review: the engine now finds otherwise (%d findings); announced again",
                        version.reportId(), version.version(), outcome.result().findings().size());
            }
        }
    }

    /**
     * Keeps every clerk's decision on the versions analyzed again as it is, and records each one the
     * new reading disagrees with; returns how many.
     */
    private int flagDisagreements(UUID runId, List<Outcome> outcomes, OffsetDateTime now) {
        Map<String, Outcome> byVersion = new HashMap<>();
        for (Outcome outcome : outcomes) {
            byVersion.put(outcome.version().reportId() + "/" + outcome.version().version(), outcome);
        }
        Set<UUID> reports = new HashSet<>();
        outcomes.forEach(outcome -> reports.add(outcome.version().reportId()));
        int flagged = 0;
        Map<Outcome, Map<String, BigDecimal>> readings = new HashMap<>();
        for (FigureDecision decision : decisions.latestOf(reports)) {
            Outcome outcome = byVersion.get(decision.reportId + "/" + decision.version);
            if (outcome == null) {
                continue;                                 // another version of the report, not in this batch
            }
            BigDecimal engineNow = readings.computeIfAbsent(outcome, ReanalysisWorker::reading).get(decision.code);
            if (decision.engineDisagrees(engineNow)) {
                disagreements.persist(FigureDisagreement.of(runId, decision, engineNow, now));
                flagged++;
                LOG.infof("report %s v%d %s: the engine now reads %s, the clerk's %s %s (the engine read %s then); "
                        + "flagged, the clerk's figure kept", decision.reportId, decision.version, decision.code, engineNow,
                        decision.action, decision.value, decision.engineValue);
            }
        }
        return flagged;
    }

    private static Map<String, BigDecimal> reading(Outcome outcome) {
        Map<String, BigDecimal> values = new HashMap<>();
        outcome.result().indicators().forEach(indicator -> values.putIfAbsent(indicator.code(), indicator.value()));
        return values;
    }

    private Outcome reanalyze(ArchivedVersion version, String townshipName) {
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
        String digest = mapper.findingsDigest(result.findings());
        String before = version.findingsDigest() != null ? version.findingsDigest()
                : version.storedFindings() == null ? null : mapper.storedFindingsDigest(version.storedFindings());
        return new Outcome(version, new Rewrite(version.analysisId(), mapper.toJson(result), engine.engine(),
                engine.catalog(), result.mentions().size(), result.indicators().size(), result.findings().size(), failure,
                digest), result, !digest.equals(before));
    }
}
