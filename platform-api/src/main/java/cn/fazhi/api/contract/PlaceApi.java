package cn.fazhi.api.contract;

import cn.fazhi.api.PlaceView;
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
 * The register of administrative divisions, served by review-service. Declared once for the
 * service and the gateway (see {@link ReportApi}).
 */
@Path("/api/v1/places")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "places", description = "行政区划名录")
public interface PlaceApi {

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
            320614,海门区,3206,COUNTY""")))
    @APIResponse(responseCode = "200", description = "{\"loaded\": n}")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    Map<String, Integer> load(@NotBlank(message = "名录文件不能为空") String csv);

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "下级地区", description = "Who: any role. The places under `parent`, or the provinces.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlaceView[].class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    List<PlaceView> children(@Parameter(example = "3206") @QueryParam("parent")
            @Pattern(regexp = "[0-9]{2}|[0-9]{4}|[0-9]{6}", message = "上级代码必须是2、4或6位数字") String parent);

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "地区", description = "Who: any role.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlaceView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    PlaceView get(@PathParam("code") String code);
}
