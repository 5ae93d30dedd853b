package cn.fazhi.metrics.service;

import cn.fazhi.api.PageView;
import cn.fazhi.api.PublishedReportView;
import cn.fazhi.api.TownshipFigureView;
import cn.fazhi.metrics.mapping.AnalyticsMapper;
import cn.fazhi.metrics.repository.RegionRange;
import cn.fazhi.metrics.repository.ReportProgressRepository;
import cn.fazhi.metrics.repository.ReportProgressRepository.Published;
import cn.fazhi.metrics.repository.TownshipFigureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What government portals disclose (the national rule requires the approved reports to be public): the
 * published reports of a region and year with their official figures, page by page in township-code
 * order, so a portal walking the pages nightly sees each report once. Published data only, for anyone.
 */
@ApplicationScoped
public class Disclosure {

    private final ReportProgressRepository progress;
    private final TownshipFigureRepository figures;

    public Disclosure(ReportProgressRepository progress, TownshipFigureRepository figures) {
        this.progress = progress;
        this.figures = figures;
    }

    @Transactional
    public PageView<PublishedReportView> page(String region, int year, int page, int size) {
        RegionRange range = new RegionRange(region);
        List<Published> reports = progress.published(range, year, page * size, size);
        Map<UUID, List<TownshipFigureView>> byReport = new LinkedHashMap<>();
        reports.forEach(report -> byReport.put(report.reportId(), new ArrayList<>()));
        figures.publishedOf(byReport.keySet()).forEach(figure ->
                byReport.get(figure.reportId()).add(AnalyticsMapper.toView(figure)));
        List<PublishedReportView> items = reports.stream().map(report -> new PublishedReportView(report.townshipCode(),
                report.townshipName(), report.year(), report.reportId(), report.version(), report.publishedAt(),
                byReport.get(report.reportId()))).toList();
        return new PageView<>(items, page, size, progress.publishedCount(range, year));
    }
}
