package cn.fazhi.metrics.service;

import cn.fazhi.analysis.AnalysisContext;
import cn.fazhi.analysis.ReportAnalyzer;
import cn.fazhi.api.AnalysisView;
import cn.fazhi.api.AnalyzeDraftRequest;
import cn.fazhi.api.CatalogView;
import cn.fazhi.api.DraftAnalysisView;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.api.Roles;
import cn.fazhi.common.security.Caller;
import cn.fazhi.events.EventContract;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.events.ReviewDecided;
import cn.fazhi.messaging.Outbox;
import cn.fazhi.metrics.Analysis;
import cn.fazhi.metrics.mapping.AnalysisMapper;
import cn.fazhi.metrics.mapping.EngineMapper;
import cn.fazhi.metrics.config.EngineVersion;
import cn.fazhi.metrics.repository.AnalysisRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Analyzes each submitted version once, stores the result and announces it in the same
 * transaction; serves stored analyses to those who may read the township's report.
 */
@ApplicationScoped
public class AnalysisService {

    private static final Logger LOG = Logger.getLogger(AnalysisService.class);

    private final ReportAnalyzer analyzer;
    private final PlaceNames places;
    private final AnalysisRepository analyses;
    private final AnalysisMapper mapper;
    private final Outbox outbox;
    private final FailureDrill drill;
    private final EngineVersion engine;
    private final AnalyticsUpkeep analytics;

    public AnalysisService(ReportAnalyzer analyzer, PlaceNames places, AnalysisRepository analyses,
            AnalysisMapper mapper, Outbox outbox, FailureDrill drill, EngineVersion engine, AnalyticsUpkeep analytics) {
        this.analytics = analytics;
        this.drill = drill;
        this.engine = engine;
        this.analyzer = analyzer;
        this.places = places;
        this.analyses = analyses;
        this.mapper = mapper;
        this.outbox = outbox;
    }

    /** The clerk's "check my draft": the same analysis as after submitting, nothing stored. */
    public DraftAnalysisView draft(AnalyzeDraftRequest draft) {
        AnalysisContext context = new AnalysisContext(draft.year(),
                places.nameOf(draft.townshipCode(), draft.year()).orElse(null));
        try {
            drill.failIfAsked(draft.text());
            return EngineMapper.toView(analyzer.analyze(draft.text(), context));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.errorf(e, "a draft's automatic analysis failed; answered with the failure finding");
            return FailedAnalysis.of(ReportAnalyzer.ENGINE_VERSION);
        }
    }

    public CatalogView catalog() {
        return EngineMapper.toView(analyzer.catalog());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void analyze(ReportSubmitted submitted) {
        if (analyses.find(submitted.reportId(), submitted.version()).isPresent()) {
            LOG.infof("report %s v%d already analyzed", submitted.reportId(), submitted.version());
            return;
        }
        long started = System.nanoTime();
        String failure = null;
        DraftAnalysisView result;
        AnalysisContext context = new AnalysisContext(submitted.year(),
                places.nameOf(submitted.townshipCode(), submitted.year()).orElse(null));
        try {
            // Only the engine is inside: a database failure is not the analysis failing.
            drill.failIfAsked(submitted.text());
            result = EngineMapper.toView(analyzer.analyze(submitted.text(), context));
        } catch (RuntimeException | StackOverflowError e) {
            // The engine is meant never to throw; should it still, the version is not lost: its
            // analysis is recorded as failed and its review case opens with a finding that says so.
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.errorf(e, "report %s v%d: the automatic analysis failed; recorded as failed", submitted.reportId(),
                    submitted.version());
            result = FailedAnalysis.of(ReportAnalyzer.ENGINE_VERSION);
        }
        Analysis analysis = new Analysis();
        analysis.id = UUID.randomUUID();
        analysis.reportId = submitted.reportId();
        analysis.version = submitted.version();
        analysis.townshipCode = submitted.townshipCode();
        analysis.year = submitted.year();
        analysis.engineVersion = result.engineVersion();
        analysis.catalogVersion = engine.catalog();
        analysis.contentHash = submitted.contentHash();
        analysis.text = submitted.text();
        analysis.mentionCount = result.mentions().size();
        analysis.indicatorCount = result.indicators().size();
        analysis.findingCount = result.findings().size();
        analysis.result = mapper.toJson(result);
        analysis.findingsDigest = mapper.findingsDigest(result.findings());
        analysis.analyzedAt = OffsetDateTime.now(ZoneOffset.UTC);
        analysis.failureReason = failure;
        analyses.persist(analysis);
        outbox.append(EventContract.REPORT_ANALYZED, analysis.townshipCode, analysis.reportId.toString(),
                AnalysisMapper.toEvent(analysis, result));
        analytics.analyzed(submitted);
        LOG.infof("report %s v%d analyzed in %d µs: %d mentions, %d indicators, %d findings", analysis.reportId,
                analysis.version, (System.nanoTime() - started) / 1000, analysis.mentionCount, analysis.indicatorCount,
                analysis.findingCount);
    }

    /**
     * Follows a review decision: the version whose approval is final (review-service, which owns
     * the approval chain, says so) becomes the official analysis of its report (no other version
     * stays official); a published one is public.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(ReviewDecided decided) {
        UUID reportId = decided.reportId();
        int version = decided.version();
        // locked: a clerk's decision on the same version's figures waits, so the analytics see both
        Analysis analysis = analyses.findLocked(reportId, version).orElse(null);
        if (analysis == null) {
            LOG.warnf("decision %s on report %s v%d without an analysis, ignored", decided.decision(), reportId, version);
            return;
        }
        if (decided.decision() == ReviewDecided.Decision.APPROVED && decided.finalDecision()) {
            analyses.revokeOfficialOfOtherVersions(reportId, version);
            analysis.official = true;
            LOG.infof("report %s v%d approved: its %d indicators are official", reportId, version, analysis.indicatorCount);
        } else if (decided.decision() == ReviewDecided.Decision.PUBLISHED) {
            analysis.published = true;
        }
        analytics.decided(decided);
    }

    @Transactional
    public AnalysisView get(UUID reportId, int version, Caller caller) {
        Analysis analysis = analyses.find(reportId, version).orElseThrow(() -> ProblemException.notFound(
                "报告 " + reportId + " 第" + version + "版的分析结果不存在（可能尚未完成分析）"));
        return readable(analysis, caller);
    }

    @Transactional
    public AnalysisView latest(UUID reportId, Caller caller) {
        Analysis analysis = analyses.latest(reportId).orElseThrow(() -> ProblemException.notFound(
                "报告 " + reportId + " 的分析结果不存在（可能尚未完成分析）"));
        return readable(analysis, caller);
    }

    private AnalysisView readable(Analysis analysis, Caller caller) {
        boolean publishedForPortal = caller.has(Roles.PORTAL) && analysis.published;
        if (!caller.mayRead(analysis.townshipCode) && !publishedForPortal) {
            throw ProblemException.forbidden("您无权查看乡镇 " + analysis.townshipCode + " 的报告分析");
        }
        return mapper.toView(analysis);
    }
}
