package cn.fazhi.api.contract;

import cn.fazhi.api.CommentRequest;
import cn.fazhi.api.CommentView;
import cn.fazhi.api.DecisionRequest;
import cn.fazhi.api.HistoryView;
import cn.fazhi.api.PageRequest;
import cn.fazhi.api.PageView;
import cn.fazhi.api.ReviewCaseView;
import cn.fazhi.api.Roles;
import cn.fazhi.api.StuckWorkView;
import cn.fazhi.api.Validation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Review cases, the reviewers' feedback and decisions, and each report's history; served by
 * review-service. Declared once for the service and the gateway (see {@link ReportApi}).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reviews", description = "审核案卷")
public interface ReviewApi {

    @GET
    @Path("/reviews")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "审核队列", description = "Who: reporter, reviewer, viewer, admin; cases of the townships "
            + "under the caller's `org_code`, newest first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Pages.ReviewCasePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    PageView<ReviewCaseView> list(
            @Parameter(description = "AWAITING_ANALYSIS, AWAITING_SUBMISSION, OPEN, RETURNED, APPROVED, PUBLISHED or SUPERSEDED")
            @QueryParam("status")
            @Pattern(regexp = "AWAITING_ANALYSIS|AWAITING_SUBMISSION|OPEN|RETURNED|APPROVED|PUBLISHED|SUPERSEDED",
                    message = "未知的案卷状态（可选 AWAITING_ANALYSIS、AWAITING_SUBMISSION、OPEN、RETURNED、APPROVED、PUBLISHED、SUPERSEDED）")
            String status,
            @Parameter(example = "320684104") @QueryParam("township")
            @Pattern(regexp = Validation.TOWNSHIP_CODE, message = Validation.TOWNSHIP_CODE_MESSAGE) String township,
            @Parameter(description = "only cases with a finding of this severity") @QueryParam("severity")
            @Pattern(regexp = Validation.SEVERITY, message = Validation.SEVERITY_MESSAGE) String severity,
            @Parameter(description = "only late (true) or on-time (false) submissions") @QueryParam("late") Boolean late,
            @Parameter(description = "only cases at this level of their chain: a reviewer's \"awaiting me\"")
            @QueryParam("level") @Pattern(regexp = Validation.LEVEL, message = Validation.LEVEL_MESSAGE) String level,
            @Valid @BeanParam PageRequest paging);

    @GET
    @Path("/reviews/{id}")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "审核案卷", description = "Who: reporter, reviewer, viewer, admin in scope.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewCaseView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    ReviewCaseView get(@PathParam("id") UUID id);

    @POST
    @Path("/reviews/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "发表审核意见", description = "Who: a reviewer of the case's current level whose `org_code` "
            + "covers the township (not the township itself), or an admin. Optionally anchored to a passage "
            + "(`start`, `end`: UTF-16 offsets into the version's text) or to a finding.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CommentRequest.class),
            examples = @ExampleObject(name = "指向原文", value = """
                    {"text":"请补充存在的不足和原因","start":120,"end":158}""")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    Response comment(@PathParam("id") UUID id, @NotNull(message = Validation.BODY_REQUIRED) @Valid CommentRequest request);

    @GET
    @Path("/reviews/{id}/comments")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "审核意见（含所指原文）", description = "Who: reporter (own township), reviewer, viewer, admin in scope.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommentView[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    List<CommentView> comments(@PathParam("id") UUID id);

    @POST
    @Path("/reviews/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "退回修改", description = "Who: as for comments. Needs at least one comment at this level "
            + "(give it here or before). The report becomes RETURNED and the township may submit a new version. "
            + "Only an OPEN case can be returned (else 409).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewCaseView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    ReviewCaseView returnToTownship(@PathParam("id") UUID id, @Valid DecisionRequest request);

    @POST
    @Path("/reviews/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "本级审核通过", description = "Who: as for comments. The case moves to the next level of the "
            + "chain; the last level's approval makes the report APPROVED. Only an OPEN case (else 409).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewCaseView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    ReviewCaseView approve(@PathParam("id") UUID id, @Valid DecisionRequest request);

    @POST
    @Path("/reviews/{id}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "发布", description = "Who: admin. Only an APPROVED case (else 409).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewCaseView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    ReviewCaseView publish(@PathParam("id") UUID id);

    @GET
    @Path("/reports/{id}/versions/{number}/review")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "某一版本的审核案卷（含分析发现）", description = "Who: reporter, reviewer, viewer, admin in scope.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewCaseView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    ReviewCaseView ofVersion(@PathParam("id") UUID reportId,
            @PathParam("number") @Min(value = 1, message = Validation.VERSION_MESSAGE) int number);

    @GET
    @Path("/reports/{id}/history")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "报告的全部记录", description = "Who: reporter, reviewer, viewer, admin in scope. Every "
            + "submission, analysis, comment and decision: who, when, from which state to which, why.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HistoryView[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    List<HistoryView> history(@PathParam("id") UUID reportId);

    @GET
    @Path("/admin/stuck-reviews")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "停滞的审核案卷", description = "Who: admin. Review cases still waiting for their analysis "
            + "(AWAITING_ANALYSIS) or for their submission (AWAITING_SUBMISSION) longer than `review.stuck-after` "
            + "(default 2 minutes), oldest first; their count is in the health group `/q/health/group/stuck-work` (not part of readiness).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StuckWorkView[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    List<StuckWorkView> stuckReviews();
}
