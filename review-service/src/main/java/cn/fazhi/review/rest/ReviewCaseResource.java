package cn.fazhi.review.rest;

import cn.fazhi.api.CommentRequest;
import cn.fazhi.api.CommentView;
import cn.fazhi.api.DecisionRequest;
import cn.fazhi.api.HistoryView;
import cn.fazhi.api.PageRequest;
import cn.fazhi.api.PageView;
import cn.fazhi.api.ReviewCaseView;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.common.security.CallerScope;
import cn.fazhi.common.security.Roles;
import cn.fazhi.review.ReviewCase;
import cn.fazhi.review.repository.ReviewCaseRepository;
import cn.fazhi.review.service.ReviewService;
import cn.fazhi.review.service.ReviewWorkflow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** Review cases: the reviewer's queue and each version's case. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
public class ReviewCaseResource {

    private final ReviewService service;
    private final ReviewWorkflow workflow;
    private final CallerScope caller;

    public ReviewCaseResource(ReviewService service, ReviewWorkflow workflow, CallerScope caller) {
        this.service = service;
        this.workflow = workflow;
        this.caller = caller;
    }

    @GET
    @Path("reviews")
    public PageView<ReviewCaseView> list(
            @QueryParam("status") String status,
            @QueryParam("township") @Pattern(regexp = "[0-9]{9}", message = "乡镇代码必须是9位数字的行政区划代码")
            String township,
            @QueryParam("severity") @Pattern(regexp = "ERROR|WARNING|INFO", message = "严重程度可选 ERROR、WARNING、INFO")
            String severity,
            @QueryParam("late") Boolean late,
            @QueryParam("level") @Pattern(regexp = "COUNTY|CITY|PROVINCE", message = "层级可选 COUNTY、CITY、PROVINCE")
            String level,
            @Valid @BeanParam PageRequest paging) {
        return service.list(new ReviewCaseRepository.CaseFilter(status(status), township, severity, late, level),
                paging.page, paging.size, caller.get());
    }

    @POST
    @Path("reviews/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public Response comment(@PathParam("id") UUID id, @NotNull(message = "请求体不能为空") @Valid CommentRequest request) {
        return Response.status(Response.Status.CREATED).entity(workflow.comment(id, request, caller.get())).build();
    }

    @GET
    @Path("reviews/{id}/comments")
    public List<CommentView> comments(@PathParam("id") UUID id) {
        return workflow.comments(id, caller.get());
    }

    @POST
    @Path("reviews/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public ReviewCaseView returnToTownship(@PathParam("id") UUID id, @Valid DecisionRequest request) {
        return workflow.returnToTownship(id, request, caller.get());
    }

    @POST
    @Path("reviews/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public ReviewCaseView approve(@PathParam("id") UUID id, @Valid DecisionRequest request) {
        return workflow.approve(id, request, caller.get());
    }

    @POST
    @Path("reviews/{id}/publish")
    @RolesAllowed(Roles.ADMIN)
    public ReviewCaseView publish(@PathParam("id") UUID id) {
        return workflow.publish(id, caller.get());
    }

    @GET
    @Path("reports/{reportId}/history")
    public List<HistoryView> history(@PathParam("reportId") UUID reportId) {
        return workflow.history(reportId, caller.get());
    }

    @GET
    @Path("reviews/{id}")
    public ReviewCaseView get(@PathParam("id") UUID id) {
        return service.get(id, caller.get());
    }

    @GET
    @Path("reports/{reportId}/versions/{version}/review")
    public ReviewCaseView ofVersion(@PathParam("reportId") UUID reportId,
            @PathParam("version") @Min(value = 1, message = "版本号从1开始") int version) {
        return service.ofVersion(reportId, version, caller.get());
    }

    private static ReviewCase.Status status(String name) {
        if (name == null) {
            return null;
        }
        try {
            return ReviewCase.Status.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "未知的案卷状态：" + name
                    + "（可选 AWAITING_ANALYSIS、OPEN、RETURNED、APPROVED、PUBLISHED、SUPERSEDED）");
        }
    }
}
