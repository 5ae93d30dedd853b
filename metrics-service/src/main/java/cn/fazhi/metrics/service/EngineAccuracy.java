package cn.fazhi.metrics.service;

import cn.fazhi.analysis.IndicatorCatalog;
import cn.fazhi.analysis.IndicatorDefinition;
import cn.fazhi.analysis.ReportAnalyzer;
import cn.fazhi.api.EngineAccuracyView;
import cn.fazhi.api.IndicatorAccuracyView;
import cn.fazhi.metrics.FigureDecision.Action;
import cn.fazhi.metrics.repository.FigureDecisionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the province can trust the engine, indicator by indicator, measured on its own reports:
 * every clerk's latest decision on a version's indicator is one judgement of the engine's reading.
 * Each version counts (a revised version is a text the engine read again); figures nobody decided
 * on say nothing about the engine and are left out.
 */
@ApplicationScoped
public class EngineAccuracy {

    private final FigureDecisionRepository decisions;
    private final IndicatorCatalog catalog;

    public EngineAccuracy(FigureDecisionRepository decisions, ReportAnalyzer analyzer) {
        this.decisions = decisions;
        this.catalog = analyzer.catalog();
    }

    /** @param year a reporting year, or null for all */
    @Transactional
    public EngineAccuracyView measure(Integer year) {
        int filter = year == null ? 0 : year;
        Map<String, Map<Action, Long>> counts = new LinkedHashMap<>(decisions.latestActionCounts(filter));
        List<IndicatorAccuracyView> indicators = new ArrayList<>();
        for (IndicatorDefinition definition : catalog.indicators()) {
            Map<Action, Long> byAction = counts.remove(definition.code());
            if (byAction != null) {
                indicators.add(accuracy(definition.code(), definition.name(), byAction));
            }
        }
        // indicators taken out of an edited catalog keep their record, after the catalogued ones
        counts.forEach((code, byAction) -> indicators.add(accuracy(code, null, byAction)));
        return new EngineAccuracyView(year, decisions.decidedVersions(filter), indicators);
    }

    static IndicatorAccuracyView accuracy(String code, String name, Map<Action, Long> byAction) {
        long confirmed = byAction.getOrDefault(Action.CONFIRMED, 0L);
        long corrected = byAction.getOrDefault(Action.CORRECTED, 0L);
        long rejected = byAction.getOrDefault(Action.REJECTED, 0L);
        long added = byAction.getOrDefault(Action.ADDED, 0L);
        return new IndicatorAccuracyView(code, name, confirmed, corrected, rejected, added,
                ratio(confirmed, confirmed + corrected + rejected), ratio(confirmed + corrected, confirmed + corrected + added));
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
