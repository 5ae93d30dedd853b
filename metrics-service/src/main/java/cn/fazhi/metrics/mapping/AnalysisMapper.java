package cn.fazhi.metrics.mapping;

import cn.fazhi.analysis.Finding;
import cn.fazhi.analysis.ReportAnalysis;
import cn.fazhi.analysis.Span;
import cn.fazhi.api.AnalysisView;
import cn.fazhi.events.ReportAnalyzed;
import cn.fazhi.metrics.Analysis;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Engine results to the stored JSON, to the API's view and to the event contract. */
@ApplicationScoped
public class AnalysisMapper {

    private final ObjectMapper json;

    public AnalysisMapper(ObjectMapper json) {
        this.json = json;
    }

    public String toJson(ReportAnalysis analysis) {
        try {
            return json.writeValueAsString(analysis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public AnalysisView toView(Analysis analysis) {
        try {
            ReportAnalysis result = json.readValue(analysis.result, ReportAnalysis.class);
            return AnalysisView.of(analysis.reportId, analysis.version, analysis.townshipCode, analysis.year,
                    analysis.analyzedAt, analysis.official, result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored analysis " + analysis.id + " is not readable", e);
        }
    }

    public static ReportAnalyzed toEvent(Analysis analysis, ReportAnalysis result) {
        return new ReportAnalyzed(analysis.reportId, analysis.version, analysis.townshipCode, analysis.year,
                result.mentions().size(), result.indicators().size(),
                result.findings().stream().map(AnalysisMapper::toEvent).toList());
    }

    private static ReportAnalyzed.Finding toEvent(Finding finding) {
        Span first = finding.evidence().isEmpty() ? new Span(0, 0) : finding.evidence().get(0);
        return new ReportAnalyzed.Finding(finding.code(), finding.severity().name(), finding.message(), first.start(),
                first.end());
    }
}
