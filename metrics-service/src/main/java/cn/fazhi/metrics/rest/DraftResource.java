package cn.fazhi.metrics.rest;

import cn.fazhi.api.AnalyzeDraftRequest;
import cn.fazhi.api.CatalogView;
import cn.fazhi.api.DraftAnalysisView;
import cn.fazhi.common.security.Roles;
import cn.fazhi.metrics.service.AnalysisService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Analysis without storage (check a draft) and the catalog the analysis reads against. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class DraftResource {

    private final AnalysisService service;

    public DraftResource(AnalysisService service) {
        this.service = service;
    }

    @POST
    @Path("analysis")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    public DraftAnalysisView analyse(@NotNull(message = "请求体不能为空") @Valid AnalyzeDraftRequest draft) {
        return service.draft(draft);
    }

    @GET
    @Path("indicators/catalog")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    public CatalogView catalog() {
        return service.catalog();
    }
}
