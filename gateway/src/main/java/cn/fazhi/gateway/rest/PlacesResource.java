package cn.fazhi.gateway.rest;

import cn.fazhi.api.PlaceView;
import cn.fazhi.common.security.Roles;
import cn.fazhi.gateway.client.ReviewClient;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/places}: the register of administrative divisions, forwarded to review-service. */
@Path("/api/v1/places")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "places", description = "行政区划名录")
public class PlacesResource {

    private final ReviewClient reviews;

    public PlacesResource(ReviewClient reviews) {
        this.reviews = reviews;
    }

    @PUT
    @Consumes("text/csv")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "导入或更新地区名录", description = "Who: admin. CSV `code,name,parent,level`; every line is "
            + "checked (2/4/6/9-digit code, level matching the length, parent one level up and known). The whole file "
            + "is stored or, on any error, nothing: the 400 lists every wrong line.")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "海门区", value = """
            code,name,parent,level
            32,江苏省,,PROVINCE
            3206,南通市,32,CITY
            320684,海门区,3206,COUNTY
            320684104,包场镇,320684,TOWNSHIP""")))
    @APIResponse(responseCode = "200", description = "{\"loaded\": n}")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public Map<String, Integer> load(@NotBlank(message = "名录文件不能为空") String csv) {
        return reviews.loadPlaces(csv);
    }

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "下级地区", description = "Who: any role. The places under `parent`, or the provinces.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlaceView[].class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public List<PlaceView> children(@QueryParam("parent")
            @Pattern(regexp = "[0-9]{2}|[0-9]{4}|[0-9]{6}", message = "上级代码必须是2、4或6位数字") String parent) {
        return reviews.places(parent);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "地区", description = "Who: any role.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlaceView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public PlaceView get(@PathParam("code") String code) {
        return reviews.place(code);
    }
}
