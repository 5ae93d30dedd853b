package cn.fazhi.metrics.mapping;

import cn.fazhi.api.AnalysisView;
import cn.fazhi.api.FindingView;
import cn.fazhi.api.MentionView;
import cn.fazhi.events.ReportAnalyzed;
import cn.fazhi.metrics.Analysis;
import cn.fazhi.metrics.engine.Finding;
import cn.fazhi.metrics.engine.Mention;
import cn.fazhi.metrics.engine.ReportAnalysis;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Engine results to the API's views, to the stored JSON and to the event contract. */
@ApplicationScoped
public class AnalysisMapper {

    /** The part of an analysis stored as JSON. */
    record Body(List<MentionView> mentions, List<FindingView> findings) {
    }

    private final ObjectMapper json;

    public AnalysisMapper(ObjectMapper json) {
        this.json = json;
    }

    public static MentionView toView(Mention m) {
        return new MentionView(m.text(), m.start(), m.end(), m.value(), m.unit(), m.approx().name());
    }

    public static FindingView toView(Finding f) {
        return new FindingView(f.code(), f.severity().name(), f.message(), f.start(), f.end());
    }

    public String toJson(ReportAnalysis analysis) {
        Body body = new Body(analysis.mentions().stream().map(AnalysisMapper::toView).toList(),
                analysis.findings().stream().map(AnalysisMapper::toView).toList());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public AnalysisView toView(Analysis analysis) {
        try {
            Body body = json.readValue(analysis.result, Body.class);
            return new AnalysisView(analysis.reportId, analysis.version, analysis.townshipCode, analysis.year,
                    analysis.engineVersion, analysis.analyzedAt, body.mentions(), body.findings());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored analysis " + analysis.id + " is not readable", e);
        }
    }

    public static ReportAnalyzed toEvent(Analysis analysis, ReportAnalysis result) {
        return new ReportAnalyzed(analysis.reportId, analysis.version, analysis.townshipCode, analysis.year,
                analysis.mentionCount, 0, // engine version 1 reads mentions only; indicators come with the catalog
                result.findings().stream()
                        .map(f -> new ReportAnalyzed.Finding(f.code(), f.severity().name(), f.message(), f.start(), f.end()))
                        .toList());
    }
}
