package cn.fazhi.gateway.client;

import cn.fazhi.api.CampaignRequest;
import cn.fazhi.api.CampaignView;
import cn.fazhi.api.DiffView;
import cn.fazhi.api.PageView;
import cn.fazhi.api.ReportVersionView;
import cn.fazhi.api.ReportView;
import cn.fazhi.api.ResubmitRequest;
import cn.fazhi.api.SubmitReportRequest;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** report-service, called with the caller's own token. Only {@link ReportClient} uses it. */
@RegisterRestClient(configKey = "report-service")
@RegisterProvider(DownstreamProblems.class)
@AccessToken
interface ReportServiceApi {

    @POST
    @Path("/reports")
    RestResponse<ReportView> submit(SubmitReportRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey);

    @GET
    @Path("/reports/{id}")
    ReportView get(@PathParam("id") UUID id);

    @GET
    @Path("/reports/{id}/versions/{number}")
    ReportVersionView version(@PathParam("id") UUID id, @PathParam("number") int number);

    @GET
    @Path("/reports")
    PageView<ReportView> list(@QueryParam("year") String year, @QueryParam("township") String township,
            @QueryParam("status") List<String> status, @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/reports/{id}/versions")
    ReportView resubmit(@PathParam("id") UUID id, ResubmitRequest request);

    @GET
    @Path("/reports/{id}/diff")
    DiffView diff(@PathParam("id") UUID id, @QueryParam("from") int from, @QueryParam("to") int to);

    @POST
    @Path("/campaigns")
    CampaignView openCampaign(CampaignRequest request);

    @PUT
    @Path("/campaigns/{year}")
    CampaignView updateCampaign(@PathParam("year") int year, CampaignRequest request);

    @GET
    @Path("/campaigns")
    List<CampaignView> campaigns();

    @GET
    @Path("/campaigns/{year}")
    CampaignView campaign(@PathParam("year") int year);
}
