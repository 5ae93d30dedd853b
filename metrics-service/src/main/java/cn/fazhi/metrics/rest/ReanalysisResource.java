package cn.fazhi.metrics.rest;

import cn.fazhi.api.FigureDisagreementView;
import cn.fazhi.api.PageRequest;
import cn.fazhi.api.PageView;
import cn.fazhi.api.ReanalysisRequest;
import cn.fazhi.api.ReanalysisView;
import cn.fazhi.api.contract.ReanalysisApi;
import cn.fazhi.common.security.CurrentCaller;
import cn.fazhi.metrics.service.Reanalyses;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Re-analysis of the archive as {@link ReanalysisApi} declares it; the work is {@link Reanalyses}'. */
public class ReanalysisResource implements ReanalysisApi {

    private final Reanalyses service;
    private final CurrentCaller caller;

    public ReanalysisResource(Reanalyses service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @Override
    public Response start(ReanalysisRequest request) {
        ReanalysisView run = service.start(request, caller.get());
        return Response.accepted(run).location(URI.create("/api/v1/admin/reanalyses/" + run.id())).build();
    }

    @Override
    public List<ReanalysisView> list() {
        return service.recent();
    }

    @Override
    public ReanalysisView get(UUID id) {
        return service.get(id);
    }

    @Override
    public PageView<FigureDisagreementView> disagreements(UUID id, PageRequest paging) {
        return service.disagreements(id, paging.page, paging.size);
    }

    @Override
    public ReanalysisView cancel(UUID id) {
        return service.cancel(id, caller.get());
    }
}
