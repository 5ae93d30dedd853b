package cn.fazhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rates and sums over approximate figures (issue item 2): a figure with 余/多/超过/逾/以上 is a lower
 * bound, 近/不足/不到 an upper bound, 约/大约/左右 a band, and a finding fires only when no values
 * inside those bounds give what the report states. Every marker appears in both tables, once where
 * the statement is impossible and once where the bounds allow it, for a rate and for a sum.
 */
class ApproximateFiguresFindingsTest {

    private static final ReportAnalyzer ANALYZER = new ReportAnalyzer();

    private static List<Finding> findings(String text, String code) {
        return ANALYZER.analyze(text).findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    /** The mention the sentence's marker is read into, so a row cannot pass on a figure the engine did not see. */
    private static void assertMarkerRead(String sentence, String figure, String approx) {
        List<String> read = ANALYZER.analyze(sentence).mentions().stream()
                .map(m -> m.text() + " " + m.approx()).toList();
        assertTrue(read.contains(figure + " " + approx), sentence + " reads " + read);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // marker | sentence                                              | figure   | approx   | fires | allowed lo | allowed hi
            "余   | 受理矛盾纠纷150余件，化解120件，化解率98%。      | 150余件  | AT_LEAST | true  | 75    | 80",
            "余   | 受理矛盾纠纷150余件，化解120件，化解率80%。      | 150余件  | AT_LEAST | false |       |",
            "余   | 受理矛盾纠纷150余件，化解120件，化解率76.5%。    | 150余件  | AT_LEAST | false |       |",
            "多   | 受理矛盾纠纷200件，化解120多件，化解率70%。      | 120多件  | AT_LEAST | true  | 60    | 65",
            "多   | 受理矛盾纠纷200件，化解120多件，化解率62%。      | 120多件  | AT_LEAST | false |       |",
            "超过 | 受理矛盾纠纷200件，化解超过150件，化解率70%。    | 超过150件 | AT_LEAST | true  | 75    | 100",
            "超过 | 受理矛盾纠纷200件，化解超过150件，化解率90%。    | 超过150件 | AT_LEAST | false |       |",
            "逾   | 受理矛盾纠纷逾200件，化解180件，化解率95%。      | 逾200件  | AT_LEAST | true  | 0     | 90",
            "逾   | 受理矛盾纠纷逾200件，化解180件，化解率60%。      | 逾200件  | AT_LEAST | false |       |",
            "以上 | 受理矛盾纠纷200件以上，化解180件，化解率95%。    | 200件以上 | AT_LEAST | true  | 0     | 90",
            "以上 | 受理矛盾纠纷200件以上，化解180件，化解率85%。    | 200件以上 | AT_LEAST | false |       |",
            "以上 | 受理信访40件，办结36件，办结率达95%以上。         | 95%以上  | AT_LEAST | true  | 90    | 90",
            "以上 | 受理信访40件，办结36件，办结率达90%以上。         | 90%以上  | AT_LEAST | false |       |",
            "近   | 受理矛盾纠纷近200件，化解190件，化解率90%。      | 近200件  | AT_MOST  | true  | 95    | 100",
            "近   | 受理矛盾纠纷近200件，化解190件，化解率96%。      | 近200件  | AT_MOST  | false |       |",
            "不足 | 受理矛盾纠纷100件，化解不足50件，化解率80%。     | 不足50件 | AT_MOST  | true  | 0     | 50",
            "不足 | 受理矛盾纠纷100件，化解不足50件，化解率45%。     | 不足50件 | AT_MOST  | false |       |",
            "不到 | 受理矛盾纠纷100件，化解90件，化解率不到80%。     | 不到80%  | AT_MOST  | true  | 90    | 90",
            "不到 | 受理矛盾纠纷100件，化解90件，化解率不到95%。     | 不到95%  | AT_MOST  | false |       |",
            "约   | 受理矛盾纠纷约100件，化解80件，化解率95%。       | 约100件  | ABOUT    | true  | 72.72 | 88.89",
            "约   | 受理矛盾纠纷约100件，化解80件，化解率85%。       | 约100件  | ABOUT    | false |       |",
            "左右 | 受理矛盾纠纷200件，化解100件左右，化解率70%。    | 100件左右 | ABOUT    | true  | 45    | 55",
            "左右 | 受理矛盾纠纷200件，化解100件左右，化解率52%。    | 100件左右 | ABOUT    | false |       |",
            "大约 | 受理信访40件，办结28件，办结率大约90%。           | 大约90%  | ABOUT    | true  | 70    | 70",
            "大约 | 受理信访40件，办结28件，办结率大约75%。           | 大约75%  | ABOUT    | false |       |"})
    void aRateIsAMismatchOnlyWhenNoValuesInsideTheBoundsGiveIt(String marker, String sentence, String figure,
            String approx, boolean fires, BigDecimal lo, BigDecimal hi) {
        assertMarkerRead(sentence, figure, approx);
        List<Finding> found = findings(sentence, "RATE_MISMATCH");
        assertEquals(fires ? 1 : 0, found.size(), sentence + " → " + found);
        if (fires) {
            Finding.Range allowed = found.get(0).allowedRange();
            assertEquals(0, lo.compareTo(allowed.lo()), "allowed from " + allowed);
            assertEquals(0, hi.compareTo(allowed.hi()), "allowed up to " + allowed);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // marker | sentence                                                          | figure    | approx   | fires | parts lo | parts hi
            "余   | 共受理矛盾纠纷150余件，其中婚姻纠纷80件，邻里纠纷50件。         | 150余件   | AT_LEAST | true  | 130 | 130",
            "余   | 共受理矛盾纠纷150余件，其中婚姻纠纷80件，邻里纠纷75件。         | 150余件   | AT_LEAST | false |     |",
            "多   | 共受理矛盾纠纷100件，其中婚姻纠纷60多件，邻里纠纷20件。         | 60多件    | AT_LEAST | true  | 80  | 90",
            "多   | 共受理矛盾纠纷100件，其中婚姻纠纷60多件，邻里纠纷35件。         | 60多件    | AT_LEAST | false |     |",
            "超过 | 共受理矛盾纠纷100件，其中婚姻纠纷超过60件，邻里纠纷50件。       | 超过60件  | AT_LEAST | true  | 110 |",
            "超过 | 共受理矛盾纠纷100件，其中婚姻纠纷超过60件，邻里纠纷30件。       | 超过60件  | AT_LEAST | false |     |",
            "逾   | 共受理矛盾纠纷逾100件，其中婚姻纠纷60件，邻里纠纷30件。         | 逾100件   | AT_LEAST | true  | 90  | 90",
            "逾   | 共受理矛盾纠纷逾100件，其中婚姻纠纷60件，邻里纠纷45件。         | 逾100件   | AT_LEAST | false |     |",
            "以上 | 共受理矛盾纠纷100件以上，其中婚姻纠纷60件，邻里纠纷30件。       | 100件以上 | AT_LEAST | true  | 90  | 90",
            "以上 | 共受理矛盾纠纷100件以上，其中婚姻纠纷60件，邻里纠纷45件。       | 100件以上 | AT_LEAST | false |     |",
            "近   | 共受理矛盾纠纷近100件，其中婚姻纠纷60件，邻里纠纷20件。         | 近100件   | AT_MOST  | true  | 80  | 80",
            "近   | 共受理矛盾纠纷近100件，其中婚姻纠纷60件，邻里纠纷35件。         | 近100件   | AT_MOST  | false |     |",
            "不足 | 共受理矛盾纠纷100件，其中婚姻纠纷不足30件，邻里纠纷50件。       | 不足30件  | AT_MOST  | true  | 50  | 80",
            "不足 | 共受理矛盾纠纷100件，其中婚姻纠纷不足30件，邻里纠纷70件。       | 不足30件  | AT_MOST  | false |     |",
            "不到 | 共受理矛盾纠纷不到50件，其中婚姻纠纷40件，邻里纠纷30件。        | 不到50件  | AT_MOST  | true  | 70  | 70",
            "不到 | 共受理矛盾纠纷不到50件，其中婚姻纠纷20件，邻里纠纷20件。        | 不到50件  | AT_MOST  | false |     |",
            "约   | 共受理矛盾纠纷约100件，其中婚姻纠纷60件，邻里纠纷20件。         | 约100件   | ABOUT    | true  | 80  | 80",
            "约   | 共受理矛盾纠纷约100件，其中婚姻纠纷60件，邻里纠纷35件。         | 约100件   | ABOUT    | false |     |",
            "左右 | 共受理矛盾纠纷100件，其中婚姻纠纷50件左右，邻里纠纷20件。       | 50件左右  | ABOUT    | true  | 65  | 75",
            "左右 | 共受理矛盾纠纷100件，其中婚姻纠纷50件左右，邻里纠纷45件。       | 50件左右  | ABOUT    | false |     |",
            "大约 | 共受理矛盾纠纷100件，其中婚姻纠纷大约50件，邻里纠纷20件。       | 大约50件  | ABOUT    | true  | 65  | 75",
            "大约 | 共受理矛盾纠纷100件，其中婚姻纠纷大约50件，邻里纠纷48件。       | 大约50件  | ABOUT    | false |     |"})
    void aSumIsAMismatchOnlyWhenNoValuesInsideThePartsBoundsReachTheTotal(String marker, String sentence,
            String figure, String approx, boolean fires, BigDecimal lo, BigDecimal hi) {
        assertMarkerRead(sentence, figure, approx);
        List<Finding> found = findings(sentence, "SUM_MISMATCH");
        assertEquals(fires ? 1 : 0, found.size(), sentence + " → " + found);
        if (fires) {
            Finding.Range allowed = found.get(0).allowedRange();
            assertEquals(0, lo.compareTo(allowed.lo()), "parts from " + allowed);
            if (hi == null) {
                assertNull(allowed.hi(), "超过 sets no upper bound: " + allowed);
            } else {
                assertEquals(0, hi.compareTo(allowed.hi()), "parts up to " + allowed);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "办理行政许可120余件。全年行政许可共计125件。   | false",
            "办理行政许可120余件。全年行政许可共计135件。   | true",
            "办理行政许可近100件。全年行政许可共计96件。    | false",
            "办理行政许可约100件。全年行政许可共计120件。   | true"})
    void aValueRestatedIsAConflictOnlyWhenTheFirstStatementCannotAllowIt(String text, boolean fires) {
        assertEquals(fires ? 1 : 0, findings(text, "CONFLICTING_VALUES").size(), text);
    }

    @Test
    void aRateMismatchCarriesItsIndicatorItsStatedRateAndTheRangeTheCountsAllow() {
        String text = "一、主要举措和成效\n受理矛盾纠纷150余件，化解120件，化解率98%。\n二、存在的不足和原因\n无。";
        Finding finding = findings(text, "RATE_MISMATCH").get(0);
        assertEquals("MEASURES", finding.sectionCode());
        assertEquals("disputes.resolution_rate", finding.indicatorCode());
        assertEquals(0, new BigDecimal("98").compareTo(finding.statedValue()));
        assertEquals(new Finding.Range(new BigDecimal("75"), new BigDecimal("80")), finding.allowedRange());
        assertTrue(finding.message().contains("75.00%至80.00%"), finding.message());
    }

    @Test
    void aSumMismatchCarriesTheTotalsIndicatorTheTotalAndTheSumOfItsParts() {
        Finding finding = findings("共受理矛盾纠纷150余件，其中婚姻纠纷80件，邻里纠纷50件。", "SUM_MISMATCH").get(0);
        assertEquals("disputes.received", finding.indicatorCode());
        assertEquals(0, new BigDecimal("150").compareTo(finding.statedValue()));
        assertEquals(new Finding.Range(new BigDecimal("130"), new BigDecimal("130")), finding.allowedRange());
        assertNull(finding.sectionCode(), "no heading: no section");
    }

    @Test
    void aConflictCarriesTheIndicatorTheRestatedValueAndWhatTheFirstStatementAllows() {
        Finding finding = findings("办理行政许可120余件。全年行政许可共计135件。", "CONFLICTING_VALUES").get(0);
        assertEquals("enforcement.permits", finding.indicatorCode());
        assertEquals(0, new BigDecimal("135").compareTo(finding.statedValue()));
        assertEquals(new Finding.Range(new BigDecimal("120"), new BigDecimal("130")), finding.allowedRange());
    }

    @Test
    void aMissingSectionNamesItsSectionAndATitleMismatchTheYears() {
        ReportAnalysis analysis = ANALYZER.analyze("甲镇2023年法治政府建设情况报告\n一、主要举措和成效\n正文。",
                new AnalysisContext(2024, "甲镇"));
        List<String> missing = analysis.findings().stream().filter(f -> f.code().equals("MISSING_SECTION"))
                .map(Finding::sectionCode).sorted().toList();
        assertEquals(List.of("LEADERSHIP", "PLANS", "SHORTCOMINGS"), missing);
        Finding year = analysis.findings().stream().filter(f -> f.code().equals("YEAR_MISMATCH")).findFirst()
                .orElseThrow();
        assertEquals(0, BigDecimal.valueOf(2023).compareTo(year.statedValue()));
        assertEquals(new Finding.Range(BigDecimal.valueOf(2024), BigDecimal.valueOf(2024)), year.allowedRange());
        assertNull(year.indicatorCode());
    }
}
