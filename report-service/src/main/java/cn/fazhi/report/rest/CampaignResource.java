package cn.fazhi.report.rest;

import cn.fazhi.api.CampaignRequest;
import cn.fazhi.api.CampaignView;
import cn.fazhi.common.security.CallerScope;
import cn.fazhi.common.security.Roles;
import cn.fazhi.report.service.CampaignService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Reporting campaigns: admins open and change them, everybody may read them. */
@Path("/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    private final CampaignService service;
    private final CallerScope caller;

    public CampaignResource(CampaignService service, CallerScope caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response open(@NotNull(message = "请求体不能为空") @Valid CampaignRequest request) {
        CampaignView campaign = service.open(request, caller.get());
        return Response.created(URI.create("/campaigns/" + campaign.year())).entity(campaign).build();
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public CampaignView update(@PathParam("year") int year, @NotNull(message = "请求体不能为空") @Valid CampaignRequest request) {
        return service.update(year, request);
    }

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    public List<CampaignView> list() {
        return service.list();
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    public CampaignView get(@PathParam("year") int year) {
        return service.get(year);
    }
}
