package cn.fazhi.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.fazhi.testing.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The three real reports, read by hand and checked against the engine: every quantity they
 * state, their outline and sections, the indicators with evidence, the findings that must and
 * must not fire. baochang-2024 states only 7 quantities and dongjituo-2024 only 18; both lists
 * are complete.
 */
class FixtureAnalysisTest {

    private static final ReportAnalyzer ANALYZER = new ReportAnalyzer();

    private static ReportAnalysis analyze(String fixture, AnalysisContext context) {
        return ANALYZER.analyze(Fixtures.report(fixture), context);
    }

    /** "text=value unit approx" per mention, with the reports' special spaces written as plain ones. */
    private static List<String> mentions(ReportAnalysis analysis) {
        return analysis.mentions().stream()
                .map(m -> m.text().replaceAll("\\p{Zs}", " ") + "=" + m.value().toPlainString() + m.unit() + " " + m.approx())
                .toList();
    }

    private static void assertOffsets(String text, ReportAnalysis analysis) {
        for (Mention m : analysis.mentions()) {
            assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets of " + m);
        }
        for (Indicator i : analysis.indicators()) {
            for (Indicator.Evidence e : i.evidence()) {
                assertTrue(e.sentence().contains(text.substring(e.start(), e.end())), "evidence of " + i.code());
            }
        }
    }

    private static Map<String, Indicator> indicators(ReportAnalysis analysis) {
        return analysis.indicators().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
    }

    private static List<String> findingCodes(ReportAnalysis analysis) {
        return analysis.findings().stream().map(Finding::code).toList();
    }

    private static Map<String, Boolean> sections(ReportAnalysis analysis) {
        return analysis.sections().stream().collect(Collectors.toMap(SectionStatus::code, SectionStatus::present));
    }

    @Test
    void baochang2024() {
        ReportAnalysis a = analyze(Fixtures.BAOCHANG_2024, new AnalysisContext(2024, "包场镇"));
        assertOffsets(Fixtures.report(Fixtures.BAOCHANG_2024), a);
        assertEquals(List.of("100%=100% EXACT", "十余条=10条 AT_LEAST", "超过2000份=2000份 AT_LEAST", "3项=3项 EXACT",
                "8%=8% EXACT", "12宗=12宗 EXACT", "百分之百=100% EXACT"), mentions(a));

        assertEquals("2024年度包场镇法治政府建设工作报告", a.metadata().title());
        assertEquals(2024, a.metadata().year());
        assertEquals("包场镇", a.metadata().township());
        assertEquals(Map.of("MEASURES", true, "LEADERSHIP", true, "PLANS", true, "SHORTCOMINGS", false, "OTHER", false),
                sections(a));
        assertEquals(List.of("MISSING_SECTION"), findingCodes(a));
        assertTrue(a.findings().get(0).message().contains("存在的不足和原因"));

        Map<String, Indicator> ind = indicators(a);
        assertEquals(new BigDecimal("12"), ind.get("litigation.cases").value());
        assertEquals("件", ind.get("litigation.cases").unit());
        assertTrue(ind.get("litigation.cases").evidence().get(0).sentence().contains("行政诉讼一审案件12宗"));
        assertEquals(Approx.AT_LEAST, ind.get("decision.legality_reviews").approx());
        assertEquals(new BigDecimal("2000"), ind.get("decision.legality_reviews").value());
        assertEquals(new BigDecimal("3"), ind.get("decision.legal_opinions").value());
        assertEquals(new BigDecimal("100"), ind.get("decision.legality_review_rate").value());
        assertEquals(new BigDecimal("10"), ind.get("deputy_proposals.handled").value());
        assertFalse(ind.containsKey("disputes.received"), "baochang states no dispute count");
    }

    @Test
    void dongjituo2024() {
        ReportAnalysis a = analyze(Fixtures.DONGJITUO_2024, new AnalysisContext(2024, "东棘坨镇"));
        assertOffsets(Fixtures.report(Fixtures.DONGJITUO_2024), a);
        assertEquals(List.of("9名=9名 EXACT", "20余件=20件 AT_LEAST", "14件=14件 EXACT", "42件=42件 EXACT",
                "65件=65件 EXACT", "100%=100% EXACT", "1件=1件 EXACT", "1.7%=1.7% EXACT", "46起=46起 EXACT",
                "44起=44起 EXACT", "95.7 %=95.7% EXACT", "2起=2起 EXACT", "46起=46起 EXACT", "百分百=100% EXACT",
                "100%=100% EXACT", "11人=11人 EXACT", "1次=1次 EXACT"), mentions(a));

        assertEquals("东棘坨镇", a.metadata().township());
        assertEquals(Map.of("MEASURES", true, "LEADERSHIP", true, "PLANS", true, "SHORTCOMINGS", true, "OTHER", false),
                sections(a));
        assertFalse(findingCodes(a).contains("MISSING_SECTION"));
        assertFalse(findingCodes(a).contains("RATE_MISMATCH"), "44 of 46 is 95.65%, stated 95.7%: rounding");
        assertFalse(findingCodes(a).contains("YEAR_MISMATCH"));

        Map<String, Indicator> ind = indicators(a);
        assertEquals(new BigDecimal("46"), ind.get("disputes.received").value());
        assertFalse(ind.get("disputes.received").derived(), "46起 restated is one statement, not 92");
        assertEquals(new BigDecimal("95.7"), ind.get("disputes.resolution_rate").value());
        assertEquals(new BigDecimal("65"), ind.get("petitions.received").value());
        assertEquals(new BigDecimal("100"), ind.get("litigation.head_appearance_rate").value());
        assertEquals(new BigDecimal("11"), ind.get("enforcement.officers").value());
    }

