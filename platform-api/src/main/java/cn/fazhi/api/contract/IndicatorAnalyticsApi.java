package cn.fazhi.api.contract;

import cn.fazhi.api.CompletenessView;
import cn.fazhi.api.ConsistencyView;
import cn.fazhi.api.IndicatorTotalsView;
import cn.fazhi.api.Limits;
import cn.fazhi.api.PageRequest;
import cn.fazhi.api.PageView;
import cn.fazhi.api.RankingView;
import cn.fazhi.api.Roles;
import cn.fazhi.api.TownshipFigureView;
import cn.fazhi.api.Validation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What dashboards and portals read (DOMAIN.md): indicators over a region of any level, for a year or a
 * range of years, kept current by metrics-service from the platform's events (never rebuilt in batch).
 * Declared once for the service and the gateway (see {@link ReportApi}).
 *
 * <p>Scope: a viewer or reviewer reads regions inside their {@code org_code}, a reporter their own
 * township, a portal any region but published figures only (basis OFFICIAL), an admin everything; a
 * region outside that is 403.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "analytics", description = "指标统计分析：汇总、排名、趋势、报送完成情况")
public interface IndicatorAnalyticsApi {

    String BASIS = "official|latest";
    String BASIS_MESSAGE = "口径可选 official（审核通过的正式数字，默认）或 latest（最新提交的数字）";
    String ORDER = "top|bottom";
    String ORDER_MESSAGE = "排序可选 top（从高到低）或 bottom（从低到高）";
    String INDICATORS_MESSAGE = "必须指定1到20个指标（indicator，可重复）";
    /** Most indicators one request may ask for. */
    int INDICATORS_MAX = 20;
    String CSV = "text/csv";
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    String FORMAT = "json|csv|xlsx";
    String FORMAT_MESSAGE = "导出格式可选 json、csv 或 xlsx";
    String FORMAT_DESCRIPTION = "csv (UTF-8 with BOM) or xlsx (one sheet per table, numbers as numbers) instead of JSON; "
            + "the same as Accept: text/csv or the XLSX media type";

