package cn.fazhi.api.contract;

import cn.fazhi.api.DiffView;
import cn.fazhi.api.Limits;
import cn.fazhi.api.PageRequest;
import cn.fazhi.api.PageView;
import cn.fazhi.api.ReportVersionView;
import cn.fazhi.api.ReportView;
import cn.fazhi.api.ResubmitRequest;
import cn.fazhi.api.Roles;
import cn.fazhi.api.SubmitReportRequest;
import cn.fazhi.api.UploadReportForm;
import cn.fazhi.api.UploadVersionForm;
import cn.fazhi.api.Validation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
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
 * Reports and their versions, served by report-service.
 *
 * <p>Declared once: report-service implements this interface, and the gateway routes, authorizes
 * and documents {@code /api/v1} from it, so a path, a parameter or a role cannot differ between them.
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public interface ReportApi {

    String IDEMPOTENCY_KEY = "Idempotency-Key";
    String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.PORTAL, Roles.ADMIN})
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
    Response submit(
            @NotNull(message = Validation.BODY_REQUIRED) @Valid SubmitReportRequest request,
            @Parameter(description = "a key of the portal's choosing, the same for every retry of one submission",
                    example = "portal-2025-0001")
            @HeaderParam(IDEMPOTENCY_KEY)
            @Pattern(regexp = Validation.IDEMPOTENCY_KEY, message = Validation.IDEMPOTENCY_KEY_MESSAGE) String key);

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "报告列表",
            description = "Who: anyone with a role; each sees the townships under their `org_code` (a `reporter` "
                    + "only their own, a `portal` only published reports, an `admin` all). Newest year first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Pages.ReportPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    PageView<ReportView> list(
            @Parameter(example = "2024") @QueryParam("year")
            @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
            @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE) Integer year,
            @Parameter(example = "320684104") @QueryParam("township")
            @Pattern(regexp = Validation.TOWNSHIP_CODE, message = Validation.TOWNSHIP_CODE_MESSAGE) String township,
            @Parameter(description = "SUBMITTED, IN_REVIEW, RETURNED, APPROVED or PUBLISHED; repeatable")
            @QueryParam("status") List<String> status,
            @Valid @BeanParam PageRequest paging);

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "报告详情（含版本列表）",
            description = "Who: reporter, reviewer, viewer, admin in scope; `portal` if published.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    ReportView get(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/versions/{number}")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "某一版本的全文", description = "Who: reporter, reviewer, viewer, admin in scope; `portal` if published.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportVersionView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    ReportVersionView version(@PathParam("id") UUID id,
            @PathParam("number") @Min(value = 1, message = Validation.VERSION_MESSAGE) int number);

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.PORTAL, Roles.ADMIN})
    @Operation(summary = "提交修改后的新版本",
            description = "Who: as for a submission. Only a RETURNED report takes a new version (else 409); it becomes "
                    + "version n+1 and is analyzed and reviewed again. Earlier versions never change.")
    @APIResponse(responseCode = "201", headers = @Header(name = "Location", description = "the new version"),
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    Response resubmit(@PathParam("id") UUID id,
            @NotNull(message = Validation.BODY_REQUIRED) @Valid ResubmitRequest request);

    @GET
    @Path("/{id}/diff")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "两个版本的段落级差异", description = "Who: reporter, reviewer, viewer, admin in scope.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DiffView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    DiffView diff(@PathParam("id") UUID id,
            @Parameter(example = "1") @QueryParam("from") @DefaultValue("1")
            @Min(value = 1, message = Validation.VERSION_MESSAGE) int from,
            @Parameter(example = "2") @QueryParam("to") @NotNull(message = "必须指定要比较的版本 to")
            @Min(value = 1, message = Validation.VERSION_MESSAGE) Integer to);

    String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @POST
    @Path("/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.REPORTER, Roles.PORTAL, Roles.ADMIN})
    @Operation(summary = "以文件提交年度报告",
            description = "Who: as for a JSON submission. The report as filed: `.docx`, `.doc`, `.pdf` with a text layer "
                    + "or `.txt` (UTF-8, UTF-16 with BOM, GBK/GB18030), at most 20 MB. Its text is read as a person "
                    + "sees it (Word's automatic numbering of headings included, tables one line per row, headers, "
                    + "footers, comments, tracked deletions and hidden text left out) and becomes version 1's text; "
                    + "the file is kept as filed (GET …/versions/{number}/file). `title` may be left out when the "
                    + "document states its own. A file that cannot be read faithfully (scanned, encrypted, with "
                    + "macros, corrupted, not what its name says) is refused and nothing is stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadReportForm.class)))
    @APIResponse(responseCode = "201", description = "已提交（或按 Idempotency-Key 重放的首次结果）",
            headers = {@Header(name = "Location", description = "the new report"),
                    @Header(name = IDEMPOTENT_REPLAYED, description = "true when the answer replays an earlier submission")},
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", description = "文件类型不支持，或内容与扩展名不符", ref = "BadRequest")
    @APIResponse(responseCode = "422", description = "文件无法如实读取（扫描件、加密、含宏、损坏、文字过少）", ref = "BadRequest")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    Response submitFile(@Valid @BeanParam UploadReportForm form,
            @Parameter(description = "a key of the portal's choosing, the same for every retry of one submission")
            @HeaderParam(IDEMPOTENCY_KEY)
            @Pattern(regexp = Validation.IDEMPOTENCY_KEY, message = Validation.IDEMPOTENCY_KEY_MESSAGE) String key);

    @POST
    @Path("/{id}/versions/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.REPORTER, Roles.PORTAL, Roles.ADMIN})
    @Operation(summary = "以文件提交修改后的新版本",
            description = "Who: as for a submission. As POST /{id}/versions, with the text read from the file "
                    + "(formats and limits as POST /files); the file is kept with the new version.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadVersionForm.class)))
    @APIResponse(responseCode = "201", headers = @Header(name = "Location", description = "the new version"),
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", description = "文件类型不支持，或内容与扩展名不符", ref = "BadRequest")
    @APIResponse(responseCode = "422", description = "文件无法如实读取", ref = "BadRequest")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    Response resubmitFile(@PathParam("id") UUID id, @Valid @BeanParam UploadVersionForm form);

    @GET
    @Path("/{id}/versions/{number}/file")
    @Produces({DOCX, "application/msword", "application/pdf", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "下载某一版本的原始文件",
            description = "Who: whoever may read that version (reporter, reviewer, viewer, admin in scope; `portal` if "
                    + "published, latest version only). The file byte for byte as filed, with its media type and a "
                    + "`Content-Disposition` naming it (RFC 6266, `filename*` in UTF-8). 404 for a version submitted as text.")
    @APIResponse(responseCode = "200", description = "the file as filed",
            headers = {@Header(name = "Content-Disposition", description = "attachment; filename*=UTF-8''…"),
                    @Header(name = "Digest", description = "sha-256 of the file")},
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    Response file(@PathParam("id") UUID id,
            @PathParam("number") @Min(value = 1, message = Validation.VERSION_MESSAGE) int number);
}
