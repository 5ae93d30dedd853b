package cn.fazhi.api.contract;

import cn.fazhi.api.AnalysisView;
import cn.fazhi.api.AnalyzeDraftFileForm;
import cn.fazhi.api.AnalyzeDraftRequest;
import cn.fazhi.api.DraftFileAnalysisView;
import cn.fazhi.api.CatalogView;
import cn.fazhi.api.DraftAnalysisView;
import cn.fazhi.api.Roles;
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
 * What the analysis read out of a report's prose, a draft check, and the catalog it reads
 * against; served by metrics-service. Declared once for the service and the gateway (see {@link ReportApi}).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "analysis", description = "报告中读出的数字")
public interface AnalysisApi {

    @GET
    @Path("/reports/{id}/analysis")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "最新版本的分析结果",
            description = "Who: reporter, reviewer, viewer, admin in scope; `portal` once published. 404 until the "
                    + "analysis is stored (usually within seconds). `official` marks the approved version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AnalysisView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    AnalysisView latest(@PathParam("id") UUID id);

    @GET
    @Path("/reports/{id}/versions/{number}/analysis")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "某一版本的分析结果",
            description = "Who: reporter, reviewer, viewer, admin in scope; `portal` once published.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AnalysisView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    AnalysisView ofVersion(@PathParam("id") UUID id,
            @PathParam("number") @Min(value = 1, message = Validation.VERSION_MESSAGE) int number);

    @POST
    @Path("/analysis")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "检查报告草稿（不保存）",
            description = "Who: any role. The same analysis a submitted version gets — metadata, outline, mandated "
                    + "sections, mentions, indicators with evidence, findings — with nothing stored. Give `year` and "
                    + "`townshipCode` to have the title checked against them (YEAR_MISMATCH, ORG_MISMATCH).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AnalyzeDraftRequest.class),
            examples = @ExampleObject(name = "草稿", value = """
                    {"text":"2024年度包场镇法治政府建设工作报告\\n一、主要举措和成效\\n全年调解纠纷46起，调解成功44起，调解成功率95.7%。",
                     "year":2024,"townshipCode":"320684104"}""")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DraftAnalysisView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    DraftAnalysisView analyzeDraft(@NotNull(message = Validation.BODY_REQUIRED) @Valid AnalyzeDraftRequest draft);

    @POST
    @Path("/analysis/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "以文件检查报告草稿（不保存）",
            description = "Who: any role. As POST /analysis, with the text read from a file as an upload reads it "
                    + "(.docx, .doc, .pdf with a text layer, .txt; at most 20 MB); the answer carries that text, so "
                    + "the findings' offsets can be shown in it. Nothing is stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = AnalyzeDraftFileForm.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DraftFileAnalysisView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "415", description = "文件类型不支持，或内容与扩展名不符", ref = "BadRequest")
    @APIResponse(responseCode = "422", description = "文件无法如实读取", ref = "BadRequest")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    DraftFileAnalysisView analyzeDraftFile(@Valid @BeanParam AnalyzeDraftFileForm form);

    @GET
    @Path("/indicators/catalog")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "指标目录", description = "Who: any role. Every catalogued indicator (code, name, unit, "
            + "aggregation, area, the phrases that identify it), the unit families and the mandated sections.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CatalogView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    CatalogView catalog();
}
