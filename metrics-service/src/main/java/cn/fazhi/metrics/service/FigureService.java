package cn.fazhi.metrics.service;

import cn.fazhi.analysis.IndicatorCatalog;
import cn.fazhi.analysis.IndicatorDefinition;
import cn.fazhi.analysis.ReportAnalyzer;
import cn.fazhi.api.FigureDecisionRequest;
import cn.fazhi.api.FigureSheetView;
import cn.fazhi.api.FigureView;
import cn.fazhi.api.IndicatorView;
import cn.fazhi.api.Roles;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.common.security.Caller;
import cn.fazhi.events.EventContract;
import cn.fazhi.messaging.Outbox;
import cn.fazhi.metrics.Analysis;
import cn.fazhi.metrics.FigureDecision;
import cn.fazhi.metrics.FigureDecision.Action;
import cn.fazhi.metrics.mapping.AnalysisMapper;
import cn.fazhi.metrics.mapping.FigureMapper;
import cn.fazhi.metrics.repository.AnalysisRepository;
import cn.fazhi.metrics.repository.FigureDecisionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The township's clerk answers for the figures of a submitted version; the engine only read
 * them. Each decision is stored (never overwritten) and announced on {@code figures.decided} in
 * the same transaction, so the report's history in review-service shows it. Decisions stop when
 * the version is approved, whose figures are then the official ones, or superseded by a newer one.
 */
@ApplicationScoped
public class FigureService {

    private static final Logger LOG = Logger.getLogger(FigureService.class);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AnalysisRepository analyses;
    private final FigureDecisionRepository decisions;
    private final AnalysisMapper analysisMapper;
    private final IndicatorCatalog catalog;
    private final Outbox outbox;
    private final AnalyticsUpkeep analytics;

    public FigureService(AnalysisRepository analyses, FigureDecisionRepository decisions, AnalysisMapper analysisMapper,
            ReportAnalyzer analyzer, Outbox outbox, AnalyticsUpkeep analytics) {
        this.analytics = analytics;
        this.analyses = analyses;
        this.decisions = decisions;
        this.analysisMapper = analysisMapper;
        this.catalog = analyzer.catalog();
        this.outbox = outbox;
    }

    /** Every indicator of the version the engine read or the clerk added, in catalog order. */
    @Transactional
    public FigureSheetView sheet(UUID reportId, int version, Caller caller) {
        Analysis analysis = analyses.find(reportId, version).orElseThrow(() -> missing(reportId, version));
        boolean publishedForPortal = caller.has(Roles.PORTAL) && analysis.published;
        if (!caller.mayRead(analysis.townshipCode) && !publishedForPortal) {
            throw ProblemException.forbidden("您无权查看乡镇 " + analysis.townshipCode + " 的报告数字");
        }
        Map<String, IndicatorView> read = engineReading(analysis);
        Map<String, FigureDecision> decided = decisions.latestByCode(reportId, version);
        List<FigureView> figures = new ArrayList<>();
        for (IndicatorDefinition definition : catalog.indicators()) {
            IndicatorView engine = read.get(definition.code());
            FigureDecision decision = decided.get(definition.code());
            if (engine != null || decision != null) {
                figures.add(FigureMapper.toView(definition, engine, decision, analysis.text));
            }
        }
        return new FigureSheetView(reportId, version, analysis.townshipCode, analysis.year, analysis.official,
                openReason(analysis).isEmpty(), figures);
    }

    /**
     * Stores the clerk's decision on one indicator and announces it; the decision already in
     * force, sent again, changes nothing.
     */
    @Transactional
    public FigureView decide(UUID reportId, int version, String code, FigureDecisionRequest request, Caller caller) {
        Action action = FigureRules.check(request);
        IndicatorDefinition definition = catalog.indicator(code).orElseThrow(() -> ProblemException.notFound(
                "指标目录中没有指标 " + code + "（见 /api/v1/indicators/catalog）"));
        checkValue(definition, request);
        Analysis analysis = analyses.findLocked(reportId, version).orElseThrow(() -> missing(reportId, version));
        if (!caller.has(Roles.REPORTER) || !caller.orgCode().equals(analysis.townshipCode)) {
            throw ProblemException.forbidden("只有乡镇 " + analysis.townshipCode + " 的填报员可以确认本乡镇报告的数字");
        }
        Optional<ProblemException> closed = openReason(analysis);
        if (closed.isPresent()) {
            throw closed.get();
        }
        IndicatorView engine = engineReading(analysis).get(code);
        checkAgainstReading(action, engine, definition, request);
        checkPassage(analysis, request);

        FigureDecision latest = decisions.latest(reportId, version, code).orElse(null);
        FigureDecision decision = new FigureDecision();
        decision.id = UUID.randomUUID();
        decision.reportId = reportId;
        decision.version = version;
        decision.townshipCode = analysis.townshipCode;
        decision.year = analysis.year;
        decision.code = code;
        decision.revision = latest == null ? 1 : latest.revision + 1;
        decision.action = action;
        decision.engineValue = engine == null ? null : engine.value();
        decision.value = action == Action.CONFIRMED ? engine.value() : request.value();
        decision.unit = definition.unit();
        decision.reason = FigureRules.reason(request);
        decision.evidenceStart = request.start();
        decision.evidenceEnd = request.end();
        decision.clerkStated = Boolean.TRUE.equals(request.clerkStated());
        decision.actor = caller.subject();
        decision.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (latest != null && sameDecision(latest, decision)) {
            LOG.infof("report %s v%d %s: %s again, nothing changed", reportId, version, code, action);
            return FigureMapper.toView(definition, engine, latest, analysis.text);
        }
        decisions.persist(decision);
        outbox.append(EventContract.FIGURE_DECIDED, analysis.townshipCode, reportId.toString(),
                FigureMapper.toEvent(decision, definition.name()));
        analytics.figureDecided(reportId);
        LOG.infof("report %s v%d %s: %s by %s (revision %d)", reportId, version, code, action, decision.actor,
                decision.revision);
        return FigureMapper.toView(definition, engine, decision, analysis.text);
    }

