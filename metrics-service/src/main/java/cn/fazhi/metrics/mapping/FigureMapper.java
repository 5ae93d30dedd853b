package cn.fazhi.metrics.mapping;

import cn.fazhi.analysis.IndicatorDefinition;
import cn.fazhi.api.FigureDecisionView;
import cn.fazhi.api.FigureDisagreementView;
import cn.fazhi.api.FigureView;
import cn.fazhi.api.IndicatorView;
import cn.fazhi.api.PassageView;
import cn.fazhi.api.SpanView;
import cn.fazhi.events.FigureDecided;
import cn.fazhi.metrics.FigureDecision;
import cn.fazhi.metrics.FigureDisagreement;
import java.util.List;

/**
 * Puts the engine's reading of an indicator beside the clerk's latest decision and says which
 * figure counts: the clerk's once decided (none when rejected), the engine's until then. Also the
 * decision as {@code figures.decided} announces it.
 */
public final class FigureMapper {

    public static final String ENGINE_ONLY = "ENGINE_ONLY";
    public static final String SOURCE_ENGINE = "ENGINE";
    public static final String SOURCE_CLERK = "CLERK";

    private FigureMapper() {
    }

    /**
     * @param engine   what the engine read, or null
     * @param decision the clerk's latest decision, or null
     * @param text     the version's text, to quote the clerk's passage; null when not kept
     */
    public static FigureView toView(IndicatorDefinition definition, IndicatorView engine, FigureDecision decision,
            String text) {
        if (decision == null) {
            return new FigureView(definition.code(), definition.name(), definition.unit(), ENGINE_ONLY, engine, null,
                    engine.value(), SOURCE_ENGINE, false, spans(engine), false);
        }
        boolean disagrees = decision.engineDisagrees(engine == null ? null : engine.value());
        FigureDecisionView decided = new FigureDecisionView(decision.action.name(), decision.value, decision.reason,
                decision.engineValue, passage(decision, text), decision.clerkStated, decision.actor, decision.decidedAt, decision.revision);
        if (decision.action == FigureDecision.Action.REJECTED) {
            return new FigureView(definition.code(), definition.name(), definition.unit(), decision.action.name(), engine,
                    decided, null, null, false, List.of(), disagrees);
        }
        List<SpanView> evidence = decision.hasPassage() ? List.of(new SpanView(decision.evidenceStart, decision.evidenceEnd))
                : decision.clerkStated ? List.of() : spans(engine);
        return new FigureView(definition.code(), definition.name(), definition.unit(), decision.action.name(), engine,
                decided, decision.value, SOURCE_CLERK, decision.clerkStated, evidence, disagrees);
    }

    public static FigureDisagreementView toView(FigureDisagreement flagged, String name) {
        return new FigureDisagreementView(flagged.reportId, flagged.version, flagged.townshipCode, flagged.year,
                flagged.code, name, flagged.clerkAction, flagged.clerkValue, flagged.engineValueThen,
                flagged.engineValueNow, flagged.flaggedAt);
    }

    public static FigureDecided toEvent(FigureDecision decision, String name) {
        return new FigureDecided(decision.reportId, decision.version, decision.townshipCode, decision.code, name,
                FigureDecided.Action.valueOf(decision.action.name()), decision.engineValue, decision.value, decision.unit,
                decision.reason, decision.evidenceStart, decision.evidenceEnd, decision.clerkStated, decision.actor,
                decision.revision, decision.decidedAt);
    }

    private static List<SpanView> spans(IndicatorView engine) {
        return engine == null ? List.of() : engine.evidence().stream().map(e -> new SpanView(e.start(), e.end())).toList();
    }

    private static PassageView passage(FigureDecision decision, String text) {
        if (!decision.hasPassage()) {
            return null;
        }
        String words = text == null || decision.evidenceEnd > text.length() ? null
                : text.substring(decision.evidenceStart, decision.evidenceEnd);
        return new PassageView(decision.evidenceStart, decision.evidenceEnd, words);
    }
}
