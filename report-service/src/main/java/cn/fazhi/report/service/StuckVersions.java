package cn.fazhi.report.service;

import cn.fazhi.api.StuckWorkView;
import cn.fazhi.report.config.ReportConfig;
import cn.fazhi.report.repository.VersionAnalysisRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Versions that were submitted but have not been analyzed in time: the sign that an event is in a
 * dead letter or a consumer is down. Analyzed means {@code reports.analyzed} arrived here, whether
 * the analysis succeeded or was recorded as failed.
 */
@ApplicationScoped
public class StuckVersions {

    static final int LIST_LIMIT = 1000;

    private final VersionAnalysisRepository versions;
    private final ReportConfig config;

    public StuckVersions(VersionAnalysisRepository versions, ReportConfig config) {
        this.versions = versions;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void analyzed(UUID reportId, int version) {
        versions.recordAnalyzed(reportId, version);
    }

    @Transactional
    public List<StuckWorkView> list() {
        return versions.submittedBefore(cutoff(), LIST_LIMIT).stream()
                .map(v -> new StuckWorkView(v.reportId(), v.version(), v.townshipCode(), v.year(), "NO_ANALYSIS", v.since()))
                .toList();
    }

    @Transactional
    public long count() {
        return versions.countSubmittedBefore(cutoff());
    }

    private OffsetDateTime cutoff() {
        return OffsetDateTime.now(ZoneOffset.UTC).minus(config.stuckAfter());
    }
}
