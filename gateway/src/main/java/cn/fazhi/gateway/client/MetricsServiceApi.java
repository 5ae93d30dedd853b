package cn.fazhi.gateway.client;

import cn.fazhi.api.AnalysisView;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** metrics-service, called with the caller's own token. Only {@link MetricsClient} uses it. */
@RegisterRestClient(configKey = "metrics-service")
@RegisterProvider(DownstreamProblems.class)
@AccessToken
@Path("/reports/{id}")
interface MetricsServiceApi {

    @GET
    @Path("/analysis")
    AnalysisView latest(@PathParam("id") UUID id);

    @GET
    @Path("/versions/{version}/analysis")
    AnalysisView ofVersion(@PathParam("id") UUID id, @PathParam("version") int version);
}
