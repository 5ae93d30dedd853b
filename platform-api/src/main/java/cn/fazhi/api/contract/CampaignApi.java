package cn.fazhi.api.contract;

import cn.fazhi.api.CampaignRequest;
import cn.fazhi.api.CampaignView;
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
 * The reporting campaign of each year (deadline, approval chain), served by report-service.
 * Declared once for the service and the gateway (see {@link ReportApi}).
 */
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "campaigns", description = "年度报告工作（截止时间、审批链）")
public interface CampaignApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "开启某一年度的报告工作", description = "Who: admin. Submissions after the deadline are accepted "
            + "and marked late; each version is approved by the chain's levels in order.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CampaignRequest.class),
            examples = @ExampleObject(name = "2024年度", value = """
                    {"year":2024,"deadline":"2025-03-31T23:59:59+08:00","approvalChain":["COUNTY","PROVINCE"]}""")))
    @APIResponse(responseCode = "201", headers = @Header(name = "Location", description = "the campaign"),
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    Response open(@NotNull(message = Validation.BODY_REQUIRED) @Valid CampaignRequest request);

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "修改截止时间或审批链", description = "Who: admin. Versions already submitted keep their terms.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    CampaignView update(@PathParam("year") int year,
            @NotNull(message = Validation.BODY_REQUIRED) @Valid CampaignRequest request);

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "所有年度的报告工作", description = "Who: any role. Newest year first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignView[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    List<CampaignView> list();

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "某一年度的报告工作", description = "Who: any role.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    CampaignView get(@PathParam("year") int year);
}
