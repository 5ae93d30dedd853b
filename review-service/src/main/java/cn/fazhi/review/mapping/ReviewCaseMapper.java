package cn.fazhi.review.mapping;

import cn.fazhi.api.FindingView;
import cn.fazhi.api.ReviewCaseView;
import cn.fazhi.events.ReportAnalyzed;
import cn.fazhi.review.ReviewCase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Review cases to the API's view; findings between the event, the JSON column and the view. */
@ApplicationScoped
public class ReviewCaseMapper {

    private static final TypeReference<List<FindingView>> FINDINGS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public ReviewCaseMapper(ObjectMapper json) {
        this.json = json;
    }

    public String findingsJson(List<ReportAnalyzed.Finding> findings) {
        List<FindingView> views = findings.stream()
                .map(f -> new FindingView(f.code(), f.severity(), f.message(), f.start(), f.end()))
                .toList();
        try {
            return json.writeValueAsString(views);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The codes of the findings attached to the case (none before its analysis arrives). */
    public Set<String> findingCodes(ReviewCase reviewCase) {
        try {
            return json.readValue(reviewCase.findings, FINDINGS).stream().map(FindingView::code)
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("findings of case " + reviewCase.id + " are not readable", e);
        }
    }

    public ReviewCaseView toView(ReviewCase reviewCase) {
        try {
            return new ReviewCaseView(reviewCase.id, reviewCase.reportId, reviewCase.version, reviewCase.townshipCode,
                    reviewCase.year, reviewCase.title, reviewCase.status.name(),
                    reviewCase.chain(), reviewCase.currentLevel(), reviewCase.late, reviewCase.openedAt, reviewCase.analyzedAt,
                    reviewCase.mentionCount, reviewCase.indicatorCount, json.readValue(reviewCase.findings, FINDINGS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("findings of case " + reviewCase.id + " are not readable", e);
        }
    }
}
