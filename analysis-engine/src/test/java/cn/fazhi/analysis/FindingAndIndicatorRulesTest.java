package cn.fazhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One sentence per rule of ANALYSIS.md §2 and §4: what fires, and what must not. */
class FindingAndIndicatorRulesTest {

    private static final ReportAnalyzer ANALYZER = new ReportAnalyzer();

    private static List<String> codes(String text) {
        return ANALYZER.analyze(text).findings().stream().map(Finding::code)
                .filter(code -> !code.equals("MISSING_SECTION")).toList();
    }

    private static Map<String, Indicator> indicators(String text) {
        return ANALYZER.analyze(text).indicators().stream()
                .collect(Collectors.toMap(Indicator::code, Function.identity()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "共调解各类矛盾纠纷46起，化解44起，化解率为95.7%。 | ",
            "受理信访40件，办结28件，办结率93%。             | RATE_MISMATCH",
            "受理信访40件，办结28件，办结率70%。             | ",
            "受理信访40件，办结38件，办结率达95%以上。        | ",
            "受理信访40件，办结36件，办结率达95%以上。        | RATE_MISMATCH",
            "来信来访65件，信访办结率100%，初访回流1件，初访回流率1.7%。 | ",
            "参考率、合格率均达100%。                        | ",
            "诉讼案件72起，其中民事诉讼50起，行政诉讼22起。   | ",
            "诉讼案件72起，其中民事诉讼50起，行政诉讼14起。   | SUM_MISMATCH",
            "诉讼案件72起，其中重大案件3起。                  | ",
            "办理行政许可98件。全年行政许可共计120件。        | CONFLICTING_VALUES",
            "办理行政许可98件。全年行政许可共计98件。         | "})
    void findingsFireOnlyWhereTheArithmeticFails(String sentence, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), codes(sentence), sentence);
    }

    @Test
    void aRateMismatchPointsAtTheNumbersItComparedAndSaysWhatTheyGive() {
        String text = "受理信访40件，办结28件，办结率93%。";
        Finding finding = ANALYZER.analyze(text).findings().stream()
                .filter(f -> f.code().equals("RATE_MISMATCH")).findFirst().orElseThrow();
        assertEquals(Finding.Severity.WARNING, finding.severity());
        assertEquals(List.of("40件", "28件", "93%"),
                finding.evidence().stream().map(s -> text.substring(s.start(), s.end())).toList());
        assertTrue(finding.message().contains("70.00%"), finding.message());
    }

    @Test
    void aTotalAndItsPartsAnswerTheirOwnQuestions() {
        Map<String, Indicator> ind = indicators("共调解各类矛盾纠纷46起，化解44起，化解率为95.7%。");
        assertEquals(new BigDecimal("46"), ind.get("disputes.received").value());
        assertEquals(new BigDecimal("44"), ind.get("disputes.resolved").value());
        assertEquals(new BigDecimal("95.7"), ind.get("disputes.resolution_rate").value());
    }

    @Test
    void distinctSubCountsWithoutATotalAreSummedAndMarkedDerived() {
        Indicator reviews = indicators("对13件重大决策和43份合同进行了合法性审查。").get("decision.legality_reviews");
        assertEquals(new BigDecimal("56"), reviews.value());
        assertTrue(reviews.derived());
        assertEquals(2, reviews.evidence().size());
    }

    @Test
    void oneMentionMayAnswerTwoQuestionsWhenTheSentenceSaysSo() {
        Map<String, Indicator> ind = indicators("我镇现有执法人员3名，全部取得行政执法证。");
        assertEquals(new BigDecimal("3"), ind.get("enforcement.officers").value());
        assertEquals(new BigDecimal("3"), ind.get("enforcement.certified_officers").value());
    }

    @Test
    void anIncreaseAndANormAreNotTotals() {
        assertFalse(indicators("新增持证执法人员3名。").containsKey("enforcement.certified_officers"));
        assertFalse(indicators("按照每村不少于4名的标准培养法律明白人。").containsKey("legal_literates.count"));
    }

    @Test
    void hotlineRequestsAreNotPetitions() {
        Map<String, Indicator> ind = indicators("受理12345热线诉求120件，来信来访35件。");
        assertEquals(new BigDecimal("120"), ind.get("hotline.requests").value());
        assertEquals(new BigDecimal("35"), ind.get("petitions.received").value());
    }

    @Test
    void zerosInWordsCountButASubKindsZeroDoesNotFeedItsParent() {
        Map<String, Indicator> ind = indicators("截至目前，本年度我镇无行政复议、行政应诉案件。");
        assertEquals(BigDecimal.ZERO, ind.get("reconsideration.cases").value());
        assertEquals(BigDecimal.ZERO, ind.get("litigation.cases").value());
        ReportAnalysis lost = ANALYZER.analyze("全年无行政败诉案件。");
        assertEquals(1, lost.mentions().size(), "无行政败诉 is a mention");
        assertTrue(lost.indicators().isEmpty(), "but it does not feed litigation.cases");
        assertTrue(ANALYZER.analyze("全年未发生重大安全事故。").mentions().isEmpty(), "未发生 states no count");
    }

    @Test
    void moneyIsNormalisedToYuan() {
        Indicator fines = indicators("查处违法行为200件并处罚金3.689万元。").get("enforcement.fines");
        assertEquals(new BigDecimal("36890"), fines.value());
        assertEquals("元", fines.unit());
    }

    @Test
    void indicatorsAStatementDoesNotAnswerAreAbsent() {
        assertTrue(ANALYZER.analyze("我镇高度重视法治政府建设。").indicators().isEmpty());
    }
}
