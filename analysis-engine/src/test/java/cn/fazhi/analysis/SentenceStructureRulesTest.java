package cn.fazhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One invented sentence per class of the indicator model (catalog fields phrases, topics, actors,
 * audience, enumerations, 其中 sentences): which question each figure answers, and which it must not.
 * None of these sentences is taken from a report; each stands for a way reports phrase a figure.
 */
class SentenceStructureRulesTest {

    private static final ReportAnalyzer ANALYZER = new ReportAnalyzer();

    /** "code=value" for each evidence item, in text order; "-" when no figure answers a question. */
    private static String answers(String text) {
        List<String> items = ANALYZER.analyze(text).indicators().stream()
                .flatMap(i -> i.evidence().stream().map(e -> new Object[] {e.start(), i.code() + "=" + e.value().toPlainString()}))
                .sorted(java.util.Comparator.comparingInt(o -> (Integer) o[0]))
                .map(o -> (String) o[1]).toList();
        return items.isEmpty() ? "-" : items.stream().collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the thing counted named after the figure
            "全年召开3次依法治镇专题党委会。                                  | leadership.rule_of_law_meetings=3",
            // topics: study of law is law study, study of a plenum is not
            "将宪法纳入党委中心组学习内容，全年开展专题学习5次。               | leadership.law_study_sessions=5",
            "深入学习全会精神，党委中心组全年开展专题学习5次。                 | -",
            // audience: who the study reached decides between leadership and staff
            "将民法典纳入学习内容，全年开展专题学习6次，覆盖机关干部150人次。  | staff_training.sessions=6 staff_training.participants=150",
            "党委中心组集体学法4次，干部职工集体学法9次。                      | leadership.law_study_sessions=4 staff_training.sessions=9",
            // actors: an adviser's services need an adviser
            "镇法律顾问全年提供法律咨询35次。                                  | advisor.services=35",
            "宣传日当天接待群众法律咨询35人次。                                | -",
            // an enumeration is governed by the verb before its first item
            "全年审核行政合同12份、规范性文件5份。                             | decision.legality_reviews=12 decision.legality_reviews=5",
            // a verb and its counted noun anywhere up to the figure's clause
            "对镇级合同和重大决策开展全面审查86件。                            | decision.legality_reviews=86",
            // a sentence opening with 其中 continues its total
            "全年审核合同40件。其中，工程合同30件，采购合同10件。              | decision.legality_reviews=40",
            // one figure for each of several occasions is not a total
            "在宪法日和宪法宣传周各开展宣讲1场。                               | -",
            // a deployment of officers is not the officers' number
            "开展专项整治，出动执法人员120人。                                 | -",
            // a certificate obtained this year is an increase
            "今年共有9名干部考取行政执法证。                                   | -"})
    void eachClassOfSentence(String sentence, String expected) {
        assertEquals(expected.strip(), answers(sentence.strip()));
    }

    @Test
    void aFigureWithAUnitSeparatedByOneSpaceIsRead() {
        assertEquals("disputes.received=121", answers("全年共调解矛盾纠纷 121 件。"));
    }

    @Test
    void aGroupNamedByItsSizeIsNoCount() {
        assertEquals(List.of(), ANALYZER.analyze("社区五人小组成员参加。").mentions());
    }

    @Test
    void aRoundNumberAfterAnApproximationMarkerIsRead() {
        Mention m = ANALYZER.analyze("惠及群众近千人。").mentions().get(0);
        assertEquals("近千人", m.text());
        assertEquals(Approx.AT_MOST, m.approx());
        assertEquals(0, m.value().compareTo(java.math.BigDecimal.valueOf(1000)));
    }
}
