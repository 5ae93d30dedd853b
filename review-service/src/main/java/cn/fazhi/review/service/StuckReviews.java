package cn.fazhi.review.service;

import cn.fazhi.api.StuckWorkView;
import cn.fazhi.review.config.ReviewConfig;
import cn.fazhi.review.repository.ReviewCaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Review cases that cannot move because an event has not arrived: the analysis (AWAITING_ANALYSIS)
 * or the submission (AWAITING_SUBMISSION). Either means an event in a dead letter or a consumer down.
 */
@ApplicationScoped
public class StuckReviews {

    static final int LIST_LIMIT = 1000;

    private final ReviewCaseRepository cases;
    private final ReviewConfig config;

    public StuckReviews(ReviewCaseRepository cases, ReviewConfig config) {
        this.cases = cases;
        this.config = config;
    }

    @Transactional
    public List<StuckWorkView> list() {
        return cases.waitingSince(cutoff(), LIST_LIMIT).stream()
                .map(c -> new StuckWorkView(c.reportId, c.version, c.townshipCode, c.year, c.status.name(), c.openedAt))
                .toList();
    }

    @Transactional
    public long count() {
        return cases.countWaitingSince(cutoff());
    }

    private OffsetDateTime cutoff() {
        return OffsetDateTime.now(ZoneOffset.UTC).minus(config.stuckAfter());
    }
}
