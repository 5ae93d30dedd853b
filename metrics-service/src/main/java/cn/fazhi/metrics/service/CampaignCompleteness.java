package cn.fazhi.metrics.service;

import cn.fazhi.api.CompletenessCountsView;
import cn.fazhi.api.CompletenessView;
import cn.fazhi.common.security.Caller;
import cn.fazhi.metrics.mapping.AnalyticsMapper;
import cn.fazhi.metrics.repository.PlaceNameRepository;
import cn.fazhi.metrics.repository.RegionRange;
import cn.fazhi.metrics.repository.ReportProgressRepository;
import cn.fazhi.metrics.repository.ReportProgressRepository.Counts;
import cn.fazhi.metrics.service.AnalyticsAnswers.Question;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How far a campaign got in a region: the register's expected townships against the reports this
 * service saw submitted (with their lateness, from {@code reports.submitted}) and decided (from
 * {@code reviews.decided}); no call to report-service or review-service. Kept by
 * {@link AnalyticsAnswers} until the province's progress or the register changes.
 */
@ApplicationScoped
public class CampaignCompleteness {

    private final ReportProgressRepository progress;
    private final PlaceNameRepository names;
    private final AnalyticsAnswers answers;

    public CampaignCompleteness(ReportProgressRepository progress, PlaceNameRepository names,
            AnalyticsAnswers answers) {
        this.answers = answers;
        this.progress = progress;
        this.names = names;
    }

    public CompletenessView of(String region, int year, Caller caller) {
        AnalyticsScope.checkCompleteness(caller, region);
        Question question = new Question("completeness", region, List.of(), year, year, "", false, "");
        return answers.answer(question, () -> QuarkusTransaction.joiningExisting().call(() -> compute(region, year)),
                answer -> 1 + answer.children().size() + answer.townships().size());
    }

    private CompletenessView compute(String region, int year) {
        RegionRange range = new RegionRange(region);
        List<Counts> own = progress.counts(range, year, region.length());
        List<Counts> children = range.isTownship() ? List.of() : progress.counts(range, year, range.childLength());
        Set<String> codes = new TreeSet<>();
        codes.add(region);
        children.forEach(c -> codes.add(c.group()));
        Map<String, String> regionNames = names.namesOn(codes, PlaceNames.reportDay(year));
        Counts total = own.isEmpty() ? new Counts(region, 0, 0, 0, 0, 0, 0, 0, 0, 0) : own.get(0);
        List<CompletenessCountsView> childViews = new ArrayList<>();
        children.forEach(c -> childViews.add(AnalyticsMapper.toView(c, regionNames.get(c.group()))));
        return new CompletenessView(year, AnalyticsMapper.toView(total, regionNames.get(region)), childViews,
                progress.missingOrLate(range, year).stream().map(AnalyticsMapper::toView).toList());
    }
}
