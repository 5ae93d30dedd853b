package cn.fazhi.report.rest;

import cn.fazhi.api.DiffView;
import cn.fazhi.api.PageRequest;
import cn.fazhi.api.PageView;
import cn.fazhi.api.ReportStatus;
import cn.fazhi.api.ReportVersionView;
import cn.fazhi.api.ReportView;
import cn.fazhi.api.ResubmitRequest;
import cn.fazhi.api.SubmitReportRequest;
import cn.fazhi.api.UploadReportForm;
import cn.fazhi.api.UploadVersionForm;
import cn.fazhi.api.contract.ReportApi;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.common.security.CurrentCaller;
import cn.fazhi.report.repository.ReportRepository.ReportFilter;
import cn.fazhi.report.VersionFile;
import cn.fazhi.report.service.ReportService;
import cn.fazhi.report.service.ReportUploads;
import cn.fazhi.report.service.ReportService.Submission;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Reports and their versions as {@link ReportApi} declares them (paths, roles, validation).
 * Thin: leaves rules and scope to {@link ReportService}.
 */
public class ReportResource implements ReportApi {

    private final ReportService service;
    private final ReportUploads uploads;
    private final CurrentCaller caller;

    public ReportResource(ReportService service, ReportUploads uploads, CurrentCaller caller) {
        this.service = service;
        this.uploads = uploads;
        this.caller = caller;
    }

    @Override
    public Response submitFile(UploadReportForm form, String key) {
        return created(uploads.submit(form, key, caller.get()));
    }

    @Override
    public Response resubmitFile(UUID id, UploadVersionForm form) {
        return newVersion(id, uploads.resubmit(id, form, caller.get()));
    }

    @Override
    public Response file(UUID id, int number) {
        VersionFile file = service.file(id, number, caller.get());
        return Response.ok(file.content, file.mediaType)
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName))
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder()
                        .encodeToString(java.util.HexFormat.of().parseHex(file.sha256)))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @Override
    public Response submit(SubmitReportRequest request, String key) {
        return created(service.submit(request, key, caller.get()));
    }

    private static Response created(Submission submission) {
        return Response.status(Response.Status.CREATED)
                .location(URI.create("/api/v1/reports/" + submission.report().id()))
                .header(IDEMPOTENT_REPLAYED, submission.replayed())
                .entity(submission.report())
                .build();
    }

    @Override
    public Response resubmit(UUID id, ResubmitRequest request) {
        return newVersion(id, service.resubmit(id, request, caller.get()));
    }

    private static Response newVersion(UUID id, ReportView report) {
        return Response.status(Response.Status.CREATED)
                .location(URI.create("/api/v1/reports/" + id + "/versions/" + report.latestVersion()))
                .entity(report)
                .build();
    }

    @Override
    public DiffView diff(UUID id, int from, Integer to) {
        return service.diff(id, from, to, caller.get());
    }

    @Override
    public ReportView get(UUID id) {
        return service.get(id, caller.get());
    }

    @Override
    public ReportVersionView version(UUID id, int number) {
        return service.version(id, number, caller.get());
    }

    @Override
    public PageView<ReportView> list(Integer year, String township, List<String> status, PageRequest paging) {
        return service.list(new ReportFilter(year, township, statuses(status)),
                paging.page, paging.size, caller.get());
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
