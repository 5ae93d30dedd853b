package cn.fazhi.gateway.client;

import cn.fazhi.api.AnalysisView;
import cn.fazhi.api.AnalyzeDraftRequest;
import cn.fazhi.api.CatalogView;
import cn.fazhi.api.DraftAnalysisView;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** metrics-service, called with the caller's own token. Only {@link MetricsClient} uses it. */
@RegisterRestClient(configKey = "metrics-service")
@RegisterProvider(DownstreamProblems.class)
@AccessToken
interface MetricsServiceApi {

    @GET
    @Path("/reports/{id}/analysis")
    AnalysisView latest(@PathParam("id") UUID id);

    @GET
    @Path("/reports/{id}/versions/{version}/analysis")
    AnalysisView ofVersion(@PathParam("id") UUID id, @PathParam("version") int version);

    @POST
    @Path("/analysis")
    DraftAnalysisView draft(AnalyzeDraftRequest draft);

    @GET
    @Path("/indicators/catalog")
    CatalogView catalog();
}
