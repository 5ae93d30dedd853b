package cn.fazhi.metrics.rest;

import cn.fazhi.api.CompletenessView;
import cn.fazhi.api.ConsistencyView;
import cn.fazhi.api.IndicatorTotalsView;
import cn.fazhi.api.PageRequest;
import cn.fazhi.api.PageView;
import cn.fazhi.api.RankingView;
import cn.fazhi.api.TownshipFigureView;
import cn.fazhi.api.contract.IndicatorAnalyticsApi;
import cn.fazhi.common.security.CurrentCaller;
import cn.fazhi.metrics.service.CampaignCompleteness;
import cn.fazhi.metrics.service.IndicatorAnalytics;
import cn.fazhi.metrics.service.IndicatorAnalytics.Years;
import cn.fazhi.metrics.mapping.CsvSink;
import cn.fazhi.metrics.mapping.XlsxSink;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import cn.fazhi.api.PublishedReportView;
import cn.fazhi.metrics.service.Disclosure;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/** The analytics as {@link IndicatorAnalyticsApi} declares them; scope is enforced in the services. */
public class IndicatorAnalyticsResource implements IndicatorAnalyticsApi {

    private final IndicatorAnalytics analytics;
    private final CampaignCompleteness completeness;
    private final CurrentCaller caller;
    private final HttpHeaders headers;
    private final Disclosure disclosure;
    private final ObjectMapper json;

    public IndicatorAnalyticsResource(IndicatorAnalytics analytics, CampaignCompleteness completeness,
            CurrentCaller caller, HttpHeaders headers, Disclosure disclosure, ObjectMapper json) {
        this.disclosure = disclosure;
        this.json = json;
        this.headers = headers;
        this.analytics = analytics;
        this.completeness = completeness;
        this.caller = caller;
    }

    @Override
    public IndicatorTotalsView totals(String code, List<String> indicator, Integer year, Integer from, Integer to,
            String basis, String format) {
        return analytics.totals(code, indicator, Years.of(year, from, to), basis, true, caller.get());
    }

    @Override
    public IndicatorTotalsView trends(String code, List<String> indicator, Integer from, Integer to, String basis,
            String format) {
        return analytics.totals(code, indicator, Years.of(null, from, to), basis, false, caller.get());
    }

    @Override
    public RankingView rankings(String code, String indicator, Integer year, String order, int limit, String basis,
            String format) {
        return analytics.ranking(code, indicator, year, order, limit, basis, caller.get());
    }

    @Override
    public PageView<TownshipFigureView> figures(String code, List<String> indicator, Integer year, Integer from,
            Integer to, String basis, PageRequest paging, String format) {
        return analytics.figures(code, indicator, Years.of(year, from, to), basis, paging.page, paging.size,
                caller.get());
    }

    @Override
    public Response exportFigures(String code, List<String> indicator, Integer year, Integer from, Integer to,
            String basis, String format) {
        boolean xlsx = "xlsx".equals(format) || format == null && headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> XlsxSink.MEDIA_TYPE.equals(type.getType() + "/" + type.getSubtype()));
        StreamingOutput body = analytics.export(code, indicator, Years.of(year, from, to), basis, xlsx, caller.get());
        return Response.ok(body, xlsx ? XlsxSink.MEDIA_TYPE : CsvSink.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"figures-" + code + (xlsx ? ".xlsx" : ".csv") + "\"")
                .build();
    }

    @Override
    public CompletenessView completeness(String code, Integer year, String format) {
        return completeness.of(code, year, caller.get());
    }

    /**
     * The page with a strong ETag (a digest of its JSON) and Last-Modified (its latest publication); a
     * matching If-None-Match is answered 304 with no body. If-Modified-Since is not honoured: a re-analysis
     * can change an unconfirmed figure of a page without a new publication, which the ETag sees.
     */
    @Override
    public Response disclosure(String code, Integer year, PageRequest paging) {
        PageView<PublishedReportView> page = disclosure.page(code, year, paging.page, paging.size);
        byte[] body = ConditionalPages.json(json, page);
        String etag = ConditionalPages.etag(body);
        Date modified = page.items().stream().map(PublishedReportView::publishedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).map(at -> Date.from(at.toInstant())).orElse(null);
        Response.ResponseBuilder answer = ConditionalPages.matches(headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH), etag)
                ? Response.notModified() : Response.ok(body, MediaType.APPLICATION_JSON);
        answer.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (modified != null) {
            answer.lastModified(modified);
        }
        return answer.build();
    }

    @Override
    public ConsistencyView consistency(String region, Integer year) {
        return analytics.consistency(region, year);
    }
}
