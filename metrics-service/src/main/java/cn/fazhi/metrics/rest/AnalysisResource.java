package cn.fazhi.metrics.rest;

import cn.fazhi.api.AnalysisView;
import cn.fazhi.common.security.CallerScope;
import cn.fazhi.common.security.Roles;
import cn.fazhi.metrics.service.AnalysisService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The stored analysis of report versions; who may read it is decided by the township's scope (portals: published only). */
@Path("/reports/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
public class AnalysisResource {

    private final AnalysisService service;
    private final CallerScope caller;

    public AnalysisResource(AnalysisService service, CallerScope caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("/analysis")
    public AnalysisView latest(@PathParam("id") UUID id) {
        return service.latest(id, caller.get());
    }

    @GET
    @Path("/versions/{version}/analysis")
    public AnalysisView ofVersion(@PathParam("id") UUID id,
            @PathParam("version") @Min(value = 1, message = "版本号从1开始") int version) {
        return service.get(id, version, caller.get());
    }
}
