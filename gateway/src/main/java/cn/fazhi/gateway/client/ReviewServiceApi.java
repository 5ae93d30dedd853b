package cn.fazhi.gateway.client;

import cn.fazhi.api.CommentRequest;
import cn.fazhi.api.CommentView;
import cn.fazhi.api.DecisionRequest;
import cn.fazhi.api.HistoryView;
import cn.fazhi.api.PageView;
import cn.fazhi.api.PlaceView;
import cn.fazhi.api.ReviewCaseView;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** review-service, called with the caller's own token. Only {@link ReviewClient} uses it. */
@RegisterRestClient(configKey = "review-service")
@RegisterProvider(DownstreamProblems.class)
@AccessToken
interface ReviewServiceApi {

    @GET
    @Path("/reviews")
    PageView<ReviewCaseView> list(@QueryParam("status") String status, @QueryParam("township") String township,
            @QueryParam("severity") String severity, @QueryParam("late") Boolean late, @QueryParam("level") String level,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/reviews/{id}/comments")
    CommentView comment(@PathParam("id") UUID id, CommentRequest request);

    @GET
    @Path("/reviews/{id}/comments")
    List<CommentView> comments(@PathParam("id") UUID id);

    @POST
    @Path("/reviews/{id}/return")
    ReviewCaseView returnToTownship(@PathParam("id") UUID id, DecisionRequest request);

    @POST
    @Path("/reviews/{id}/approve")
    ReviewCaseView approve(@PathParam("id") UUID id, DecisionRequest request);

    @POST
    @Path("/reviews/{id}/publish")
    ReviewCaseView publish(@PathParam("id") UUID id);

    @GET
    @Path("/reports/{reportId}/history")
    List<HistoryView> history(@PathParam("reportId") UUID reportId);

    @PUT
    @Path("/places")
    @Consumes("text/csv; charset=UTF-8")
    Map<String, Integer> loadPlaces(String csv);

    @GET
    @Path("/places")
    List<PlaceView> places(@QueryParam("parent") String parent);

    @GET
    @Path("/places/{code}")
    PlaceView place(@PathParam("code") String code);

    @GET
    @Path("/reviews/{id}")
    ReviewCaseView get(@PathParam("id") UUID id);

    @GET
    @Path("/reports/{reportId}/versions/{version}/review")
    ReviewCaseView ofVersion(@PathParam("reportId") UUID reportId, @PathParam("version") int version);
}
