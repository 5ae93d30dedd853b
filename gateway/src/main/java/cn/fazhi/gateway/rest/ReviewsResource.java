package cn.fazhi.gateway.rest;

import cn.fazhi.api.CommentRequest;
import cn.fazhi.api.CommentView;
import cn.fazhi.api.DecisionRequest;
import cn.fazhi.api.PageRequest;
import cn.fazhi.api.PageView;
import cn.fazhi.api.ReviewCaseView;
import cn.fazhi.common.security.Roles;
import cn.fazhi.gateway.client.ReviewClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/reviews}: the reviewer's queue of cases, forwarded to review-service. */
@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
@Tag(name = "reviews")
public class ReviewsResource {

    private final ReviewClient reviews;

    public ReviewsResource(ReviewClient reviews) {
        this.reviews = reviews;
    }

    @GET
    @Operation(summary = "审核队列", description = "Who: reporter, reviewer, viewer, admin; cases of the townships "
            + "under the caller's `org_code`, newest first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewCasePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public PageView<ReviewCaseView> list(
            @Parameter(description = "AWAITING_ANALYSIS, OPEN, RETURNED, APPROVED, PUBLISHED or SUPERSEDED")
            @QueryParam("status")
            @Pattern(regexp = "AWAITING_ANALYSIS|OPEN|RETURNED|APPROVED|PUBLISHED|SUPERSEDED",
                    message = "未知的案卷状态（可选 AWAITING_ANALYSIS、OPEN、RETURNED、APPROVED、PUBLISHED、SUPERSEDED）")
            String status,
            @Parameter(example = "320684104") @QueryParam("township")
            @Pattern(regexp = "[0-9]{9}", message = "乡镇代码必须是9位数字的行政区划代码") String township,
            @Parameter(description = "only cases with a finding of this severity") @QueryParam("severity")
            @Pattern(regexp = "ERROR|WARNING|INFO", message = "严重程度可选 ERROR、WARNING、INFO") String severity,
            @Parameter(description = "only late (true) or on-time (false) submissions") @QueryParam("late") Boolean late,
            @Parameter(description = "only cases at this level of their chain: a reviewer's \"awaiting me\"")
            @QueryParam("level") @Pattern(regexp = "COUNTY|CITY|PROVINCE", message = "层级可选 COUNTY、CITY、PROVINCE")
            String level,
            @Valid @BeanParam PageRequest paging) {
        return reviews.list(status, township, severity, late, level, paging.page, paging.size);
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "发表审核意见", description = "Who: a reviewer of the case's current level whose `org_code` "
            + "covers the township (not the township itself), or an admin. Optionally anchored to a passage "
            + "(`start`, `end`: UTF-16 offsets into the version's text) or to a finding.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response comment(@PathParam("id") UUID id, @NotNull(message = "请求体不能为空") @Valid CommentRequest request) {
        return Response.status(Response.Status.CREATED).entity(reviews.comment(id, request)).build();
    }

    @GET
    @Path("/{id}/comments")
    @Operation(summary = "审核意见（含所指原文）", description = "Who: reporter (own township), reviewer, viewer, admin in scope.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommentView[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public List<CommentView> comments(@PathParam("id") UUID id) {
        return reviews.comments(id);
    }

    @POST
    @Path("/{id}/return")
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
    public ReviewCaseView returnToTownship(@PathParam("id") UUID id, @Valid DecisionRequest request) {
        return reviews.returnToTownship(id, request);
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "本级审核通过", description = "Who: as for comments. The case moves to the next level of the "
            + "chain; the last level's approval makes the report APPROVED. Only an OPEN case (else 409).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewCaseView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public ReviewCaseView approve(@PathParam("id") UUID id, @Valid DecisionRequest request) {
        return reviews.approve(id, request);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "发布", description = "Who: admin. Only an APPROVED case (else 409).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewCaseView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public ReviewCaseView publish(@PathParam("id") UUID id) {
        return reviews.publish(id);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "审核案卷", description = "Who: reporter, reviewer, viewer, admin in scope.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewCaseView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public ReviewCaseView get(@PathParam("id") UUID id) {
        return reviews.get(id);
    }

    /** Names the generic page type in the OpenAPI document. */
    @Schema(name = "ReviewCasePage")
    static final class ReviewCasePage {
        @Schema(implementation = ReviewCaseView.class, type = SchemaType.ARRAY)
        public List<ReviewCaseView> items;
        public int page;
        public int size;
        public long total;
    }
}