    @Test
    void wangchang2023() {
        ReportAnalysis a = analyze(Fixtures.WANGCHANG_2023, new AnalysisContext(2023, "王场镇"));
        String text = Fixtures.report(Fixtures.WANGCHANG_2023);
        assertOffsets(text, a);
        List<String> mentions = mentions(a);
        for (String expected : List.of("80余份=80份 AT_LEAST", "2块=2块 EXACT", "60余场=60场 AT_LEAST",
                "行政复议=0件 EXACT", "行政应诉=0件 EXACT", "320余次=320次 AT_LEAST", "250件=250件 EXACT",
                "338余次=338次 AT_LEAST", "4名=4名 EXACT", "28名=28名 EXACT", "4次=4次 EXACT",
                "2000余人=2000人 AT_LEAST", "650人次=650人次 EXACT", "32人=32人 EXACT", "894件=894件 EXACT",
                "768件=768件 EXACT", "20余次=20次 AT_LEAST", "100家次=100家次 EXACT", "260条=260条 EXACT",
                "200件=200件 EXACT", "3.689万元=36890元 EXACT", "19名=19名 EXACT", "98件=98件 EXACT",
                "440次=440次 EXACT", "101个=101个 EXACT", "230余条=230条 AT_LEAST", "0条=0条 EXACT")) {
            assertTrue(mentions.contains(expected), () -> expected + " not in " + mentions);
        }
        assertFalse(mentions.stream().anyMatch(m -> m.startsWith("三个") || m.startsWith("两个")), "三个层面 are kinds");

        assertEquals("关于2023年法治政府建设情况的报告", a.metadata().title());
        assertEquals("王场镇", a.metadata().township(), "named by the issuing body's line above the title");
        assertEquals(Map.of("MEASURES", true, "LEADERSHIP", false, "PLANS", true, "SHORTCOMINGS", true, "OTHER", false),
                sections(a), "the leaders' duties are reported only inside a paragraph, not as a section");
        assertEquals(List.of("MISSING_SECTION"), findingCodes(a));

        Map<String, Indicator> ind = indicators(a);
        assertEquals(new BigDecimal("36890"), ind.get("enforcement.fines").value());
        assertEquals("元", ind.get("enforcement.fines").unit());
        assertEquals(new BigDecimal("0"), ind.get("reconsideration.cases").value());
        assertEquals(new BigDecimal("0"), ind.get("litigation.cases").value());
        assertEquals(new BigDecimal("0"), ind.get("disclosure.requests").value());
        assertEquals(new BigDecimal("28"), ind.get("legal_literates.count").value(), "每村不少于4名 is a norm");
        assertEquals(new BigDecimal("98"), ind.get("enforcement.permits").value());
        assertEquals(new BigDecimal("440"), ind.get("enforcement.inspections").value());
        assertEquals(new BigDecimal("250"), ind.get("disputes.received").value());
        assertEquals(Approx.AT_LEAST, ind.get("disputes.screenings").approx());
        assertFalse(ind.containsKey("advisor.count"), "2000余人 newly registered users are an increase");
    }

    @Test
    void theTitleIsCheckedAgainstTheSubmission() {
        ReportAnalysis a = analyze(Fixtures.BAOCHANG_2024, new AnalysisContext(2023, "三星镇"));
        assertEquals(List.of("MISSING_SECTION", "YEAR_MISMATCH", "ORG_MISMATCH"),
                a.findings().stream().map(Finding::code).sorted(java.util.Comparator.comparing(
                        c -> List.of("MISSING_SECTION", "YEAR_MISMATCH", "ORG_MISMATCH").indexOf(c))).toList());
        String text = Fixtures.report(Fixtures.BAOCHANG_2024);
        Finding year = a.findings().stream().filter(f -> f.code().equals("YEAR_MISMATCH")).findFirst().orElseThrow();
        assertEquals("2024年", text.substring(year.evidence().get(0).start(), year.evidence().get(0).end()));
        assertNull(ANALYZER.analyze("没有标题的正文。").metadata().title());
    }
}
