package cn.fazhi.report.rest;

import cn.fazhi.api.CampaignRequest;
import cn.fazhi.api.CampaignView;
import cn.fazhi.api.contract.CampaignApi;
import cn.fazhi.common.security.CurrentCaller;
import cn.fazhi.report.service.CampaignService;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Reporting campaigns as {@link CampaignApi} declares them: admins open and change them, everybody reads them. */
public class CampaignResource implements CampaignApi {

    private final CampaignService service;
    private final CurrentCaller caller;

    public CampaignResource(CampaignService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @Override
    public Response open(CampaignRequest request) {
        CampaignView campaign = service.open(request, caller.get());
        return Response.created(URI.create("/api/v1/campaigns/" + campaign.year())).entity(campaign).build();
    }

    @Override
    public CampaignView update(int year, CampaignRequest request) {
        return service.update(year, request);
    }

    @Override
    public List<CampaignView> list() {
        return service.list();
    }

    @Override
    public CampaignView get(int year) {
        return service.get(year);
    }
}
