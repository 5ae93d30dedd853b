package cn.fazhi.api.contract;

import cn.fazhi.api.FigureDisagreementView;
import cn.fazhi.api.PageRequest;
import cn.fazhi.api.PageView;
import cn.fazhi.api.ReanalysisRequest;
import cn.fazhi.api.ReanalysisView;
import cn.fazhi.api.Roles;
import cn.fazhi.api.Validation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Re-analysis of the archive (metrics-service): when the engine or the indicator catalog changes,
 * an admin brings the stored analyses up to date, all of them or a year's or a region's. It runs
 * in the background, resumes where it stopped after a restart, and leaves versions already at the
 * current versions untouched. Declared once for the service and the gateway (see {@link ReportApi}).
 */
@Path("/api/v1/admin/reanalyses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations", description = "运维：死信与积压")
public interface ReanalysisApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "重新分析存档", description = "Who: admin. Starts a background re-analysis of the stored "
            + "versions in scope with the engine and catalog running now; 202 with its progress. One at a time: "
            + "409 while another runs.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = ReanalysisView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    Response start(@NotNull(message = Validation.BODY_REQUIRED) @Valid ReanalysisRequest request);

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "重新分析列表", description = "Who: admin. The 50 most recent, newest first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReanalysisView[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    List<ReanalysisView> list();

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "重新分析进度", description = "Who: admin. Done of total, rate and the time left.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReanalysisView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    ReanalysisView get(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/disagreements")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "重新分析与填报员确认不一致的数字", description = "Who: admin. The clerks' decisions the run's new "
            + "analyses disagree with (the engine now reads neither what it read when the clerk decided nor the clerk's "
            + "figure): flagged, never overwritten; the clerk's figure still counts. By township, year, report, version, "
            + "indicator.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Pages.FigureDisagreementPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    PageView<FigureDisagreementView> disagreements(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging);

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "停止重新分析", description = "Who: admin. Stops after the batch in hand; what was done "
            + "stays done. 409 when it has already finished.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReanalysisView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    ReanalysisView cancel(@PathParam("id") UUID id);
}
