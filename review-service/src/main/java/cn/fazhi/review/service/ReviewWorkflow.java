package cn.fazhi.review.service;

import cn.fazhi.api.CommentRequest;
import cn.fazhi.api.CommentView;
import cn.fazhi.api.DecisionRequest;
import cn.fazhi.api.HistoryView;
import cn.fazhi.api.ReviewCaseView;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.api.Roles;
import cn.fazhi.common.security.Caller;
import cn.fazhi.events.EventContract;
import cn.fazhi.events.ReviewDecided;
import cn.fazhi.events.ReviewDecided.Decision;
import cn.fazhi.messaging.Outbox;
import cn.fazhi.review.HistoryEntry;
import cn.fazhi.review.ReviewCase;
import cn.fazhi.review.ReviewComment;
import cn.fazhi.review.mapping.ReviewCaseMapper;
import cn.fazhi.review.repository.HistoryRepository;
import cn.fazhi.review.repository.ReviewCaseRepository;
import cn.fazhi.review.repository.ReviewCommentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The review of a version, as a state machine: comment and decide while OPEN (return, or approve
 * and move up the chain), publish once APPROVED. Anything else is a 409. Every step is recorded in
 * the history, and every decision is announced on {@code reviews.decided} in the same transaction.
 */
@ApplicationScoped
public class ReviewWorkflow {

    private static final Logger LOG = Logger.getLogger(ReviewWorkflow.class);

    private final ReviewCaseRepository cases;
    private final ReviewCommentRepository reviewComments;
    private final HistoryRepository historyEntries;
    private final ReviewCaseMapper mapper;
    private final History history;
    private final Outbox outbox;

    public ReviewWorkflow(ReviewCaseRepository cases, ReviewCommentRepository reviewComments,
            HistoryRepository historyEntries, ReviewCaseMapper mapper, History history, Outbox outbox) {
        this.cases = cases;
        this.reviewComments = reviewComments;
        this.historyEntries = historyEntries;
        this.mapper = mapper;
        this.history = history;
        this.outbox = outbox;
    }

    @Transactional
    public CommentView comment(UUID caseId, CommentRequest request, Caller caller) {
        ReviewCase reviewCase = open(caseId, caller, "发表意见");
        ReviewComment comment = addComment(reviewCase, request, caller);
        return toView(comment, reviewCase);
    }

    @Transactional
    public ReviewCaseView returnToTownship(UUID caseId, DecisionRequest request, Caller caller) {
        ReviewCase reviewCase = open(caseId, caller, "退回");
        if (request != null && request.comment() != null) {
            addComment(reviewCase, request.comment(), caller);
        }
        List<ReviewComment> comments = commentsAtLevel(reviewCase);
        if (comments.isEmpty()) {
            throw ProblemException.invalid("comment", "退回报告必须附至少一条审核意见");
        }
        decide(reviewCase, ReviewCase.Status.RETURNED, Decision.RETURNED, comments, caller);
        return mapper.toView(reviewCase);
    }

    @Transactional
    public ReviewCaseView approve(UUID caseId, DecisionRequest request, Caller caller) {
        ReviewCase reviewCase = open(caseId, caller, "审核通过");
        if (request != null && request.comment() != null) {
            addComment(reviewCase, request.comment(), caller);
        }
        List<ReviewComment> comments = commentsAtLevel(reviewCase);
        if (reviewCase.atLastLevel()) {
            decide(reviewCase, ReviewCase.Status.APPROVED, Decision.APPROVED, comments, caller);
        } else {
            String level = reviewCase.currentLevel();
            announce(reviewCase, Decision.APPROVED, comments, caller);
            reviewCase.advance();
            history.record(reviewCase, caller.subject(), "APPROVED", "OPEN@" + level,
                    "OPEN@" + reviewCase.currentLevel(), level + "级审核通过");
        }
        return mapper.toView(reviewCase);
    }

    @Transactional
    public ReviewCaseView publish(UUID caseId, Caller caller) {
        if (!caller.has(Roles.ADMIN)) {
            throw ProblemException.forbidden("只有管理员可以发布报告");
        }
        ReviewCase reviewCase = find(caseId);
        if (reviewCase.status != ReviewCase.Status.APPROVED) {
            throw illegal(reviewCase, "发布");
        }
        decide(reviewCase, ReviewCase.Status.PUBLISHED, Decision.PUBLISHED, List.of(), caller);
        return mapper.toView(reviewCase);
    }

    @Transactional
    public List<CommentView> comments(UUID caseId, Caller caller) {
        ReviewCase reviewCase = find(caseId);
        ReviewPermissions.requireRead(reviewCase.townshipCode, caller);
        return reviewComments.ofCase(caseId).stream().map(c -> toView(c, reviewCase)).toList();
    }

    @Transactional
    public List<HistoryView> history(UUID reportId, Caller caller) {
        List<HistoryEntry> steps = historyEntries.ofReport(reportId);
        if (steps.isEmpty()) {
            throw ProblemException.notFound("报告 " + reportId + " 没有审核记录");
        }
        ReviewPermissions.requireRead(steps.get(0).townshipCode, caller);
        return steps.stream().map(e -> new HistoryView(e.version, e.actor, e.action, e.fromStatus, e.toStatus,
                e.reason, e.at)).toList();
    }

