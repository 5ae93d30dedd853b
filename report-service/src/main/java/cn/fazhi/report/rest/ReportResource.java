package cn.fazhi.report.rest;

import cn.fazhi.api.DiffView;
import cn.fazhi.api.PageRequest;
import cn.fazhi.api.PageView;
import cn.fazhi.api.ReportStatus;
import cn.fazhi.api.ReportVersionView;
import cn.fazhi.api.ReportView;
import cn.fazhi.api.ResubmitRequest;
import cn.fazhi.api.SubmitReportRequest;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.common.security.Roles;
import cn.fazhi.common.security.CallerScope;
import cn.fazhi.report.repository.ReportRepository.ReportFilter;
import cn.fazhi.report.service.ReportService;
import cn.fazhi.report.service.ReportService.Submission;
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
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Reports and their versions. Thin: checks shapes, leaves rules and scope to {@link ReportService}. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private final ReportService service;
    private final CallerScope caller;

    public ReportResource(ReportService service, CallerScope caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.PORTAL, Roles.ADMIN})
    public Response submit(
            @NotNull(message = "请求体不能为空") @Valid SubmitReportRequest request,
            @HeaderParam(IDEMPOTENCY_KEY)
            @Pattern(regexp = "[\\x21-\\x7E]{1,200}", message = "Idempotency-Key 必须是1到200个可见ASCII字符") String key) {
        Submission submission = service.submit(request, key, caller.get());
        return Response.status(Response.Status.CREATED)
                .location(URI.create("/reports/" + submission.report().id()))
                .header(IDEMPOTENT_REPLAYED, submission.replayed())
                .entity(submission.report())
                .build();
    }

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.PORTAL, Roles.ADMIN})
    public Response resubmit(@PathParam("id") UUID id,
            @NotNull(message = "请求体不能为空") @Valid ResubmitRequest request) {
        ReportView report = service.resubmit(id, request, caller.get());
        return Response.status(Response.Status.CREATED)
                .location(URI.create("/reports/" + id + "/versions/" + report.latestVersion()))
                .entity(report)
                .build();
    }

    @GET
    @Path("/{id}/diff")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
    public DiffView diff(@PathParam("id") UUID id,
            @QueryParam("from") @DefaultValue("1") @Min(value = 1, message = "版本号从1开始") int from,
            @QueryParam("to") @NotNull(message = "必须指定要比较的版本 to") @Min(value = 1, message = "版本号从1开始") Integer to) {
        return service.diff(id, from, to, caller.get());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    public ReportView get(@PathParam("id") UUID id) {
        return service.get(id, caller.get());
    }

    @GET
    @Path("/{id}/versions/{number}")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    public ReportVersionView version(@PathParam("id") UUID id,
            @PathParam("number") @Min(value = 1, message = "版本号从1开始") int number) {
        return service.version(id, number, caller.get());
    }

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    public PageView<ReportView> list(
            @QueryParam("year") @Pattern(regexp = "(19|20|21)[0-9]{2}", message = "年度必须是四位数字，如2024") String year,
            @QueryParam("township") @Pattern(regexp = "[0-9]{9}", message = "乡镇代码必须是9位数字的行政区划代码")
            String township,
            @QueryParam("status") List<String> status,
            @Valid @BeanParam PageRequest paging) {
        return service.list(new ReportFilter(year == null ? null : Integer.valueOf(year), township, statuses(status)), paging.page, paging.size,
                caller.get());
    }

    private static List<ReportStatus> statuses(List<String> names) {
        return names.stream().map(name -> {
            try {
                return ReportStatus.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("status", "未知的报告状态：" + name + "（可选 SUBMITTED、IN_REVIEW、RETURNED、APPROVED、PUBLISHED）");
            }
        }).toList();
    }
}
