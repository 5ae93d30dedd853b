package cn.fazhi.gateway.rest;

import cn.fazhi.api.AnalysisView;
import cn.fazhi.api.DiffView;
import cn.fazhi.api.HistoryView;
import cn.fazhi.api.PageRequest;
import cn.fazhi.api.PageView;
import cn.fazhi.api.ReportVersionView;
import cn.fazhi.api.ReportView;
import cn.fazhi.api.ResubmitRequest;
import cn.fazhi.api.ReviewCaseView;
import cn.fazhi.api.SubmitReportRequest;
import cn.fazhi.common.security.Roles;
import cn.fazhi.gateway.client.MetricsClient;
import cn.fazhi.gateway.client.ReportClient;
import cn.fazhi.gateway.client.ReviewClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * {@code /api/v1/reports}: checks the caller and the request shape, then forwards with the
 * caller's token; report-service, metrics-service and review-service check scope again.
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
    private static final String ANY_READER = "reporter, reviewer, viewer, admin";

    private final ReportClient reports;
    private final MetricsClient metrics;
    private final ReviewClient reviews;

    public ReportsResource(ReportClient reports, MetricsClient metrics, ReviewClient reviews) {
        this.reports = reports;
        this.metrics = metrics;
        this.reviews = reviews;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.PORTAL, Roles.ADMIN})
    @Tag(name = "reports")
    @Operation(summary = "提交年度报告",
            description = "Who: `reporter` for their own township (`org_code` = townshipCode), `portal` for townships "
                    + "under its `org_code`, `admin`. Stores version 1 and announces it; the analysis and the review "
                    + "case follow within seconds. One report per township and year: a second one is 409. Send an "
                    + "`Idempotency-Key` so that a retry returns the first answer instead of failing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmitReportRequest.class),
            examples = @ExampleObject(name = "包场镇", value = """
                    {"townshipCode":"320684104","year":2024,"title":"2024年度包场镇法治政府建设工作报告",
                     "text":"一、2024年度推进法治政府建设的主要举措和成效\\n……2024年共受理行政诉讼一审案件12宗……"}""")))
    @APIResponse(responseCode = "201", description = "已提交（或按 Idempotency-Key 重放的首次结果）",
            headers = {@Header(name = "Location", description = "the new report"),
                    @Header(name = IDEMPOTENT_REPLAYED, description = "true when the answer replays an earlier submission")},
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "422", description = "Idempotency-Key 已用于内容不同的提交", ref = "BadRequest")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response submit(
            @NotNull(message = "请求体不能为空") @Valid SubmitReportRequest request,
            @Parameter(description = "a key of the portal's choosing, the same for every retry of one submission",
                    example = "portal-2025-0001")
            @HeaderParam(IDEMPOTENCY_KEY)
            @Pattern(regexp = "[\\x21-\\x7E]{1,200}", message = "Idempotency-Key 必须是1到200个可见ASCII字符") String key,
            UriInfo uri) {
        RestResponse<ReportView> answer = reports.submit(request, key);
        ReportView report = answer.getEntity();
        return Response.status(answer.getStatus())
                .location(uri.getBaseUriBuilder().path("api/v1/reports").path(report.id().toString()).build())
                .header(IDEMPOTENT_REPLAYED, answer.getHeaderString(IDEMPOTENT_REPLAYED))
                .entity(report)
                .build();
    }

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Tag(name = "reports")
    @Operation(summary = "报告列表",
            description = "Who: anyone with a role; each sees the townships under their `org_code` (a `reporter` "
                    + "only their own, a `portal` only published reports, an `admin` all). Newest year first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public PageView<ReportView> list(
            @Parameter(example = "2024") @QueryParam("year")
            @Pattern(regexp = "(19|20|21)[0-9]{2}", message = "年度必须是四位数字，如2024") String year,
            @Parameter(example = "320684104") @QueryParam("township")
            @Pattern(regexp = "[0-9]{9}", message = "乡镇代码必须是9位数字的行政区划代码") String township,
            @Parameter(description = "SUBMITTED, IN_REVIEW, RETURNED, APPROVED or PUBLISHED; repeatable")
            @QueryParam("status") List<String> status,
            @Valid @BeanParam PageRequest paging) {
        return reports.list(year, township, status, paging.page, paging.size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Tag(name = "reports")
    @Operation(summary = "报告详情（含版本列表）", description = "Who: " + ANY_READER + " in scope; `portal` if published.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public ReportView get(@PathParam("id") UUID id) {
        return reports.get(id);
    }

    @GET
    @Path("/{id}/versions/{number}")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Tag(name = "reports")
    @Operation(summary = "某一版本的全文", description = "Who: " + ANY_READER + " in scope; `portal` if published.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportVersionView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public ReportVersionView version(@PathParam("id") UUID id,
            @PathParam("number") @Min(value = 1, message = "版本号从1开始") int number) {
        return reports.version(id, number);
    }

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.PORTAL, Roles.ADMIN})
    @Tag(name = "reports")
    @Operation(summary = "提交修改后的新版本",
            description = "Who: as for a submission. Only a RETURNED report takes a new version (else 409); it becomes "
                    + "version n+1 and is analysed and reviewed again. Earlier versions never change.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Response resubmit(@PathParam("id") UUID id, @NotNull(message = "请求体不能为空") @Valid ResubmitRequest request,
            UriInfo uri) {
        ReportView report = reports.resubmit(id, request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/reports").path(id.toString()).path("versions")
                .path(Integer.toString(report.latestVersion())).build()).entity(report).build();
    }

    @GET
    @Path("/{id}/diff")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
    @Tag(name = "reports")
    @Operation(summary = "两个版本的段落级差异", description = "Who: " + ANY_READER + " in scope.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DiffView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public DiffView diff(@PathParam("id") UUID id,
            @Parameter(example = "1") @QueryParam("from") @DefaultValue("1") @Min(value = 1, message = "版本号从1开始") int from,
            @Parameter(example = "2") @QueryParam("to") @NotNull(message = "必须指定要比较的版本 to")
            @Min(value = 1, message = "版本号从1开始") Integer to) {
        return reports.diff(id, from, to);
    }

    @GET
    @Path("/{id}/analysis")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Tag(name = "analysis")
    @Operation(summary = "最新版本的分析结果",
            description = "Who: " + ANY_READER + " in scope; `portal` once published. 404 until the analysis is stored "
                    + "(usually within seconds). `official` marks the approved version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AnalysisView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public AnalysisView latestAnalysis(@PathParam("id") UUID id) {
        return metrics.latest(id);
    }

    @GET
    @Path("/{id}/versions/{number}/analysis")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Tag(name = "analysis")
    @Operation(summary = "某一版本的分析结果", description = "Who: " + ANY_READER + " in scope; `portal` once published.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AnalysisView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public AnalysisView analysis(@PathParam("id") UUID id,
            @PathParam("number") @Min(value = 1, message = "版本号从1开始") int number) {
        return metrics.ofVersion(id, number);
    }

    @GET
    @Path("/{id}/versions/{number}/review")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
    @Tag(name = "reviews")
    @Operation(summary = "某一版本的审核案卷（含分析发现）", description = "Who: " + ANY_READER + " in scope.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewCaseView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public ReviewCaseView review(@PathParam("id") UUID id,
            @PathParam("number") @Min(value = 1, message = "版本号从1开始") int number) {
        return reviews.ofVersion(id, number);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
    @Tag(name = "reviews")
    @Operation(summary = "报告的全部记录", description = "Who: " + ANY_READER + " in scope. Every submission, analysis, "
            + "comment and decision: who, when, from which state to which, why.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HistoryView[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public List<HistoryView> history(@PathParam("id") UUID id) {
        return reviews.history(id);
    }

    /** Names the generic page type in the OpenAPI document. */
    @Schema(name = "ReportPage")
    static final class ReportPage {
        @Schema(implementation = ReportView.class, type = SchemaType.ARRAY)
        public List<ReportView> items;
        public int page;
        public int size;
        public long total;
    }
}
