package cn.fazhi.gateway.rest;

import cn.fazhi.api.PageRequest;
import cn.fazhi.api.PageView;
import cn.fazhi.api.ReviewCaseView;
import cn.fazhi.common.security.Roles;
import cn.fazhi.gateway.client.ReviewClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/reviews}: the reviewer's queue of cases, forwarded to review-service. */
@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN})
@Tag(name = "reviews")
public class ReviewsResource {

    private final ReviewClient reviews;

    public ReviewsResource(ReviewClient reviews) {
        this.reviews = reviews;
    }

    @GET
    @Operation(summary = "审核队列", description = "Who: reporter, reviewer, viewer, admin; cases of the townships "
            + "under the caller's `org_code`, newest first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewCasePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public PageView<ReviewCaseView> list(
            @Parameter(description = "AWAITING_ANALYSIS or OPEN") @QueryParam("status")
            @Pattern(regexp = "AWAITING_ANALYSIS|OPEN", message = "未知的案卷状态（可选 AWAITING_ANALYSIS、OPEN）") String status,
            @Parameter(example = "320684104") @QueryParam("township")
            @Pattern(regexp = "[0-9]{9}", message = "乡镇代码必须是9位数字的行政区划代码") String township,
            @Valid @BeanParam PageRequest paging) {
        return reviews.list(status, township, paging.page, paging.size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "审核案卷", description = "Who: reporter, reviewer, viewer, admin in scope.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewCaseView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public ReviewCaseView get(@PathParam("id") UUID id) {
        return reviews.get(id);
    }

    /** Names the generic page type in the OpenAPI document. */
    @Schema(name = "ReviewCasePage")
    static final class ReviewCasePage {
        @Schema(implementation = ReviewCaseView.class, type = SchemaType.ARRAY)
        public List<ReviewCaseView> items;
        public int page;
        public int size;
        public long total;
    }
}
