package cn.fazhi.review.service;

import cn.fazhi.api.PageView;
import cn.fazhi.api.ReviewCaseView;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.common.security.Caller;
import cn.fazhi.events.ReportAnalyzed;
import cn.fazhi.events.ReportSubmitted;
import cn.fazhi.messaging.PoisonEventException;
import cn.fazhi.review.ReviewCase;
import cn.fazhi.review.mapping.ReviewCaseMapper;
import cn.fazhi.review.repository.ReviewCaseRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps one review case per report version in step with the events about it, and serves cases
 * to the reviewers, viewers and clerks whose place covers the township.
 */
@ApplicationScoped
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class);
    /** Cases whose findings a later analysis may still replace: not yet decided. */
    private static final java.util.Set<ReviewCase.Status> STILL_OPEN = java.util.EnumSet.of(ReviewCase.Status.OPEN,
            ReviewCase.Status.AWAITING_ANALYSIS, ReviewCase.Status.AWAITING_SUBMISSION);

    private final ReviewCaseRepository cases;
    private final ReviewCaseMapper mapper;
    private final History history;

    public ReviewService(ReviewCaseRepository cases, ReviewCaseMapper mapper, History history) {
        this.cases = cases;
        this.mapper = mapper;
        this.history = history;
    }

    /**
     * The submission brings the text and the approval chain. A case whose analysis came first
     * becomes reviewable now; a repeated submission of a version whose chain is known changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void submitted(ReportSubmitted submitted) {
        if (submitted.approvalChain().isEmpty()) {
            throw new PoisonEventException("report " + submitted.reportId() + " v" + submitted.version()
                    + " was submitted without an approval chain");
        }
        ReviewCase reviewCase = caseOf(submitted.reportId(), submitted.version(), submitted.townshipCode(),
                submitted.year(), ReviewCase.Status.AWAITING_ANALYSIS);
        if (reviewCase.hasChain()) {
            LOG.infof("review case %s already has its submission", reviewCase.id);
            return;
        }
        ReviewCase.Status from = reviewCase.status;
        reviewCase.title = submitted.title();
        reviewCase.text = submitted.text();
        reviewCase.late = submitted.late();
        reviewCase.startChain(submitted.approvalChain());
        if (reviewCase.status == ReviewCase.Status.AWAITING_SUBMISSION) {
            reviewCase.status = ReviewCase.Status.OPEN;
        }
        history.record(reviewCase, submitted.submittedBy(), "SUBMITTED",
                from == ReviewCase.Status.AWAITING_SUBMISSION ? from.name() : null, reviewCase.status.name(),
                submitted.late() ? "逾期提交" : null);
        if (submitted.version() > 1) {
            cases.find(submitted.reportId(), submitted.version() - 1)
                    .filter(previous -> previous.status == ReviewCase.Status.RETURNED)
                    .ifPresent(previous -> {
                        previous.status = ReviewCase.Status.SUPERSEDED;
                        history.record(previous, submitted.submittedBy(), "SUPERSEDED", "RETURNED", "SUPERSEDED",
                                "第" + submitted.version() + "版已提交");
                    });
        }
    }

    /**
     * The analysis attaches the findings; a case whose submission is known becomes reviewable. A
     * later analysis of the same version (a re-analysis of the archive, announced only where the
     * findings changed) replaces the findings of a case still open, in its history; a decided case
     * keeps the findings it was decided on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void analyzed(ReportAnalyzed analyzed) {
        ReviewCase reviewCase = caseOf(analyzed.reportId(), analyzed.version(), analyzed.townshipCode(),
                analyzed.year(), ReviewCase.Status.AWAITING_SUBMISSION);
        if (reviewCase.analyzedAt != null && !STILL_OPEN.contains(reviewCase.status)) {
            LOG.infof("review case %s is %s: a later analysis (%d findings) leaves the findings it was decided on",
                    reviewCase.id, reviewCase.status, analyzed.findings().size());
            return;
        }
        if (reviewCase.analyzedAt != null) {
            history.record(reviewCase, "metrics-service", "REANALYZED", reviewCase.status.name(),
                    reviewCase.status.name(), "重新分析后 " + analyzed.findings().size() + " 项分析发现");
        } else if (reviewCase.status == ReviewCase.Status.AWAITING_ANALYSIS) {
            reviewCase.status = ReviewCase.Status.OPEN;
            history.record(reviewCase, "metrics-service", "ANALYZED", "AWAITING_ANALYSIS", "OPEN",
                    analyzed.findings().size() + " 项分析发现");
        } else {
            history.record(reviewCase, "metrics-service", "ANALYZED", null, reviewCase.status.name(),
                    analyzed.findings().size() + " 项分析发现");
        }
        reviewCase.analyzedAt = OffsetDateTime.now(ZoneOffset.UTC);
        reviewCase.mentionCount = analyzed.mentionCount();
        reviewCase.indicatorCount = analyzed.indicatorCount();
        reviewCase.findings = mapper.findingsJson(analyzed.findings());
        LOG.infof("review case %s: %d findings attached, %s", reviewCase.id, analyzed.findings().size(),
                reviewCase.status);
    }

    /**
     * The case of a version, opened now in the given status if neither event has arrived before.
     * A new case has no approval chain: only the submission brings it.
     */
    private ReviewCase caseOf(UUID reportId, int version, String townshipCode, int year, ReviewCase.Status status) {
        cases.lock(reportId, version);
        return cases.find(reportId, version).orElseGet(() -> {
            ReviewCase opened = new ReviewCase();
            opened.id = UUID.randomUUID();
            opened.reportId = reportId;
            opened.version = version;
            opened.townshipCode = townshipCode;
            opened.year = year;
            opened.status = status;
            opened.openedAt = OffsetDateTime.now(ZoneOffset.UTC);
            opened.findings = "[]";
            cases.persist(opened);
            LOG.infof("review case %s opened for report %s v%d, %s", opened.id, reportId, version, status);
            return opened;
        });
    }

    @Transactional
    public ReviewCaseView get(UUID id, Caller caller) {
        ReviewCase reviewCase = cases.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("审核案卷 " + id + " 不存在"));
        return readable(reviewCase, caller);
    }

    @Transactional
    public ReviewCaseView ofVersion(UUID reportId, int version, Caller caller) {
        ReviewCase reviewCase = cases.find(reportId, version).orElseThrow(() -> ProblemException.notFound(
                "报告 " + reportId + " 第" + version + "版的审核案卷不存在（可能尚未送达审核）"));
        return readable(reviewCase, caller);
    }

    @Transactional
    public PageView<ReviewCaseView> list(ReviewCaseRepository.CaseFilter filter, int page, int size, Caller caller) {
        PanacheQuery<ReviewCase> query = cases.search(caller.listPrefix(), filter, page, size);
        return new PageView<>(query.list().stream().map(mapper::toView).toList(), page, size, query.count());
    }

    private ReviewCaseView readable(ReviewCase reviewCase, Caller caller) {
        ReviewPermissions.requireRead(reviewCase.townshipCode, caller);
        return mapper.toView(reviewCase);
    }
}
