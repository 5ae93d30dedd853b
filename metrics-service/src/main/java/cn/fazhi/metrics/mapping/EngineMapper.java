package cn.fazhi.metrics.mapping;

import cn.fazhi.analysis.Finding;
import cn.fazhi.analysis.Heading;
import cn.fazhi.analysis.Indicator;
import cn.fazhi.analysis.IndicatorCatalog;
import cn.fazhi.analysis.IndicatorDefinition;
import cn.fazhi.analysis.Mention;
import cn.fazhi.analysis.ReportAnalysis;
import cn.fazhi.analysis.ReportMetadata;
import cn.fazhi.analysis.SectionDefinition;
import cn.fazhi.analysis.SectionStatus;
import cn.fazhi.analysis.Span;
import cn.fazhi.api.CatalogView;
import cn.fazhi.api.DraftAnalysisView;
import cn.fazhi.api.FindingView;
import cn.fazhi.api.HeadingView;
import cn.fazhi.api.IndicatorDefinitionView;
import cn.fazhi.api.IndicatorView;
import cn.fazhi.api.MentionView;
import cn.fazhi.api.RangeView;
import cn.fazhi.api.ReportMetadataView;
import cn.fazhi.api.SectionDefinitionView;
import cn.fazhi.api.SectionStatusView;
import cn.fazhi.api.SpanView;
import java.util.List;

/**
 * The engine's records to the public views, field for field: the one place that knows both, so the
 * engine can reshape its records without changing {@code /api/v1} or the stored JSON
 * (EngineMapperTest fails when an engine field is not carried over).
 */
public final class EngineMapper {

    private EngineMapper() {
    }

    public static DraftAnalysisView toView(ReportAnalysis analysis) {
        return new DraftAnalysisView(analysis.engineVersion(), toView(analysis.metadata()),
                analysis.outline().stream().map(EngineMapper::toView).toList(),
                analysis.sections().stream().map(EngineMapper::toView).toList(),
                analysis.mentions().stream().map(EngineMapper::toView).toList(),
                analysis.indicators().stream().map(EngineMapper::toView).toList(),
                analysis.findings().stream().map(EngineMapper::toView).toList());
    }

    public static CatalogView toView(IndicatorCatalog catalog) {
        return new CatalogView(catalog.unitFamilies(), catalog.indicators().stream().map(EngineMapper::toView).toList(),
                catalog.sections().stream().map(EngineMapper::toView).toList());
    }

    static ReportMetadataView toView(ReportMetadata m) {
        return new ReportMetadataView(m.title(), toView(m.titleSpan()), m.year(), toView(m.yearSpan()), m.township(),
                toView(m.townshipSpan()));
    }

    static HeadingView toView(Heading h) {
        return new HeadingView(h.level(), h.marker(), h.title(), h.start(), h.end(), h.section(),
                h.children().stream().map(EngineMapper::toView).toList());
    }

    static SectionStatusView toView(SectionStatus s) {
        return new SectionStatusView(s.code(), s.name(), s.required(), s.present(), toView(s.heading()));
    }

    static MentionView toView(Mention m) {
        return new MentionView(m.text(), m.start(), m.end(), m.value(), m.unit(), name(m.approx()));
    }

    static IndicatorView toView(Indicator i) {
        return new IndicatorView(i.code(), i.name(), i.value(), i.unit(), name(i.approx()), i.derived(), i.confidence(),
                i.evidence().stream().map(e -> new IndicatorView.Evidence(e.start(), e.end(), e.value(), e.sentence()))
                        .toList());
    }

    /** {@code start}/{@code end} are the first evidence's: the passage the finding points to. */
    static FindingView toView(Finding f) {
        List<SpanView> evidence = f.evidence().stream().map(EngineMapper::toView).toList();
        SpanView first = evidence.isEmpty() ? new SpanView(0, 0) : evidence.get(0);
        return new FindingView(f.code(), name(f.severity()), f.message(), first.start(), first.end(), evidence,
                f.sectionCode(), f.indicatorCode(), f.statedValue(), toView(f.allowedRange()));
    }

    static RangeView toView(Finding.Range range) {
        return range == null ? null : new RangeView(range.lo(), range.hi());
    }

    static IndicatorDefinitionView toView(IndicatorDefinition d) {
        return new IndicatorDefinitionView(d.code(), d.name(), d.unit(), d.units(), d.aggregation(), d.area(),
                d.phrases(), d.excludes(), d.subkinds(), d.numerator(), d.denominator(), d.topics(), d.actors(),
                d.audience());
    }

    static SectionDefinitionView toView(SectionDefinition d) {
        return new SectionDefinitionView(d.code(), d.name(), d.required(), d.keywords());
    }

    static SpanView toView(Span span) {
        return span == null ? null : new SpanView(span.start(), span.end());
    }

    private static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }
}
