package cn.fazhi.metrics.service;

import cn.fazhi.api.DraftAnalysisView;
import cn.fazhi.api.FindingView;
import cn.fazhi.api.ReportMetadataView;
import java.util.List;

/**
 * What is recorded for a version whose automatic analysis failed: no figures, and one ERROR
 * finding that tells the reviewer to read the report in full. Stored and announced like any
 * analysis, so the version is never stuck waiting for one and its review case opens.
 */
final class FailedAnalysis {

    static final String CODE = "ANALYSIS_FAILED";

    private FailedAnalysis() {
    }

    static DraftAnalysisView of(String engineVersion) {
        FindingView finding = new FindingView(CODE, "ERROR",
                "自动分析未能完成，本版本没有读出任何数字和指标；请审核人员通读全文，必要时请乡镇重新提交", 0, 0);
        return new DraftAnalysisView(engineVersion, new ReportMetadataView(null, null, null, null, null, null),
                List.of(), List.of(), List.of(), List.of(), List.of(finding));
    }
}
