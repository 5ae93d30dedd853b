package cn.fazhi.metrics.rest;

import cn.fazhi.api.AnalysisView;
import cn.fazhi.api.AnalyzeDraftFileForm;
import cn.fazhi.api.AnalyzeDraftRequest;
import cn.fazhi.api.DraftFileAnalysisView;
import cn.fazhi.api.CatalogView;
import cn.fazhi.api.DraftAnalysisView;
import cn.fazhi.api.contract.AnalysisApi;
import cn.fazhi.common.security.CurrentCaller;
import cn.fazhi.metrics.service.AnalysisService;
import cn.fazhi.metrics.service.DraftDocuments;
import java.util.UUID;

/**
 * The analyses as {@link AnalysisApi} declares them: stored ones (who may read them is decided by
 * the township's scope; portals: published only), a draft check that stores nothing, the catalog.
 */
public class AnalysisResource implements AnalysisApi {

    private final AnalysisService service;
    private final DraftDocuments drafts;
    private final CurrentCaller caller;

    public AnalysisResource(AnalysisService service, DraftDocuments drafts, CurrentCaller caller) {
        this.service = service;
        this.drafts = drafts;
        this.caller = caller;
    }

    @Override
    public DraftFileAnalysisView analyzeDraftFile(AnalyzeDraftFileForm form) {
        return drafts.analyze(form);
    }

    @Override
    public AnalysisView latest(UUID id) {
        return service.latest(id, caller.get());
    }

    @Override
    public AnalysisView ofVersion(UUID id, int number) {
        return service.get(id, number, caller.get());
    }

    @Override
    public DraftAnalysisView analyzeDraft(AnalyzeDraftRequest draft) {
        return service.draft(draft);
    }

    @Override
    public CatalogView catalog() {
        return service.catalog();
    }
}
