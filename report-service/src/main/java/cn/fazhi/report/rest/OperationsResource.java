package cn.fazhi.report.rest;

import cn.fazhi.api.DeadLetterView;
import cn.fazhi.api.DiscardRequest;
import cn.fazhi.api.PageRequest;
import cn.fazhi.api.PageView;
import cn.fazhi.api.ReplayView;
import cn.fazhi.api.StuckWorkView;
import cn.fazhi.api.contract.OperationsApi;
import cn.fazhi.common.security.CurrentCaller;
import cn.fazhi.report.service.DeadLetters;
import cn.fazhi.report.service.StuckVersions;
import java.util.List;
import java.util.UUID;

/** The admin's operations as {@link OperationsApi} declares them: dead letters and stuck versions. */
public class OperationsResource implements OperationsApi {

    private final DeadLetters deadLetters;
    private final StuckVersions stuck;
    private final CurrentCaller caller;

    public OperationsResource(DeadLetters deadLetters, StuckVersions stuck, CurrentCaller caller) {
        this.deadLetters = deadLetters;
        this.stuck = stuck;
        this.caller = caller;
    }

    @Override
    public PageView<DeadLetterView> list(String topic, String status, PageRequest paging) {
        return deadLetters.list(topic, status, paging.page, paging.size);
    }

    @Override
    public DeadLetterView get(UUID id) {
        return deadLetters.get(id);
    }

    @Override
    public DeadLetterView replay(UUID id) {
        return deadLetters.replay(id, caller.get());
    }

    @Override
    public ReplayView replayTopic(String topic) {
        return deadLetters.replayTopic(topic, caller.get());
    }

    @Override
    public DeadLetterView discard(UUID id, DiscardRequest request) {
        return deadLetters.discard(id, request.reason(), caller.get());
    }

    @Override
    public List<StuckWorkView> stuckVersions() {
        return stuck.list();
    }
}