    /** Why the clerk may no longer decide on the version's figures, or empty while they may. */
    private Optional<ProblemException> openReason(Analysis analysis) {
        if (analysis.official) {
            return Optional.of(ProblemException.conflict("figures-official", "报告第" + analysis.version
                    + "版已审核通过，其数字已是正式数字，不能再修改"));
        }
        int newest = analyses.latest(analysis.reportId).map(a -> a.version).orElse(analysis.version);
        if (newest > analysis.version) {
            return Optional.of(ProblemException.conflict("version-superseded", "报告第" + analysis.version + "版已被第"
                    + newest + "版取代，请在最新版本上确认数字"));
        }
        return Optional.empty();
    }

    private Map<String, IndicatorView> engineReading(Analysis analysis) {
        return analysisMapper.toView(analysis).indicators().stream()
                .collect(Collectors.toMap(IndicatorView::code, Function.identity(), (first, second) -> first));
    }

    private static void checkValue(IndicatorDefinition definition, FigureDecisionRequest request) {
        if (request.unit() != null && !request.unit().equals(definition.unit())) {
            throw ProblemException.invalid("unit", "指标 " + definition.code() + "（" + definition.name() + "）以“"
                    + definition.unit() + "”计，数值请按此单位填写");
        }
        if (request.value() != null && "%".equals(definition.unit()) && request.value().compareTo(HUNDRED) > 0) {
            throw ProblemException.invalid("value", "比率不能超过100%");
        }
    }

    private static void checkAgainstReading(Action action, IndicatorView engine, IndicatorDefinition definition,
            FigureDecisionRequest request) {
        String indicator = definition.code() + "（" + definition.name() + "）";
        if (action == Action.ADDED && engine != null) {
            throw ProblemException.conflict("figure-read", "引擎已读出指标 " + indicator + "，数值不对请用 CORRECTED 更正");
        }
        if (action != Action.ADDED && engine == null) {
            throw ProblemException.conflict("figure-not-read", "引擎没有读出指标 " + indicator
                    + "，无法确认、更正或否定；报告中有此数字请用 ADDED 补充");
        }
        if (action == Action.CORRECTED && request.value().compareTo(engine.value()) == 0) {
            throw ProblemException.invalid("value", "更正后的数值与引擎读出的相同；数值无误请用 CONFIRMED 确认");
        }
    }

    private static void checkPassage(Analysis analysis, FigureDecisionRequest request) {
        if (request.start() == null) {
            return;
        }
        if (analysis.text == null) {
            throw ProblemException.conflict("text-not-kept", "报告第" + analysis.version
                    + "版的原文未在分析服务中保存，无法指向原文；请注明为填报员自述（clerkStated: true）");
        }
        if (request.end() > analysis.text.length()) {
            throw ProblemException.invalid("end", "所指原文超出了报告正文（正文共 " + analysis.text.length() + " 个字符）");
        }
    }

    private static boolean sameDecision(FigureDecision a, FigureDecision b) {
        return a.action == b.action && Objects.equals(a.reason, b.reason)
                && (a.value == null ? b.value == null : b.value != null && a.value.compareTo(b.value) == 0)
                && Objects.equals(a.evidenceStart, b.evidenceStart) && Objects.equals(a.evidenceEnd, b.evidenceEnd)
                && a.clerkStated == b.clerkStated;
    }

    private static ProblemException missing(UUID reportId, int version) {
        return ProblemException.notFound("报告 " + reportId + " 第" + version + "版的分析结果不存在（可能尚未完成分析）");
    }
}