    @GET
    @Path("/analytics/regions/{code}/totals")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "地区指标汇总（含下级地区分解）",
            description = "Who: viewer, reviewer in their subtree; reporter their own township; portal published figures "
                    + "only; admin all. Per indicator and year: the total (`sum` indicators), or the rate recomputed "
                    + "from the totals of its catalogued parts (100 × Σ numerator ÷ Σ denominator over the townships "
                    + "that stated both), or for a rate without parts only the distribution — never an average of "
                    + "rates. Each with its coverage (townships that stated it / townships the register expects) and "
                    + "the same for every child region. `year`, or `from` and `to` (at most 20 years).")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicatorTotalsView.class),
            examples = @ExampleObject(name = "南通市2024年纠纷化解率", value = """
                    {"regionCode":"3206","regionName":"南通市","level":"CITY","basis":"OFFICIAL","from":2024,"to":2024,
                     "totals":[{"indicator":"disputes.resolution_rate","name":"调解成功率、化解率","unit":"%",
                       "aggregation":"rate","method":"RATE_FROM_PARTS","year":2024,
                       "region":{"regionCode":"3206","regionName":"南通市","level":"CITY","value":95.8,
                         "numerator":4410,"denominator":4603,
                         "distribution":{"min":82.5,"median":96.3,"max":100,"count":118},
                         "coverage":{"stated":112,"expected":124},"engineOnly":12},
                       "children":[{"regionCode":"320684","regionName":"海门区","level":"COUNTY","value":96.1,
                         "numerator":980,"denominator":1020,
                         "distribution":{"min":88,"median":96.5,"max":100,"count":12},
                         "coverage":{"stated":11,"expected":12},"engineOnly":1}]}]}""")),
            @Content(mediaType = CSV), @Content(mediaType = XLSX)})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    IndicatorTotalsView totals(
            @Parameter(description = "division code of the region: 2 (province), 4 (city), 6 (county) or 9 (township) digits",
                    example = "3206") @PathParam("code")
            @Pattern(regexp = Validation.REGION_CODE, message = Validation.REGION_CODE_MESSAGE) String code,
            @Parameter(description = "an indicator code of the catalog; repeatable (1 to 20)", example = "disputes.received")
            @QueryParam("indicator") @NotNull(message = INDICATORS_MESSAGE)
            @Size(min = 1, max = INDICATORS_MAX, message = INDICATORS_MESSAGE) List<String> indicator,
            @Parameter(description = "one year (or give from and to)", example = "2024") @QueryParam("year")
            @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
            @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE) Integer year,
            @Parameter(description = "first year of a range", example = "2022") @QueryParam("from")
            @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
            @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE) Integer from,
            @Parameter(description = "last year of a range", example = "2024") @QueryParam("to")
            @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
            @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE) Integer to,
            @Parameter(description = "official (default) or latest", example = "official") @QueryParam("basis")
            @DefaultValue("official") @Pattern(regexp = BASIS, message = BASIS_MESSAGE) String basis,
            @Parameter(description = FORMAT_DESCRIPTION, example = "csv") @QueryParam("format")
            @Pattern(regexp = FORMAT, message = FORMAT_MESSAGE) String format);

    @GET
    @Path("/analytics/regions/{code}/trends")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "地区或乡镇指标的逐年趋势",
            description = "Who: as for totals. The same figures as totals for each year from `from` to `to` (at most 20 "
                    + "years), without the breakdown; for a township (9 digits) its own figure of each year.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorTotalsView.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX)})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    IndicatorTotalsView trends(
            @Parameter(example = "320684") @PathParam("code")
            @Pattern(regexp = Validation.REGION_CODE, message = Validation.REGION_CODE_MESSAGE) String code,
            @Parameter(description = "an indicator code of the catalog; repeatable (1 to 20)", example = "disputes.received")
            @QueryParam("indicator") @NotNull(message = INDICATORS_MESSAGE)
            @Size(min = 1, max = INDICATORS_MAX, message = INDICATORS_MESSAGE) List<String> indicator,
            @Parameter(description = "first year", example = "2020", required = true) @QueryParam("from")
            @NotNull(message = "必须指定起始年度 from")
            @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
            @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE) Integer from,
            @Parameter(description = "last year", example = "2024", required = true) @QueryParam("to")
            @NotNull(message = "必须指定截止年度 to")
            @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
            @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE) Integer to,
            @Parameter(description = "official (default) or latest", example = "official") @QueryParam("basis")
            @DefaultValue("official") @Pattern(regexp = BASIS, message = BASIS_MESSAGE) String basis,
            @Parameter(description = FORMAT_DESCRIPTION, example = "csv") @QueryParam("format")
            @Pattern(regexp = FORMAT, message = FORMAT_MESSAGE) String format);

    @GET
    @Path("/analytics/regions/{code}/rankings")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @RolesAllowed({Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "乡镇排名（前N名或后N名，并列同名次）",
            description = "Who: viewer, reviewer in their subtree; portal published figures only; admin all. The "
                    + "townships of the region ranked on their figure of one indicator and year; ties share a rank and "
                    + "the townships tied with the last one are all listed. Each figure links to its report, version "
                    + "and passage.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RankingView.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX)})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    RankingView rankings(
            @Parameter(example = "32") @PathParam("code")
            @Pattern(regexp = Validation.REGION_CODE, message = Validation.REGION_CODE_MESSAGE) String code,
            @Parameter(description = "the indicator ranked on", example = "disputes.received", required = true)
            @QueryParam("indicator") @NotNull(message = "必须指定排名的指标 indicator")
            @Pattern(regexp = Validation.INDICATOR_CODE, message = Validation.INDICATOR_CODE_MESSAGE) String indicator,
            @Parameter(example = "2024", required = true) @QueryParam("year") @NotNull(message = Validation.YEAR_REQUIRED)
            @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
            @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE) Integer year,
            @Parameter(description = "top (highest first, default) or bottom", example = "top") @QueryParam("order")
            @DefaultValue("top") @Pattern(regexp = ORDER, message = ORDER_MESSAGE) String order,
            @Parameter(description = "how many townships, 1 to 100 (more when tied)", example = "10") @QueryParam("limit")
            @DefaultValue("10") @Min(value = 1, message = "名次数至少为1")
            @Max(value = Limits.PAGE_SIZE_MAX, message = "名次数最多为100") int limit,
            @Parameter(description = "official (default) or latest", example = "official") @QueryParam("basis")
            @DefaultValue("official") @Pattern(regexp = BASIS, message = BASIS_MESSAGE) String basis,
            @Parameter(description = FORMAT_DESCRIPTION, example = "csv") @QueryParam("format")
            @Pattern(regexp = FORMAT, message = FORMAT_MESSAGE) String format);

    @GET
    @Path("/analytics/regions/{code}/figures")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "地区内各乡镇的指标数字（附来源报告、版本和原文位置）",
            description = "Who: as for totals. Every township figure that counts in the region, by township code, "
                    + "indicator and year, each linked to its report, version and passage.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.TownshipFigurePage.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX)})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    PageView<TownshipFigureView> figures(
            @Parameter(example = "320684") @PathParam("code")
            @Pattern(regexp = Validation.REGION_CODE, message = Validation.REGION_CODE_MESSAGE) String code,
            @Parameter(description = "an indicator code of the catalog; repeatable (1 to 20)", example = "disputes.received")
            @QueryParam("indicator") @NotNull(message = INDICATORS_MESSAGE)
            @Size(min = 1, max = INDICATORS_MAX, message = INDICATORS_MESSAGE) List<String> indicator,
            @Parameter(description = "one year (or give from and to)", example = "2024") @QueryParam("year")
            @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
            @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE) Integer year,
            @Parameter(description = "first year of a range", example = "2022") @QueryParam("from")
            @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
            @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE) Integer from,
            @Parameter(description = "last year of a range", example = "2024") @QueryParam("to")
            @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
            @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE) Integer to,
            @Parameter(description = "official (default) or latest", example = "official") @QueryParam("basis")
            @DefaultValue("official") @Pattern(regexp = BASIS, message = BASIS_MESSAGE) String basis,
            @Valid @BeanParam PageRequest paging,
            @Parameter(description = FORMAT_DESCRIPTION, example = "csv") @QueryParam("format")
            @Pattern(regexp = FORMAT, message = FORMAT_MESSAGE) String format);

    @GET
    @Path("/analytics/regions/{code}/figures/export")
    @Produces({CSV, XLSX})
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "导出地区内全部乡镇指标数字（CSV/XLSX，流式）",
            description = "Who: as for totals. Every township figure of the region (a whole province, or the whole "
                    + "country one province at a time) as CSV (UTF-8 with BOM) or XLSX, streamed row by row from the "
                    + "database: the columns of `figures`, with Chinese headers. `format`, or Accept.")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = CSV), @Content(mediaType = XLSX)})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    Response exportFigures(
            @Parameter(example = "32") @PathParam("code")
            @Pattern(regexp = Validation.REGION_CODE, message = Validation.REGION_CODE_MESSAGE) String code,
            @Parameter(description = "an indicator code of the catalog; repeatable (1 to 20)", example = "disputes.received")
            @QueryParam("indicator") @NotNull(message = INDICATORS_MESSAGE)
            @Size(min = 1, max = INDICATORS_MAX, message = INDICATORS_MESSAGE) List<String> indicator,
            @Parameter(description = "one year (or give from and to)", example = "2024") @QueryParam("year")
            @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
            @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE) Integer year,
            @Parameter(description = "first year of a range", example = "2022") @QueryParam("from")
            @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
            @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE) Integer from,
            @Parameter(description = "last year of a range", example = "2024") @QueryParam("to")
            @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
            @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE) Integer to,
            @Parameter(description = "official (default) or latest", example = "official") @QueryParam("basis")
            @DefaultValue("official") @Pattern(regexp = BASIS, message = BASIS_MESSAGE) String basis,
            @Parameter(description = "csv or xlsx (else by Accept; csv when neither)", example = "csv")
            @QueryParam("format") @Pattern(regexp = "csv|xlsx", message = "导出格式可选 csv 或 xlsx") String format);

    @GET
    @Path("/analytics/regions/{code}/completeness")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "年度报送完成情况（按地区）",
            description = "Who: reviewer in their subtree, admin all. For the campaign of `year`: townships expected "
                    + "(the register's, without those abolished or merged before the year), submitted, on time, late, "
                    + "in review, returned, approved, published and missing, for the region and each child region, "
                    + "and the townships missing or late.")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CompletenessView.class),
            examples = @ExampleObject(name = "海门区2024年", value = """
                    {"year":2024,
                     "region":{"regionCode":"320684","regionName":"海门区","expected":12,"submitted":11,"onTime":9,
                       "late":2,"inReview":3,"returned":1,"approved":5,"published":2,"missing":1},
                     "children":[{"regionCode":"320684104","regionName":"包场镇","expected":1,"submitted":1,"onTime":0,
                       "late":1,"inReview":1,"returned":0,"approved":0,"published":0,"missing":0}],
                     "townships":[{"townshipCode":"320684104","townshipName":"包场镇","completeness":"LATE",
                       "reportId":"0b7e6c1e-3a52-4f7e-9a55-2f1c8a3d2b11","version":1,"status":"IN_REVIEW"}]}""")),
            @Content(mediaType = CSV), @Content(mediaType = XLSX)})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    CompletenessView completeness(
            @Parameter(example = "320684") @PathParam("code")
            @Pattern(regexp = Validation.REGION_CODE, message = Validation.REGION_CODE_MESSAGE) String code,
            @Parameter(example = "2024", required = true) @QueryParam("year") @NotNull(message = Validation.YEAR_REQUIRED)
            @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
            @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE) Integer year,
            @Parameter(description = FORMAT_DESCRIPTION, example = "csv") @QueryParam("format")
            @Pattern(regexp = FORMAT, message = FORMAT_MESSAGE) String format);

    @GET
    @Path("/disclosure/regions/{code}/reports")
    @RolesAllowed({Roles.REPORTER, Roles.REVIEWER, Roles.VIEWER, Roles.ADMIN, Roles.PORTAL})
    @Operation(summary = "政务公开：已公开的报告及其正式数字（按地区、年度分页）",
            description = "Who: anyone with a role (only published reports are listed). The published reports of the "
                    + "region and year, by township code, each with its approved version's official figures. The "
                    + "answer carries an `ETag` (a digest of the page) and `Last-Modified` (the latest publication on "
                    + "the page); sent back in `If-None-Match`, an unchanged page is answered 304 without a body.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Pages.PublishedReportPage.class),
            examples = @ExampleObject(name = "包场镇2024年", value = """
                    {"items":[{"townshipCode":"320684104","townshipName":"包场镇","year":2024,
                      "reportId":"0b7e6c1e-3a52-4f7e-9a55-2f1c8a3d2b11","version":2,
                      "publishedAt":"2025-03-01T09:30:00Z",
                      "figures":[{"rank":null,"townshipCode":"320684104","townshipName":"包场镇",
                        "indicator":"disputes.received","year":2024,"value":46,"source":"CLERK","clerkStated":false,
                        "reportId":"0b7e6c1e-3a52-4f7e-9a55-2f1c8a3d2b11","version":2,
                        "evidence":{"start":1351,"end":1354}}]}],
                     "page":0,"size":20,"total":1}""")))
    @APIResponse(responseCode = "304", description = "the page has not changed since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    Response disclosure(
            @Parameter(example = "3206") @PathParam("code")
            @Pattern(regexp = Validation.REGION_CODE, message = Validation.REGION_CODE_MESSAGE) String code,
            @Parameter(example = "2024", required = true) @QueryParam("year") @NotNull(message = Validation.YEAR_REQUIRED)
            @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
            @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE) Integer year,
            @Valid @BeanParam PageRequest paging);

    @GET
    @Path("/admin/analytics/consistency")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "核对统计数据与原始数字是否一致",
            description = "Who: admin. Recomputes the township figures of a region and year from the analyses and the "
                    + "clerks' decisions and compares them with the figures the analytics read; `consistent` false "
                    + "means an event was not followed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ConsistencyView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    ConsistencyView consistency(
            @Parameter(example = "3206", required = true) @QueryParam("region") @NotNull(message = "必须指定地区代码 region")
            @Pattern(regexp = Validation.REGION_CODE, message = Validation.REGION_CODE_MESSAGE) String region,
            @Parameter(example = "2024", required = true) @QueryParam("year") @NotNull(message = Validation.YEAR_REQUIRED)
            @Min(value = Limits.FIRST_YEAR, message = Validation.YEAR_TOO_EARLY)
            @Max(value = Limits.LAST_YEAR, message = Validation.YEAR_TOO_LATE) Integer year);
}
