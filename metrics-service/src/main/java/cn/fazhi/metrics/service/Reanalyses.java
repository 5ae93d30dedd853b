package cn.fazhi.metrics.service;

import cn.fazhi.analysis.IndicatorCatalog;
import cn.fazhi.analysis.IndicatorDefinition;
import cn.fazhi.analysis.ReportAnalyzer;
import cn.fazhi.api.FigureDisagreementView;
import cn.fazhi.api.PageView;
import cn.fazhi.api.ReanalysisRequest;
import cn.fazhi.api.ReanalysisView;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.common.security.Caller;
import cn.fazhi.metrics.Reanalysis;
import cn.fazhi.metrics.config.EngineVersion;
import cn.fazhi.metrics.mapping.FigureMapper;
import cn.fazhi.metrics.mapping.ReanalysisMapper;
import cn.fazhi.metrics.repository.ArchiveRepository;
import cn.fazhi.metrics.repository.FigureDisagreementRepository;
import cn.fazhi.metrics.repository.ReanalysisRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The admin's side of re-analysis: start one (one at a time), follow its progress, stop it. The
 * work itself is {@link ReanalysisWorker}'s.
 */
@ApplicationScoped
public class Reanalyses {

    private static final Logger LOG = Logger.getLogger(Reanalyses.class);

    private final ReanalysisRepository runs;
    private final ArchiveRepository archive;
    private final EngineVersion engine;
    private final ReanalysisWorker worker;
    private final FigureDisagreementRepository disagreements;
    private final IndicatorCatalog catalog;

    public Reanalyses(ReanalysisRepository runs, ArchiveRepository archive, EngineVersion engine,
            ReanalysisWorker worker, FigureDisagreementRepository disagreements, ReportAnalyzer analyzer) {
        this.disagreements = disagreements;
        this.catalog = analyzer.catalog();
        this.runs = runs;
        this.archive = archive;
        this.engine = engine;
        this.worker = worker;
    }

    public ReanalysisView start(ReanalysisRequest request, Caller caller) {
        Reanalysis run;
        try {
            run = create(request, caller);
        } catch (org.hibernate.exception.ConstraintViolationException raced) {
            // Another admin started one at the same moment: the partial unique index let only one in.
            throw ProblemException.conflict("reanalysis-running", "另一项重新分析刚刚开始，请等它完成或先停止它");
        }
        LOG.infof("re-analysis %s started by %s: year %s, region %s, %d versions to engine %s catalog %s", run.id,
                run.startedBy, run.year, run.regionCode, run.total, run.engineVersion, run.catalogVersion);
        worker.launch(run.id);
        return ReanalysisMapper.toView(run);
    }

    private Reanalysis create(ReanalysisRequest request, Caller caller) {
        return QuarkusTransaction.requiringNew().call(() -> {
            runs.running().ifPresent(running -> {
                throw ProblemException.conflict("reanalysis-running", "重新分析 " + running.id + " 正在进行（已完成 "
                        + running.done + " / " + running.total + "），请等它完成或先停止它");
            });
            var counts = archive.countInScope(request.year(), request.regionCode());
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            Reanalysis created = new Reanalysis();
            created.id = UUID.randomUUID();
            created.status = Reanalysis.Status.RUNNING;
            created.year = request.year();
            created.regionCode = request.regionCode();
            created.engineVersion = engine.engine();
            created.catalogVersion = engine.catalog();
            created.total = counts.withText();
            created.withoutText = counts.withoutText();
            created.startedBy = caller.subject();
            created.startedAt = now;
            created.heartbeatAt = now;
            runs.persistAndFlush(created);
            return created;
        });
    }

    public List<ReanalysisView> recent() {
        return QuarkusTransaction.requiringNew().call(() -> runs.recent(50).stream().map(ReanalysisMapper::toView).toList());
    }

    public ReanalysisView get(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ReanalysisMapper.toView(find(id)));
    }

    public ReanalysisView cancel(UUID id, Caller caller) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Reanalysis run = runs.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (run == null) {
                throw notFound(id);
            }
            if (run.status != Reanalysis.Status.RUNNING) {
                throw ProblemException.conflict("reanalysis-finished", "重新分析 " + id + " 已经结束（" + run.status + "），无需停止");
            }
            run.status = Reanalysis.Status.CANCELLED;
            run.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
            LOG.infof("re-analysis %s stopped by %s after %d of %d versions", id, caller.subject(), run.done, run.total);
            return ReanalysisMapper.toView(run);
        });
    }

    /** One page of the clerks' decisions the run's new analyses disagree with. */
    public PageView<FigureDisagreementView> disagreements(UUID id, int page, int size) {
        return QuarkusTransaction.requiringNew().call(() -> {
            find(id);
            List<FigureDisagreementView> items = disagreements.page(id, page, size).stream()
                    .map(flagged -> FigureMapper.toView(flagged, catalog.indicator(flagged.code)
                            .map(IndicatorDefinition::name).orElse(flagged.code)))
                    .toList();
            return new PageView<>(items, page, size, disagreements.countFor(id));
        });
    }

    private Reanalysis find(UUID id) {
        Reanalysis run = runs.findById(id);
        if (run == null) {
            throw notFound(id);
        }
        return run;
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("没有编号为 " + id + " 的重新分析");
    }
}
