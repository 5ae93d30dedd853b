package cn.fazhi.review.rest;

import cn.fazhi.api.PlaceView;
import cn.fazhi.common.security.Roles;
import cn.fazhi.review.service.PlaceRegister;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** The register of places: admins load and update it from CSV, everybody reads it. */
@Path("/places")
@Produces(MediaType.APPLICATION_JSON)
public class PlaceResource {

    private final PlaceRegister register;

    public PlaceResource(PlaceRegister register) {
        this.register = register;
    }

    @PUT
    @Consumes("text/csv")
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Integer> load(@NotBlank(message = "名录文件不能为空") String csv) {
        return Map.of("loaded", register.load(csv));
    }

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    public List<PlaceView> children(@QueryParam("parent")
            @Pattern(regexp = "[0-9]{2}|[0-9]{4}|[0-9]{6}", message = "上级代码必须是2、4或6位数字") String parent) {
        return register.children(parent);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    public PlaceView get(@PathParam("code") String code) {
        return register.get(code);
    }
}
