package cn.fazhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Page furniture and conversion artefacts above a title (breadcrumbs, index tables, labels, dates and
 * portal names after it, a title broken over two lines; Word bookmarks, table borders, bullets, dates
 * before it, traditional script) do not hide it (issue 9, item 2; findings issue, item 2).
 */
class MetadataReaderTest {

    private static final ReportAnalyzer ANALYZER = new ReportAnalyzer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "您当前的位置:首页>政府信息公开>法治政府建设年度报告>2025年⏎甲乙镇2025年法治政府建设情况报告⏎正文。 | 甲乙镇2025年法治政府建设情况报告 | 甲乙镇 | 2025",
            "[ 索引号 ]1150/2026-00068 [ 发布机构 ]某某区⏎丙丁乡人民政府关于2024年度法治政府建设情况的报告⏎正文。 | 丙丁乡人民政府关于2024年度法治政府建设情况的报告 | 丙丁乡 | 2024",
            "• 标  题:某县戊己镇2025年度法治政府建设情况报告⏎正文。                             | 某县戊己镇2025年度法治政府建设情况报告 | 戊己镇 | 2025",
            "庚辛街道2024年法治政府建设情况报告_街镇文件_某某区人民政府门户网站⏎正文。           | 庚辛街道2024年法治政府建设情况报告 | 庚辛街道 | 2024",
            "2024年度壬癸街道法治政府建设工作报告 2024-12-12⏎正文。                              | 2024年度壬癸街道法治政府建设工作报告 | 壬癸街道 | 2024",
            "某县关坝镇2025年法治政府建设⏎年度报告⏎正文。                                         | 某县关坝镇2025年法治政府建设⏎年度报告 | 关坝镇 | 2025",
            "子丑镇2024年法治政府建设工作总结⏎正文。                                              | 子丑镇2024年法治政府建设工作总结 | 子丑镇 | 2024",
            // Word bookmarks and pandoc anchors as converters write them, before and after the title
            "[bookmark: _GoBack]甲丙镇2024年法治政府建设情况报告[bookmark: _Toc1]⏎正文。           | 甲丙镇2024年法治政府建设情况报告 | 甲丙镇 | 2024",
            "[]{#_Toc12 .anchor}乙丁乡2025年法治政府建设年度报告⏎正文。                            | 乙丁乡2025年法治政府建设年度报告 | 乙丁乡 | 2025",
            // breadcrumbs with slashes, index, source and view-count lines, a date alone above the title
            "当前位置：首页 / 政务公开 / 法治政府建设年度报告⏎丙戊镇2024年法治政府建设情况报告⏎正文。 | 丙戊镇2024年法治政府建设情况报告 | 丙戊镇 | 2024",
            "首页 / 信息公开 / 法治政府建设报告⏎丁己镇2024年法治政府建设情况报告⏎正文。             | 丁己镇2024年法治政府建设情况报告 | 丁己镇 | 2024",
            "索引号：11500/2025-00012 发布日期：2025-01-10⏎来源：某县人民政府 浏览次数：123⏎戊庚镇2024年度法治政府建设情况报告⏎正文。 | 戊庚镇2024年度法治政府建设情况报告 | 戊庚镇 | 2024",
            "发布时间：2025-01-10⏎2025-01-10 09:30⏎己辛街道2024年法治政府建设情况报告⏎正文。         | 己辛街道2024年法治政府建设情况报告 | 己辛街道 | 2024",
            "2025-01-10 庚壬街道2024年法治政府建设情况报告⏎正文。                                 | 庚壬街道2024年法治政府建设情况报告 | 庚壬街道 | 2024",
            // a bullet before the title; a byte-order mark
            "• 癸乙乡2024年法治政府建设年度报告⏎正文。                                            | 癸乙乡2024年法治政府建设年度报告 | 癸乙乡 | 2024",
            "\uFEFF子寅镇2024年法治政府建设情况报告⏎正文。                                        | 子寅镇2024年法治政府建设情况报告 | 子寅镇 | 2024",
            // a portal serving traditional script; a 总结 not at the title's end
            "某縣丑卯鎮2025年度法治政府建設情況報告⏎正文。                                           | 某縣丑卯鎮2025年度法治政府建設情況報告 | 丑卯鎮 | 2025",
            "寅辰镇2024年法治建设总结和2025年工作计划⏎正文。                                       | 寅辰镇2024年法治建设总结和2025年工作计划 | 寅辰镇 | 2024"})
    void theTitleBehindPageFurniture(String page, String title, String township, int year) {
        ReportMetadata m = ANALYZER.analyze(page.strip().replace("⏎", "\n")).metadata();
        assertEquals(title.strip().replace("⏎", "\n"), m.title());
        assertEquals(township.strip(), m.township());
        assertEquals(year, m.year());
    }

    /** Table borders: the title in a cell, alone or after its label's cell ('¦' separates the columns here). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
            "||||⏎| 辛癸镇人民政府关于2024年法治政府建设情况的报告 |⏎正文。 ¦ 辛癸镇人民政府关于2024年法治政府建设情况的报告 ¦ 辛癸镇 ¦ 2024",
            "| 标题 | 壬甲镇2024年法治政府建设情况报告 |⏎正文。              ¦ 壬甲镇2024年法治政府建设情况报告 ¦ 壬甲镇 ¦ 2024",
            "| 索引号 | 1150/2025-1 | 发布机构 | 某县 |⏎| 甲辰镇2024年法治政府建设情况报告 |⏎正文。 ¦ 甲辰镇2024年法治政府建设情况报告 ¦ 甲辰镇 ¦ 2024"})
    void theTitleInATable(String page, String title, String township, int year) {
        theTitleBehindPageFurniture(page, title, township, year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "索引号：11500/2025-00012 发布日期：2025-01-10⏎首页 > 政务公开 > 法治政府建设年度报告⏎正文。",
            "[bookmark: _GoBack]⏎当前位置：首页 > 法治政府建设报告⏎浏览次数：12⏎正文。"})
    void furnitureAloneIsNoTitle(String page) {
        assertNull(ANALYZER.analyze(page.strip().replace("⏎", "\n")).metadata().title());
    }

    @Test
    void aTitleInTraditionalScriptNamesTheSubmittersTownship() {
        ReportAnalysis analysis = ANALYZER.analyze("某縣丑卯鎮2025年度法治政府建設情況報告\n正文。",
                new AnalysisContext(2025, "丑卯镇"));
        assertTrue(analysis.findings().stream().noneMatch(f -> f.code().equals("ORG_MISMATCH")), analysis.findings()
                .toString());
    }
}
