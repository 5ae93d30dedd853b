package cn.fazhi.metrics.mapping;

import cn.fazhi.api.CompletenessCountsView;
import cn.fazhi.api.DistributionView;
import cn.fazhi.api.SpanView;
import cn.fazhi.api.TownshipFigureView;
import cn.fazhi.api.TownshipProgressView;
import cn.fazhi.metrics.repository.ReportProgressRepository.Counts;
import cn.fazhi.metrics.repository.ReportProgressRepository.Township;
import cn.fazhi.metrics.repository.TownshipFigureRepository.Aggregate;
import cn.fazhi.metrics.repository.TownshipFigureRepository.Figure;

/** The analytics' rows as the public API shows them. */
public final class AnalyticsMapper {

    private AnalyticsMapper() {
    }

    public static TownshipFigureView toView(Figure figure) {
        SpanView evidence = figure.evidenceStart() == null ? null
                : new SpanView(figure.evidenceStart(), figure.evidenceEnd());
        return new TownshipFigureView(figure.rank(), figure.townshipCode(), figure.townshipName(), figure.code(),
                figure.year(), figure.value(), figure.source(), figure.clerkStated(), figure.reportId(), figure.version(),
                evidence);
    }

    public static DistributionView distribution(Aggregate aggregate) {
        return aggregate == null ? new DistributionView(null, null, null, 0)
                : new DistributionView(aggregate.min(), aggregate.median(), aggregate.max(), aggregate.count());
    }

    public static CompletenessCountsView toView(Counts counts, String name) {
        return new CompletenessCountsView(counts.group(), name, counts.expected(), counts.submitted(), counts.onTime(),
                counts.late(), counts.inReview(), counts.returned(), counts.approved(), counts.published(),
                counts.missing());
    }

    public static TownshipProgressView toView(Township township) {
        return new TownshipProgressView(township.code(), township.name(), township.completeness(), township.reportId(),
                township.version(), township.status());
    }
}
