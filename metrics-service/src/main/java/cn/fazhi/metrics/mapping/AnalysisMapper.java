package cn.fazhi.metrics.mapping;

import cn.fazhi.api.AnalysisView;
import cn.fazhi.api.DraftAnalysisView;
import cn.fazhi.api.FindingView;
import cn.fazhi.api.RangeView;
import cn.fazhi.events.ReportAnalyzed;
import cn.fazhi.metrics.Analysis;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Maps analyses between the stored JSON, the API's view and the event contract. The stored document is
 * the {@link DraftAnalysisView} with a {@code schemaVersion}, never the engine's records: a later
 * change of the view bumps the version and migrates old rows, and a document of a version this
 * service does not know is refused rather than read as something it is not.
 */
@ApplicationScoped
public class AnalysisMapper {

    /**
     * The shape of {@code analysis.result} this service writes and reads: 1 since
     * V4__analysis_schema_version.sql, 2 since V8__finding_fields.sql (a finding's sectionCode,
     * indicatorCode, statedValue and allowedRange).
     */
    public static final int SCHEMA_VERSION = 2;
    static final String SCHEMA_VERSION_FIELD = "schemaVersion";

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(AnalysisMapper.class);

    private final ObjectMapper json;
    private final ObjectReader stored;

    public AnalysisMapper(ObjectMapper json) {
        this.json = json;
        this.stored = json.readerFor(DraftAnalysisView.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** The stored document: the schema version first, then the view's fields, written in one pass. */
    private record Stored(int schemaVersion, @JsonUnwrapped DraftAnalysisView analysis) {
    }

    public String toJson(DraftAnalysisView analysis) {
        try {
            return json.writeValueAsString(new Stored(SCHEMA_VERSION, analysis));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public DraftAnalysisView fromJson(String document) {
        try {
            JsonNode tree = json.readTree(document);
            JsonNode version = tree.path(SCHEMA_VERSION_FIELD);
            if (!version.isInt() || version.intValue() != SCHEMA_VERSION) {
                throw new IllegalStateException("stored analysis has schema version "
                        + (version.isMissingNode() ? "none" : version) + ", this metrics-service reads "
                        + SCHEMA_VERSION + " (a migration is missing?)");
            }
            ((ObjectNode) tree).remove(SCHEMA_VERSION_FIELD);
            return stored.treeToValue(tree, DraftAnalysisView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored analysis does not match schema version " + SCHEMA_VERSION, e);
        }
    }

    /**
     * What an analysis found, as one digest: SHA-256 of the findings as {@code reports.analyzed}
     * carries them to the reviewers (not of everything the analysis keeps of them: a finding's
     * further evidence never reaches a review case). Equal findings give equal digests whatever else
     * of the analysis changed, so a re-analysis tells whether its version's reviewers need to hear of it.
     */
    public String findingsDigest(List<FindingView> findings) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsBytes(findings.stream().map(AnalysisMapper::toEvent).toList())));
        } catch (JsonProcessingException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digest of findings stored as JSON by an analysis made before digests were kept. */
    public String storedFindingsDigest(String storedFindings) {
        try {
            List<FindingView> findings = json.readerForListOf(FindingView.class).readValue(storedFindings);
            return findingsDigest(findings);
        } catch (JsonProcessingException e) {
            LOG.warnf("stored findings not readable (%s): the version counts as finding otherwise", e.getOriginalMessage());
            return "unreadable";                       // differs from any digest: the version is announced again
        }
    }

    public AnalysisView toView(Analysis analysis) {
        DraftAnalysisView result;
        try {
            result = fromJson(analysis.result);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("stored analysis " + analysis.id + " is not readable: " + e.getMessage(), e);
        }
        return AnalysisView.of(analysis.reportId, analysis.version, analysis.townshipCode, analysis.year,
                analysis.analyzedAt, analysis.official, result);
    }

    public static ReportAnalyzed toEvent(Analysis analysis, DraftAnalysisView result) {
        return toEvent(analysis.reportId, analysis.version, analysis.townshipCode, analysis.year, result);
    }

    public static ReportAnalyzed toEvent(java.util.UUID reportId, int version, String townshipCode, int year,
            DraftAnalysisView result) {
        return new ReportAnalyzed(reportId, version, townshipCode, year, result.mentions().size(),
                result.indicators().size(), result.findings().stream().map(AnalysisMapper::toEvent).toList());
    }

    private static ReportAnalyzed.Finding toEvent(FindingView finding) {
        RangeView allowed = finding.allowedRange();
        return new ReportAnalyzed.Finding(finding.code(), finding.severity(), finding.message(), finding.start(),
                finding.end(), finding.sectionCode(), finding.indicatorCode(), finding.statedValue(),
                allowed == null ? null : new ReportAnalyzed.Range(allowed.lo(), allowed.hi()));
    }
}
