package cn.fazhi.metrics.service;

import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.events.ReviewDecided;
import cn.fazhi.metrics.repository.AnalyticsGenerationRepository;
import cn.fazhi.metrics.repository.ReportProgressRepository;
import cn.fazhi.metrics.repository.TownshipFigureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the analytics current in the transaction of each change instead of rebuilding them in batch
 * (the slow, fragile part of DHIS2-style analytics tables): an analysis, a clerk's decision on a figure,
 * an approval or a publication rewrites the township figures of that one report, and a submission or a
 * final decision moves the report's progress. Each write recomputes from what is stored, so an event
 * applied twice (the inbox already skips repeats) leaves everything as it was. Each change also moves
 * the change counters of the reports' provinces and years, which tell {@link AnalyticsAnswers} that
 * the answers it keeps about them are out of date.
 */
@ApplicationScoped
public class AnalyticsUpkeep {

    private final TownshipFigureRepository figures;
    private final ReportProgressRepository progress;
    private final AnalyticsGenerationRepository generations;
    private final AnalyticsAnswers answers;

    public AnalyticsUpkeep(TownshipFigureRepository figures, ReportProgressRepository progress,
            AnalyticsGenerationRepository generations, AnalyticsAnswers answers) {
        this.figures = figures;
        this.progress = progress;
        this.generations = generations;
        this.answers = answers;
    }

    /** A submitted version was analyzed: its figures are the report's latest, the report is in review. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void analyzed(ReportSubmitted submitted) {
        progress.submitted(submitted.reportId(), submitted.townshipCode(), submitted.year(), submitted.version(),
                submitted.late(), submitted.submittedAt());
        refresh(List.of(submitted.reportId()));
    }

    /** A clerk decided on a figure of the report. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void figureDecided(UUID reportId) {
        refresh(List.of(reportId));
    }

    /** A final review decision: returned, approved (its figures become the official ones) or published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(ReviewDecided decided) {
        String status = switch (decided.decision()) {
            case RETURNED -> "RETURNED";
            case APPROVED -> decided.finalDecision() ? "APPROVED" : null;
            case PUBLISHED -> "PUBLISHED";
        };
        if (status == null) {
            return;
        }
        progress.decided(decided.reportId(), decided.version(), status, OffsetDateTime.now(ZoneOffset.UTC));
        refresh(List.of(decided.reportId()));
    }

    /** Analyses rewritten by a re-analysis of the archive. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reanalyzed(Collection<UUID> reportIds) {
        refresh(reportIds);
    }

    /** The register changed: names and expected townships of every answer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registerChanged() {
        generations.moveRegister();
        answers.changing();
    }

    private void refresh(Collection<UUID> reportIds) {
        figures.refresh(reportIds);
        generations.moveForReports(reportIds);
        answers.changing();
    }
}
