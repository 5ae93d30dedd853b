package cn.fazhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headings behind conversion artefacts, and the heading words real reports use for each mandated
 * section (findings issue, item 2). ⏎ is a line break; every page opens with a sentence of prose, as
 * a report does after its title.
 */
class OutlineReaderTest {

    private static final ReportAnalyzer ANALYZER = new ReportAnalyzer();
    private static final String PROSE = "2024年，我镇深入推进法治政府建设，现将有关情况报告如下。⏎";

    private static ReportAnalysis analyze(String page) {
        return ANALYZER.analyze(page.strip().replace("⏎", "\n"));
    }

    private static Set<String> present(ReportAnalysis analysis) {
        return analysis.sections().stream().filter(SectionStatus::present).map(SectionStatus::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> codes(String list) {
        return list == null ? Set.of() : new TreeSet<>(Arrays.asList(list.strip().split("\\s+")));
    }

    private static List<String> titles(List<Heading> headings) {
        List<String> titles = new ArrayList<>();
        for (Heading heading : headings) {
            titles.add(heading.title());
            titles.addAll(titles(heading.children()));
        }
        return titles;
    }

    /** '¦' separates the columns of this table: a page may hold '|'. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
            // artefact                ¦ page after the prose                                                     ¦ sections present
            "Word bookmark            ¦ [bookmark: _Toc1]一、主要举措和成效⏎正文。                                 ¦ MEASURES",
            "pandoc anchor            ¦ []{#_Toc2 .anchor}二、存在的不足和原因⏎正文。                              ¦ SHORTCOMINGS",
            "bookmark after the words ¦ 三、下一年度工作安排[bookmark: _Toc3]⏎正文。                               ¦ PLANS",
            "marker on its own line   ¦ 三、⏎下一年度推进法治政府建设的主要安排⏎正文。                             ¦ PLANS",
            "tab after the marker     ¦ 一、\t主要举措和成效⏎正文。                                               ¦ MEASURES",
            "numbering lost           ¦ 存在的问题和不足⏎正文。⏎2025年工作思路⏎正文。                               ¦ SHORTCOMINGS PLANS",
            "numbering lost, long     ¦ 党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况⏎正文。 ¦ LEADERSHIP",
            "bullet                   ¦ • 存在的不足及原因⏎正文。                                                  ¦ SHORTCOMINGS",
            "markdown heading         ¦ ## 四、党政主要负责人履行推进法治建设第一责任人职责情况⏎正文。              ¦ LEADERSHIP",
            "table cell               ¦ | 一、主要举措和成效 |⏎正文。                                               ¦ MEASURES",
            "byte-order mark          ¦ \uFEFF一、主要举措和成效⏎正文。                                            ¦ MEASURES",
            "traditional script       ¦ 一、主要舉措和成效⏎正文。⏎二、存在的問題和不足⏎正文。                        ¦ MEASURES SHORTCOMINGS",
            "paragraphs joined        ¦ 如下： 一、主要举措和成效 （一）强化组织领导。内容。 二、存在的问题 （一）问题一。 三、下一步工作打算 内容。 ¦ MEASURES SHORTCOMINGS PLANS"})
    void artefactsDoNotHideAHeading(String artefact, String page, String sections) {
        assertEquals(codes(sections), present(analyze(PROSE + page)), artefact);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "marker on its own line | 三、⏎下一年度推进法治政府建设的主要安排⏎正文。 | 下一年度推进法治政府建设的主要安排",
            "paragraphs joined      | 如下： 一、主要举措和成效 （一）强化组织领导 坚持学法。 | 主要举措和成效 强化组织领导",
            "bookmark around        | [bookmark: _Toc1]一、主要举措和成效[bookmark: _Toc2]⏎正文。 | 主要举措和成效"})
    void aHeadingsWordsAreReadWithoutItsArtefacts(String artefact, String page, String expected) {
        assertEquals(Arrays.asList(expected.strip().split(" ")), titles(analyze(PROSE + page).outline()), artefact);
    }

    /** Lines that look like a section's words but are no heading: the title, furniture, prose, a label. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the title names a plan    | 某镇2024年法治建设总结和2025年工作计划⏎2024年，我镇推进法治建设。",
            "a breadcrumb              | 当前位置：首页 > 工作计划⏎2024年，我镇推进法治建设。",
            "a title after the prose   | 2024年，我镇推进法治建设。⏎某镇2025年工作计划报告",
            "a label with a colon      | 2024年，我镇推进法治建设。⏎附：2025年工作计划",
            "prose naming a section    | 2024年，我镇推进法治建设，针对存在的问题和不足，制定了下一步工作计划。",
            "no blank before a marker  | 2024年，我镇推进法治建设，做法如下：一、存在的问题得到整改。"})
    void noArtefactMakesAHeading(String what, String page) {
        assertEquals(Set.of(), present(analyze(page)), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // MEASURES: the section's words in other orders, with other joiners, or as 情况/总结
            "一、2024年度推进法治政府建设的主要举措和成效 | MEASURES",
            "一、主要成效和举措                         | MEASURES",
            "一、主要工作和成效                         | MEASURES",
            "一、2025年政府建设工作举措及成效           | MEASURES",
            "一、2025年度法治建设的主要措施及成效       | MEASURES",
            "一、主要做法                               | MEASURES",
            "一、工作开展情况                           | MEASURES",
            "一、2024年法治政府建设工作落实情况         | MEASURES",
            "一、推进法治政府建设情况                   | MEASURES",
            "一、加强法治政府建设有关情况               | MEASURES",
            "一、2023年工作总结                         | MEASURES",
            // SHORTCOMINGS
            "二、存在的不足和原因                       | SHORTCOMINGS",
            "二、上一年度推进法治建设存在的不足及原因   | SHORTCOMINGS",
            "二、存在的主要问题                         | SHORTCOMINGS",
            "二、存在的困难和问题                       | SHORTCOMINGS",
            "二、问题与不足                             | SHORTCOMINGS",
            "二、差距和不足                             | SHORTCOMINGS",
            "二、短板弱项                               | SHORTCOMINGS",
            "二、薄弱环节                               | SHORTCOMINGS",
            // PLANS
            "三、下一年度推进法治政府建设的主要安排     | PLANS",
            "三、2025年法治政府建设工作思路             | PLANS",
            "三、2024年推进法治政府建设思路和打算       | PLANS",
            "三、下步工作打算                           | PLANS",
            "三、下一步工作计划                         | PLANS",
            "三、今后工作重点                           | PLANS",
            "三、2025年工作设想                         | PLANS",
            // LEADERSHIP
            "四、党政主要负责人履行推进法治建设第一责任人职责情况 | LEADERSHIP",
            "四、主要负责人履行推进法治政府建设的主要举措和成效   | LEADERSHIP",
            "四、党政负责人履职情况                     | LEADERSHIP",
            // OTHER
            "五、其他需要报告的情况                     | OTHER",
            "五、其他事项                               | OTHER",
            // no section: a thematic heading, and 短板 as something to fix, not as shortcomings
            "一、强化组织保障，筑牢法治建设“压舱石”     | ",
            "一、补齐短板，提升依法行政水平             | "})
    void theHeadingWordsOfEachSection(String heading, String section) {
        assertEquals(codes(section), present(analyze(PROSE + heading + "⏎正文。")), heading);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "一、主要举措和成效⏎（一）存在的问题整改⏎正文。⏎（二）下一步工作计划⏎正文。",
            "三、下一步工作安排⏎（一）压实第一责任人职责⏎正文。"})
    void aHeadingInsideASectionIntroducesNoOther(String page) {
        Set<String> present = present(analyze(PROSE + page));
        assertEquals(1, present.size(), present.toString());
    }
}
