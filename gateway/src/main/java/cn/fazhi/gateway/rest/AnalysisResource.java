package cn.fazhi.gateway.rest;

import cn.fazhi.api.AnalyzeDraftRequest;
import cn.fazhi.api.CatalogView;
import cn.fazhi.api.DraftAnalysisView;
import cn.fazhi.common.security.Roles;
import cn.fazhi.gateway.client.MetricsClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/analysis} and {@code /api/v1/indicators/catalog}, forwarded to metrics-service. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
@Tag(name = "analysis")
public class AnalysisResource {

    private final MetricsClient metrics;

    public AnalysisResource(MetricsClient metrics) {
        this.metrics = metrics;
    }

    @POST
    @Path("/analysis")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "检查报告草稿（不保存）",
            description = "Who: any role. The same analysis a submitted version gets — metadata, outline, mandated "
                    + "sections, mentions, indicators with evidence, findings — with nothing stored. Give `year` and "
                    + "`townshipCode` to have the title checked against them (YEAR_MISMATCH, ORG_MISMATCH).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DraftAnalysisView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public DraftAnalysisView analyse(@NotNull(message = "请求体不能为空") @Valid AnalyzeDraftRequest draft) {
        return metrics.draft(draft);
    }

    @GET
    @Path("/indicators/catalog")
    @Operation(summary = "指标目录", description = "Who: any role. Every catalogued indicator (code, name, unit, "
            + "aggregation, area, the phrases that identify it), the unit families and the mandated sections.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CatalogView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public CatalogView catalog() {
        return metrics.catalog();
    }
}
