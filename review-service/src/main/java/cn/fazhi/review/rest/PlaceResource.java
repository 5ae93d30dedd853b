package cn.fazhi.review.rest;

import cn.fazhi.api.PageRequest;
import cn.fazhi.api.PageView;
import cn.fazhi.api.PlaceAmendmentRequest;
import cn.fazhi.api.PlaceAmendmentView;
import cn.fazhi.api.PlaceView;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.common.security.Roles;
import cn.fazhi.review.service.PlaceAmendments;
import cn.fazhi.review.service.PlaceRegister;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The register of places: admins load and correct it from CSV and amend it with dated changes;
 * everybody reads it as it is today, on a day ({@code ?on=2024-06-30}) or for a report year
 * ({@code ?year=2024}: the places that exist on 31 December, those expected to report for it).
 */
@Path("/places")
@Produces(MediaType.APPLICATION_JSON)
public class PlaceResource {

    private static final String DAY = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    private static final String YEAR = "[0-9]{4}";

    private final PlaceRegister register;
    private final PlaceAmendments amendments;

    public PlaceResource(PlaceRegister register, PlaceAmendments amendments) {
        this.register = register;
        this.amendments = amendments;
    }

    @PUT
    @Consumes("text/csv")
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Integer> load(@NotBlank(message = "名录文件不能为空") String csv) {
        return Map.of("loaded", register.load(csv));
    }

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    public List<PlaceView> children(
            @QueryParam("parent") @Pattern(regexp = "[0-9]{2}|[0-9]{4}|[0-9]{6}", message = "上级代码必须是2、4或6位数字")
            String parent,
            @QueryParam("year") @Pattern(regexp = YEAR, message = "年度应为4位数字") String year,
            @QueryParam("on") @Pattern(regexp = DAY, message = "日期格式应为 YYYY-MM-DD") String on) {
        return register.children(parent, day(year, on));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    public PlaceView get(@PathParam("code") String code,
            @QueryParam("year") @Pattern(regexp = YEAR, message = "年度应为4位数字") String year,
            @QueryParam("on") @Pattern(regexp = DAY, message = "日期格式应为 YYYY-MM-DD") String on) {
        return register.get(code, day(year, on));
    }

    @GET
    @Path("/{code}/amendments")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    public List<PlaceAmendmentView> amendmentsOf(@PathParam("code") String code) {
        return register.amendments(code);
    }

    @GET
    @Path("/amendments")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    public PageView<PlaceAmendmentView> amendments(@Valid @BeanParam PageRequest page) {
        return register.amendments(page.page, page.size);
    }

    @POST
    @Path("/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response amend(@Valid @NotNull(message = "请求体不能为空") PlaceAmendmentRequest request) {
        PlaceAmendmentView amendment = amendments.amend(request);
        return Response.created(URI.create("/places/" + amendment.code() + "/amendments")).entity(amendment).build();
    }

    /** {@code ?on=} a day, {@code ?year=} its 31 December, neither: today. */
    private LocalDate day(String year, String on) {
        if (year != null && on != null) {
            throw ProblemException.invalid("on", "year 与 on 只能给出一个");
        }
        try {
            if (on != null) {
                return LocalDate.parse(on);
            }
            return year == null ? register.today() : LocalDate.of(Integer.parseInt(year), 12, 31);
        } catch (DateTimeException e) {
            throw ProblemException.invalid("on", "日期 " + on + " 不存在");
        }
    }
}
