package cn.fazhi.metrics.mapping;

import cn.fazhi.api.CompletenessCountsView;
import cn.fazhi.api.CompletenessView;
import cn.fazhi.api.IndicatorTotalView;
import cn.fazhi.api.IndicatorTotalsView;
import cn.fazhi.api.PageView;
import cn.fazhi.api.RankingView;
import cn.fazhi.api.RegionAggregateView;
import cn.fazhi.api.TownshipFigureView;
import cn.fazhi.api.TownshipProgressView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The analytics' answers as tables with Chinese headers, for CSV and XLSX exports: the same figures
 * as the JSON, one row per region or township, numbers left as numbers.
 */
public final class ExportTables {

    public static final List<String> FIGURE_HEADERS = List.of("名次", "乡镇代码", "乡镇", "指标代码", "年度", "数值",
            "来源", "填报员自述", "报告ID", "版本", "原文起", "原文止");
    private static final List<String> TOTAL_HEADERS = List.of("指标代码", "指标", "单位", "汇总方式", "年度", "地区代码",
            "地区", "层级", "数值", "分子合计", "分母合计", "最小值", "中位数", "最大值", "填报乡镇数", "应报乡镇数", "引擎未确认数");
    private static final List<String> COUNT_HEADERS = List.of("地区代码", "地区", "应报", "已报", "按时", "逾期", "审核中",
            "退回", "已通过", "已公开", "未报");
    private static final List<String> PROGRESS_HEADERS = List.of("乡镇代码", "乡镇", "情况", "报告ID", "版本", "状态");

    private ExportTables() {
    }

    /** Whether an answer of this type can be exported. */
    public static boolean supports(Class<?> type) {
        return IndicatorTotalsView.class.isAssignableFrom(type) || RankingView.class.isAssignableFrom(type)
                || CompletenessView.class.isAssignableFrom(type) || PageView.class.isAssignableFrom(type);
    }

    /** Writes the answer's tables to the sink. */
    public static void write(Object answer, TableSink sink) throws IOException {
        if (answer instanceof IndicatorTotalsView totals) {
            sink.table("指标汇总", TOTAL_HEADERS);
            for (IndicatorTotalView total : totals.totals()) {
                sink.row(totalRow(total, total.region()));
                for (RegionAggregateView child : total.children()) {
                    sink.row(totalRow(total, child));
                }
            }
        } else if (answer instanceof RankingView ranking) {
            sink.table("排名", FIGURE_HEADERS);
            for (TownshipFigureView figure : ranking.townships()) {
                sink.row(figureRow(figure));
            }
        } else if (answer instanceof CompletenessView completeness) {
            sink.table("报送完成情况", COUNT_HEADERS);
            sink.row(countRow(completeness.region()));
            for (CompletenessCountsView child : completeness.children()) {
                sink.row(countRow(child));
            }
            sink.table("未报和逾期乡镇", PROGRESS_HEADERS);
            for (TownshipProgressView township : completeness.townships()) {
                sink.row(Arrays.asList(township.townshipCode(), township.townshipName(),
                        "MISSING".equals(township.completeness()) ? "未报" : "逾期", township.reportId(),
                        township.version(), township.status()));
            }
        } else if (answer instanceof PageView<?> page) {
            sink.table("乡镇指标数字", FIGURE_HEADERS);
            for (Object item : page.items()) {
                if (item instanceof TownshipFigureView figure) {
                    sink.row(figureRow(figure));
                }
            }
        } else {
            throw new IllegalArgumentException("not exportable: " + answer.getClass().getName());
        }
    }

    public static List<Object> figureRow(TownshipFigureView figure) {
        return Arrays.asList(figure.rank(), figure.townshipCode(), figure.townshipName(), figure.indicator(),
                figure.year(), figure.value(), "CLERK".equals(figure.source()) ? "填报员确认" : "引擎读数（未确认）",
                figure.clerkStated() ? "是" : "否", figure.reportId(), figure.version(),
                figure.evidence() == null ? null : figure.evidence().start(),
                figure.evidence() == null ? null : figure.evidence().end());
    }

    private static List<Object> totalRow(IndicatorTotalView total, RegionAggregateView region) {
        List<Object> row = new ArrayList<>(Arrays.asList(total.indicator(), total.name(), total.unit(), total.method(),
                total.year(), region.regionCode(), region.regionName(), region.level(), region.value(), region.numerator(),
                region.denominator(), region.distribution().min(), region.distribution().median(),
                region.distribution().max(), region.coverage().stated(), region.coverage().expected(),
                region.engineOnly()));
        return row;
    }

    private static List<Object> countRow(CompletenessCountsView counts) {
        return Arrays.asList(counts.regionCode(), counts.regionName(), counts.expected(), counts.submitted(),
                counts.onTime(), counts.late(), counts.inReview(), counts.returned(), counts.approved(),
                counts.published(), counts.missing());
    }
}
