package cn.fazhi.review.rest;

import cn.fazhi.api.PageRequest;
import cn.fazhi.api.PageView;
import cn.fazhi.api.ReviewCaseView;
import cn.fazhi.common.problem.ProblemException;
import cn.fazhi.common.security.CallerScope;
import cn.fazhi.common.security.Roles;
import cn.fazhi.review.ReviewCase;
import cn.fazhi.review.service.ReviewService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** Review cases: the reviewer's queue and each version's case. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
public class ReviewCaseResource {

    private final ReviewService service;
    private final CallerScope caller;

    public ReviewCaseResource(ReviewService service, CallerScope caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("reviews")
    public PageView<ReviewCaseView> list(
            @QueryParam("status") String status,
            @QueryParam("township") @Pattern(regexp = "[0-9]{9}", message = "乡镇代码必须是9位数字的行政区划代码")
            String township,
            @Valid @BeanParam PageRequest paging) {
        return service.list(status(status), township, paging.page, paging.size, caller.get());
    }

    @GET
    @Path("reviews/{id}")
    public ReviewCaseView get(@PathParam("id") UUID id) {
        return service.get(id, caller.get());
    }

    @GET
    @Path("reports/{reportId}/versions/{version}/review")
    public ReviewCaseView ofVersion(@PathParam("reportId") UUID reportId,
            @PathParam("version") @Min(value = 1, message = "版本号从1开始") int version) {
        return service.ofVersion(reportId, version, caller.get());
    }

    private static ReviewCase.Status status(String name) {
        if (name == null) {
            return null;
        }
        try {
            return ReviewCase.Status.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "未知的案卷状态：" + name + "（可选 AWAITING_ANALYSIS、OPEN）");
        }
    }
}
