package cn.fazhi.api.contract;

import cn.fazhi.api.EngineAccuracyView;
import cn.fazhi.api.FigureDecisionRequest;
import cn.fazhi.api.FigureSheetView;
import cn.fazhi.api.FigureView;
import cn.fazhi.api.Limits;
import cn.fazhi.api.Roles;
import cn.fazhi.api.Validation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The figures of a submitted version as the township's clerk confirms them (the engine reads,
 * the clerk answers for the figure), and how far the engine can be trusted as the clerks'
 * decisions measure it; served by metrics-service, which owns the analyses the figures come from.
 * Declared once for the service and the gateway (see {@link ReportApi}).
 *
 * <p>A draft check ({@code POST /analysis}) stores nothing, so figures are confirmed on the
 * submitted version, from its analysis until its approval.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "figures", description = "填报员确认的指标数字")
public interface FigureApi {

    @GET
    @Path("/reports/{id}/versions/{number}/figures")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "某一版本的指标数字（引擎读数与填报员确认）",
            description = "Who: reporter, reviewer, viewer, admin in scope; `portal` once published. Every catalogued "
                    + "indicator the engine read or the clerk added: the engine's value and evidence beside the clerk's "
                    + "latest decision, and the figure that counts (`value`, `source` CLERK or ENGINE). On the approved "
                    + "version (`official`) these are the report's official figures; an unconfirmed one stays the "
                    + "engine's (`source` ENGINE, `status` ENGINE_ONLY). 404 until the analysis is stored.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FigureSheetView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    FigureSheetView figures(@PathParam("id") UUID id,
            @PathParam("number") @Min(value = 1, message = Validation.VERSION_MESSAGE) int number);

    @PUT
    @Path("/reports/{id}/versions/{number}/figures/{indicator}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "确认、更正、否定或补充一项指标数字",
            description = "Who: the clerk of the report's township (`reporter` whose `org_code` is the township). "
                    + "The latest decision on an indicator counts; every decision is kept and shown in the report's "
                    + "history. CONFIRMED, CORRECTED and REJECTED answer a figure the engine read; ADDED a figure it "
                    + "missed (else 409). `start`/`end` must lie inside the version's text. Sending the latest decision "
                    + "again changes nothing. Only while the version is neither approved nor superseded (else 409).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FigureDecisionRequest.class),
            examples = {
                    @ExampleObject(name = "确认", value = """
                            {"action":"CONFIRMED"}"""),
                    @ExampleObject(name = "更正", value = """
                            {"action":"CORRECTED","value":48,"unit":"件","reason":"原文第二段另有2起调解未计入"}"""),
                    @ExampleObject(name = "否定", value = """
                            {"action":"REJECTED","reason":"此数字是上年的"}"""),
                    @ExampleObject(name = "补充（指向原文）", value = """
                            {"action":"ADDED","value":12,"start":1351,"end":1357}"""),
                    @ExampleObject(name = "补充（填报员自述）", value = """
                            {"action":"ADDED","value":3,"clerkStated":true,"reason":"台账记载，报告未写"}""")}))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FigureView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    FigureView decide(@PathParam("id") UUID id,
            @PathParam("number") @Min(value = 1, message = Validation.VERSION_MESSAGE) int number,
            @Parameter(description = "the indicator's code in the catalog", example = "disputes.received")
            @PathParam("indicator") @Pattern(regexp = Validation.INDICATOR_CODE,
                    message = Validation.INDICATOR_CODE_MESSAGE) String indicator,
            @NotNull(message = Validation.BODY_REQUIRED) @Valid FigureDecisionRequest decision);

    @GET
    @Path("/admin/indicator-accuracy")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "引擎读数的准确度（按指标）",
            description = "Who: admin. Per indicator, the clerks' latest decisions on each report version counted: "
                    + "precision = confirmed / (confirmed + corrected + rejected), recall = (confirmed + corrected) / "
                    + "(confirmed + corrected + added). Figures nobody decided on are not counted.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EngineAccuracyView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    EngineAccuracyView accuracy(
            @Parameter(description = "only reports of this year", example = "2024") @QueryParam("year")
            @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
            @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE) Integer year);
}
