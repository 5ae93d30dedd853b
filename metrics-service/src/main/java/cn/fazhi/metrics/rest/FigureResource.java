package cn.fazhi.metrics.rest;

import cn.fazhi.api.EngineAccuracyView;
import cn.fazhi.api.FigureDecisionRequest;
import cn.fazhi.api.FigureSheetView;
import cn.fazhi.api.FigureView;
import cn.fazhi.api.contract.FigureApi;
import cn.fazhi.common.security.CurrentCaller;
import cn.fazhi.metrics.service.EngineAccuracy;
import cn.fazhi.metrics.service.FigureService;
import java.util.UUID;

/**
 * The figures as {@link FigureApi} declares them: read within the township's scope (portals:
 * published only), decided by the township's own clerk, and the engine's accuracy for admins.
 */
public class FigureResource implements FigureApi {

    private final FigureService figures;
    private final EngineAccuracy accuracy;
    private final CurrentCaller caller;

    public FigureResource(FigureService figures, EngineAccuracy accuracy, CurrentCaller caller) {
        this.figures = figures;
        this.accuracy = accuracy;
        this.caller = caller;
    }

    @Override
    public FigureSheetView figures(UUID id, int number) {
        return figures.sheet(id, number, caller.get());
    }

    @Override
    public FigureView decide(UUID id, int number, String indicator, FigureDecisionRequest decision) {
        return figures.decide(id, number, indicator, decision, caller.get());
    }

    @Override
    public EngineAccuracyView accuracy(Integer year) {
        return accuracy.measure(year);
    }
}
