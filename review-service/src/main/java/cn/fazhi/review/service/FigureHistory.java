package cn.fazhi.review.service;

import cn.fazhi.events.FigureDecided;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import org.jboss.logging.Logger;

/**
 * Writes a clerk's decision on a figure into the report's history, which this service owns: the
 * figures live in metrics-service, their story is told where every other step of the report is.
 * The entry says, in words a reviewer reads, which indicator, which values and why; it changes no
 * state, so it has no from and to.
 */
@ApplicationScoped
public class FigureHistory {

    /** The history's action for each decision: FIGURE_CONFIRMED, FIGURE_CORRECTED, FIGURE_REJECTED, FIGURE_ADDED. */
    static final String ACTION_PREFIX = "FIGURE_";

    private static final Logger LOG = Logger.getLogger(FigureHistory.class);

    private final History history;

    public FigureHistory(History history) {
        this.history = history;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void decided(FigureDecided decided) {
        history.record(decided.reportId(), decided.version(), decided.townshipCode(), decided.actor(),
                ACTION_PREFIX + decided.action().name(), null, null, describe(decided), decided.decidedAt());
        LOG.infof("report %s v%d: %s %s recorded in its history", decided.reportId(), decided.version(),
                decided.action(), decided.code());
    }

    static String describe(FigureDecided decided) {
        String indicator = decided.code() + "（" + decided.name() + "）";
        String unit = decided.unit();
        StringBuilder text = new StringBuilder();
        switch (decided.action()) {
            case CONFIRMED -> text.append("确认指标 ").append(indicator).append("：").append(amount(decided.value(), unit));
            case CORRECTED -> text.append("更正指标 ").append(indicator).append("：引擎读出 ")
                    .append(amount(decided.engineValue(), unit)).append("，更正为 ").append(amount(decided.value(), unit));
            case REJECTED -> text.append("否定指标 ").append(indicator).append("：引擎读出的 ")
                    .append(amount(decided.engineValue(), unit)).append(" 不是此项指标");
            case ADDED -> text.append("补充指标 ").append(indicator).append("：").append(amount(decided.value(), unit));
        }
        if (decided.start() != null && decided.end() != null) {
            text.append("（出自原文第 ").append(decided.start()).append("–").append(decided.end()).append(" 字符）");
        } else if (decided.clerkStated()) {
            text.append("（填报员自述，原文中没有）");
        }
        if (decided.reason() != null) {
            text.append("；理由：").append(decided.reason());
        }
        return text.toString();
    }

    private static String amount(BigDecimal value, String unit) {
        return value == null ? "（无）" : value.stripTrailingZeros().toPlainString() + " " + unit;
    }
}
