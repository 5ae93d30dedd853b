package cn.fazhi.review.rest;

import cn.fazhi.api.CommentRequest;
import cn.fazhi.api.CommentView;
import cn.fazhi.api.DecisionRequest;
import cn.fazhi.api.HistoryView;
import cn.fazhi.api.PageRequest;
import cn.fazhi.api.PageView;
import cn.fazhi.api.ReviewCaseView;
import cn.fazhi.api.contract.ReviewApi;
import cn.fazhi.common.security.CurrentCaller;
import cn.fazhi.review.ReviewCase;
import cn.fazhi.review.repository.ReviewCaseRepository;
import cn.fazhi.review.service.ReviewService;
import cn.fazhi.review.service.StuckReviews;
import cn.fazhi.api.StuckWorkView;
import cn.fazhi.review.service.ReviewWorkflow;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * Review cases as {@link ReviewApi} declares them: the reviewer's queue, each version's case,
 * comments, decisions and the history. Thin: the workflow's rules live in {@link ReviewWorkflow}.
 */
public class ReviewCaseResource implements ReviewApi {

    private final ReviewService service;
    private final ReviewWorkflow workflow;
    private final CurrentCaller caller;
    private final StuckReviews stuck;

    public ReviewCaseResource(ReviewService service, ReviewWorkflow workflow, CurrentCaller caller, StuckReviews stuck) {
        this.stuck = stuck;
        this.service = service;
        this.workflow = workflow;
        this.caller = caller;
    }

    @Override
    public PageView<ReviewCaseView> list(String status, String township, String severity, Boolean late, String level,
            PageRequest paging) {
        return service.list(new ReviewCaseRepository.CaseFilter(status(status), township, severity, late, level),
                paging.page, paging.size, caller.get());
    }

    @Override
    public Response comment(UUID id, CommentRequest request) {
        return Response.status(Response.Status.CREATED).entity(workflow.comment(id, request, caller.get())).build();
    }

    @Override
    public List<CommentView> comments(UUID id) {
        return workflow.comments(id, caller.get());
    }

    @Override
    public ReviewCaseView returnToTownship(UUID id, DecisionRequest request) {
        return workflow.returnToTownship(id, request, caller.get());
    }

    @Override
    public ReviewCaseView approve(UUID id, DecisionRequest request) {
        return workflow.approve(id, request, caller.get());
    }

    @Override
    public ReviewCaseView publish(UUID id) {
        return workflow.publish(id, caller.get());
    }

    @Override
    public List<HistoryView> history(UUID reportId) {
        return workflow.history(reportId, caller.get());
    }

    @Override
    public ReviewCaseView get(UUID id) {
        return service.get(id, caller.get());
    }

    @Override
    public ReviewCaseView ofVersion(UUID reportId, int number) {
        return service.ofVersion(reportId, number, caller.get());
    }

    /** The contract's pattern has already refused an unknown status. */
    private static ReviewCase.Status status(String name) {
        return name == null ? null : ReviewCase.Status.valueOf(name);
    }

    @Override
    public List<StuckWorkView> stuckReviews() {
        return stuck.list();
    }
}
