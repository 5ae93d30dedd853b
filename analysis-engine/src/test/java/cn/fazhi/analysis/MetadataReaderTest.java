package cn.fazhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Page furniture and conversion artefacts above a title (breadcrumbs, index tables, labels, dates and
 * portal names after it, a title broken over two lines) do not hide it (issue 9, item 2).
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
            "子丑镇2024年法治政府建设工作总结⏎正文。                                              | 子丑镇2024年法治政府建设工作总结 | 子丑镇 | 2024"})
    void theTitleBehindPageFurniture(String page, String title, String township, int year) {
        ReportMetadata m = ANALYZER.analyze(page.strip().replace("⏎", "\n")).metadata();
        assertEquals(title.strip().replace("⏎", "\n"), m.title());
        assertEquals(township.strip(), m.township());
        assertEquals(year, m.year());
    }
}
