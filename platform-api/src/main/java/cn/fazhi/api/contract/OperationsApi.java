package cn.fazhi.api.contract;

import cn.fazhi.api.DeadLetterView;
import cn.fazhi.api.DiscardRequest;
import cn.fazhi.api.PageRequest;
import cn.fazhi.api.PageView;
import cn.fazhi.api.ReplayView;
import cn.fazhi.api.Roles;
import cn.fazhi.api.StuckWorkView;
import cn.fazhi.api.Validation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What an admin of report-service looks at when something did not flow: report versions left
 * without an analysis, and dead letters: events a consumer could not apply (poison, or a failure that outlasted its
 * retries), gathered from every {@code *.dlq} topic by report-service so an admin can see them,
 * send them back to their consumers, or discard them with a reason. Declared once for the service
 * and the gateway (see {@link ReportApi}).
 */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations", description = "运维：死信与积压")
public interface OperationsApi {

    String TOPIC = "[a-z]+\\.[a-z]+";
    String TOPIC_MESSAGE = "主题名称格式不正确，例如 reports.submitted";
    String STATUS = "WAITING|REPLAYED|DISCARDED";

    @GET
    @Path("/dead-letters")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "死信列表", description = "Who: admin. Newest first; by the topic the events came from and "
            + "by status (default WAITING: neither replayed nor discarded).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Pages.DeadLetterPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    PageView<DeadLetterView> list(
            @Parameter(example = "reports.submitted") @QueryParam("topic")
            @Pattern(regexp = TOPIC, message = TOPIC_MESSAGE) String topic,
            @Parameter(example = "WAITING") @QueryParam("status")
            @Pattern(regexp = STATUS, message = "状态只能是 WAITING、REPLAYED 或 DISCARDED") String status,
            @Valid @BeanParam PageRequest paging);

    @GET
    @Path("/dead-letters/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "一条死信", description = "Who: admin. With the record's value as it was sent.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeadLetterView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    DeadLetterView get(@PathParam("id") UUID id);

    @POST
    @Path("/dead-letters/{id}/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "重放一条死信", description = "Who: admin. Sends the event back to its topic (through the "
            + "outbox: nothing lost if the broker is away); each consumer applies it once — one that already had is "
            + "unaffected. 409 when it was already replayed or discarded. Should it fail again it comes back as a new dead letter.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeadLetterView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    DeadLetterView replay(@PathParam("id") UUID id);

    @POST
    @Path("/dead-letters/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "重放某一主题的全部死信", description = "Who: admin. Every WAITING dead letter of the topic, oldest first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReplayView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    ReplayView replayTopic(@Parameter(example = "reports.submitted", required = true) @QueryParam("topic")
            @NotNull(message = "请指定主题 topic") @Pattern(regexp = TOPIC, message = TOPIC_MESSAGE) String topic);

    @POST
    @Path("/dead-letters/{id}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "丢弃一条死信", description = "Who: admin. It stays listed as DISCARDED with the reason and "
            + "who gave it. 409 when it was already replayed or discarded.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeadLetterView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    DeadLetterView discard(@PathParam("id") UUID id,
            @NotNull(message = Validation.BODY_REQUIRED) @Valid DiscardRequest request);

    @GET
    @Path("/stuck-versions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "未完成分析的报告版本", description = "Who: admin. Versions submitted longer ago than "
            + "`report.stuck-after` (default 2 minutes) that have no analysis yet, oldest first; their count is in the "
            + "health group `/q/health/group/stuck-work` (not part of readiness). A version here usually means an event in a dead letter or a consumer down.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StuckWorkView[].class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    List<StuckWorkView> stuckVersions();
}