    private ReviewCase find(UUID caseId) {
        ReviewCase reviewCase = cases.findById(caseId);
        if (reviewCase == null) {
            throw ProblemException.notFound("审核案卷 " + caseId + " 不存在");
        }
        cases.lock(reviewCase.reportId, reviewCase.version);
        cases.refresh(reviewCase);
        return reviewCase;
    }

    /** The case, if the caller may act on it now and it is open for review. */
    private ReviewCase open(UUID caseId, Caller caller, String action) {
        ReviewCase reviewCase = find(caseId);
        ReviewPermissions.requireRead(reviewCase.townshipCode, caller);
        ReviewPermissions.requireAct(reviewCase, caller);
        if (reviewCase.status != ReviewCase.Status.OPEN) {
            throw illegal(reviewCase, action);
        }
        return reviewCase;
    }

    private static ProblemException illegal(ReviewCase reviewCase, String action) {
        return ProblemException.conflict("illegal-transition", "案卷当前状态为 " + reviewCase.status + "，不能" + action);
    }

    private ReviewComment addComment(ReviewCase reviewCase, CommentRequest request, Caller caller) {
        checkAnchor(reviewCase, request);
        checkFinding(reviewCase, request);
        ReviewComment comment = new ReviewComment();
        comment.id = UUID.randomUUID();
        comment.caseId = reviewCase.id;
        comment.author = caller.subject();
        comment.authorOrg = caller.orgCode();
        comment.level = reviewCase.currentLevel();
        comment.text = request.text().strip();
        comment.anchorStart = request.start();
        comment.anchorEnd = request.end();
        comment.findingCode = request.findingCode();
        comment.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        reviewComments.persist(comment);
        history.record(reviewCase, caller.subject(), "COMMENTED", reviewCase.status.name(), reviewCase.status.name(),
                comment.text);
        return comment;
    }

    private static void checkAnchor(ReviewCase reviewCase, CommentRequest request) {
        if ((request.start() == null) != (request.end() == null)) {
            throw ProblemException.invalid("end", "指向原文时必须同时给出起始和结束位置");
        }
        if (request.start() != null) {
            int length = reviewCase.text == null ? Integer.MAX_VALUE : reviewCase.text.length();
            if (request.start() > request.end() || request.end() > length) {
                throw ProblemException.invalid("end", "原文位置超出范围（正文共 " + length + " 个字符）");
            }
        }
    }

    /**
     * A comment about a finding must name one the version's analysis has. Comments are taken only
     * on an OPEN case, and a case opens only once its analysis is attached, so the findings checked
     * against are always the analysis's own, never an empty list standing in for one not yet arrived.
     */
    private void checkFinding(ReviewCase reviewCase, CommentRequest request) {
        if (request.findingCode() == null) {
            return;
        }
        Set<String> codes = mapper.findingCodes(reviewCase);
        if (!codes.contains(request.findingCode())) {
            throw ProblemException.invalid("findingCode", "此版本的分析中没有分析发现 " + request.findingCode()
                    + (codes.isEmpty() ? "（分析未发现任何问题）" : "（现有：" + String.join("、", codes) + "）"));
        }
    }

    private List<ReviewComment> commentsAtLevel(ReviewCase reviewCase) {
        return reviewComments.ofCaseAtLevel(reviewCase.id, reviewCase.currentLevel());
    }

    private void decide(ReviewCase reviewCase, ReviewCase.Status to, Decision decision, List<ReviewComment> comments,
            Caller caller) {
        ReviewCase.Status from = reviewCase.status;
        announce(reviewCase, decision, comments, caller);
        reviewCase.status = to;
        reviewCase.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        history.record(reviewCase, caller.subject(), decision.name(), from.name(), to.name(),
                comments.isEmpty() ? null : comments.get(comments.size() - 1).text);
        LOG.infof("case %s (report %s v%d): %s → %s by %s", reviewCase.id, reviewCase.reportId, reviewCase.version, from,
                to, caller.subject());
    }

    /**
     * Announces a decision of the case's current level, before the case moves on. Whether it is
     * final is decided here, once for the platform: a return and a publication always are, an
     * approval only at the last level of the version's chain.
     */
    private void announce(ReviewCase reviewCase, Decision decision, List<ReviewComment> comments, Caller caller) {
        boolean finalDecision = decision != Decision.APPROVED || reviewCase.atLastLevel();
        outbox.append(EventContract.REVIEW_DECIDED, reviewCase.townshipCode, reviewCase.reportId.toString(),
                new ReviewDecided(reviewCase.reportId, reviewCase.version, reviewCase.townshipCode,
                        reviewCase.currentLevel(), decision, finalDecision, caller.subject(),
                        comments.stream().map(c -> c.id).toList()));
    }

    private static CommentView toView(ReviewComment c, ReviewCase reviewCase) {
        String passage = c.anchorStart == null || reviewCase.text == null ? null
                : reviewCase.text.substring(c.anchorStart, c.anchorEnd);
        return new CommentView(c.id, c.caseId, c.author, c.level, c.text, c.anchorStart, c.anchorEnd, passage,
                c.findingCode, c.createdAt);
    }
}
