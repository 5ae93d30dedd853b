package cn.fazhi.api.contract;

import cn.fazhi.api.Limits;
import cn.fazhi.api.PageRequest;
import cn.fazhi.api.PageView;
import cn.fazhi.api.PlaceAmendmentRequest;
import cn.fazhi.api.PlaceAmendmentView;
import cn.fazhi.api.PlaceView;
import cn.fazhi.api.Roles;
import cn.fazhi.api.Validation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
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
 * The register of administrative divisions (the national list of 2023 and the admins' dated
 * amendments), served by review-service. Declared once for the service and the gateway (see {@link ReportApi}).
 */
@Path("/api/v1/places")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "places", description = "行政区划名录")
public interface PlaceApi {

    String DAY = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    String DAY_MESSAGE = "日期格式应为 YYYY-MM-DD";

    @PUT
    @Consumes("text/csv")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "导入或更正地区名录", description = "Who: admin. CSV `code,name,parent,level`; every line is "
            + "checked (2/4/6/9-digit code, level matching the length, parent one level up and known). A new code is "
            + "added, a known code with another name corrects today's name. The whole file is stored or, on any error, "
            + "nothing: the 400 lists every wrong line. Dated changes (a merger, a rename from a given day) are amendments.")
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
    @Operation(summary = "下级地区", description = "Who: any role. The places under `parent` (or the provinces) as they "
            + "are today, on a day (`on`), or for a report year (`year`: the places that exist on 31 December, "
            + "those expected to report for it).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlaceView[].class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    List<PlaceView> children(
            @Parameter(example = "3206") @QueryParam("parent")
            @Pattern(regexp = "[0-9]{2}|[0-9]{4}|[0-9]{6}", message = "上级代码必须是2、4或6位数字") String parent,
            @Parameter(example = "2024") @QueryParam("year")
            @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
            @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE) Integer year,
            @Parameter(example = "2024-06-30") @QueryParam("on") @Pattern(regexp = DAY, message = DAY_MESSAGE) String on);

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "地区", description = "Who: any role. As it is today, on a day (`on`) or for a report year "
            + "(`year`); a place that had ended by then is 404, saying when it ended.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlaceView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    PlaceView get(@Parameter(example = "320614108") @PathParam("code") String code,
            @Parameter(example = "2024") @QueryParam("year")
            @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
            @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE) Integer year,
            @Parameter(example = "2024-06-30") @QueryParam("on") @Pattern(regexp = DAY, message = DAY_MESSAGE) String on);

    @POST
    @Path("/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "变更地区名录（新增、更名、合并、撤销）", description = "Who: admin. In force from `effectiveFrom`: "
            + "a township merged on 2024-01-01 keeps its 2023 reports and is not expected to report for 2024. 409 when "
            + "the change contradicts the register (renaming an ended place, a code already in use, a date not after "
            + "the place's latest change, a merge target not in force, abolishing a place that still has places under it). "
            + "Every change is announced on `places.changed`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlaceAmendmentRequest.class),
            examples = @ExampleObject(name = "新增包场镇", value = """
                    {"kind":"ADD","code":"320614108","name":"包场镇","effectiveFrom":"2024-01-01","reason":"演示数据"}""")))
    @APIResponse(responseCode = "201", headers = @Header(name = "Location", description = "the place's amendments"),
            content = @Content(schema = @Schema(implementation = PlaceAmendmentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    Response amend(@NotNull(message = Validation.BODY_REQUIRED) @Valid PlaceAmendmentRequest request);

    @GET
    @Path("/amendments")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "名录变更记录", description = "Who: any role. Every amendment and correction, newest first: "
            + "who, when, what, from which day.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Pages.PlaceAmendmentPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    PageView<PlaceAmendmentView> amendments(@Valid @BeanParam PageRequest paging);

    @GET
    @Path("/{code}/amendments")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "某一地区的变更记录", description = "Who: any role. Oldest first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlaceAmendmentView[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    List<PlaceAmendmentView> amendmentsOf(@Parameter(example = "320614108") @PathParam("code") String code);
}
