package cn.fazhi.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The findings that need no catalog (ANALYSIS.md §4): missing mandated sections, a title whose
 * year or township is not the submission's, a rate its own numerator and denominator contradict,
 * parts after 其中 that do not add up to their total. Rates and sums reason with the values each
 * figure allows ({@link Interval}): a finding only where none of them gives what the report states.
 */
final class FindingRules {

    /** A breakdown after 其中 lists at most this many parts; a longer run of figures is no breakdown to add up. */
    private static final int PARTS_MAX = 30;

    private final IndicatorCatalog catalog;

    FindingRules(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    List<Finding> sections(List<SectionStatus> sections, ReportMetadata metadata) {
        List<Finding> findings = new ArrayList<>();
        Span where = metadata.titleSpan() == null ? new Span(0, 0) : metadata.titleSpan();
        for (SectionStatus section : sections) {
            if (section.required() && !section.present()) {
                findings.add(new Finding("MISSING_SECTION", Finding.Severity.ERROR,
                        "缺少“" + section.name() + "”部分（没有对应的标题）", List.of(where), section.code(), null, null,
                        null));
            }
        }
        return findings;
    }

    List<Finding> metadata(ReportMetadata metadata, AnalysisContext context) {
        List<Finding> findings = new ArrayList<>();
        if (context.year() != null && metadata.year() != null && !context.year().equals(metadata.year())) {
            findings.add(new Finding("YEAR_MISMATCH", Finding.Severity.ERROR,
                    "标题中的年度（" + metadata.year() + "年）与提交的报告年度（" + context.year() + "年）不一致",
                    List.of(metadata.yearSpan()), null, null, BigDecimal.valueOf(metadata.year()),
                    new Finding.Range(BigDecimal.valueOf(context.year()), BigDecimal.valueOf(context.year()))));
        }
        if (context.townshipName() != null && metadata.township() != null
                && !sameTownship(context.townshipName(), metadata.township())) {
            findings.add(new Finding("ORG_MISMATCH", Finding.Severity.WARNING,
                    "标题中的乡镇（" + metadata.township() + "）不是提交单位（" + context.townshipName() + "）",
                    List.of(metadata.townshipSpan())));
        }
        return findings;
    }

    private static final java.util.regex.Pattern TOWNSHIP_KIND = java.util.regex.Pattern.compile("(镇|乡|街道|街道办事处)$");

    private static boolean sameTownship(String expected, String named) {
        String a = TOWNSHIP_KIND.matcher(Hanzi.simplified(expected)).replaceAll("");
        String b = TOWNSHIP_KIND.matcher(Hanzi.simplified(named)).replaceAll("");
        return a.equals(b) || a.endsWith(b) || b.endsWith(a);
    }

    /**
     * 调解46起，化解44起，化解率为95.7%: the rate is checked only when the two counts come right before
     * it in the same sentence, the second counts what the rate's name says (化解 for 化解率) and no
     * other rate stands between them. It is a mismatch when no numerator and denominator inside
     * their intervals give a rate inside the stated one's (its rounding and marker included):
     * 受理150余件，化解120件 allows 75 % to 80 %, so 化解率98% is one and 化解率约80% is not.
     *
     * @param indicatorAt the catalogued indicator answered by the mention starting at an offset
     */
    List<Finding> rates(String text, List<Mention> mentions, Sentences sentences, Map<Integer, String> indicatorAt) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 2; i < mentions.size(); i++) {
            Mention rate = mentions.get(i);
            Mention part = mentions.get(i - 1);
            Mention total = mentions.get(i - 2);
            if (!"%".equals(rate.unit()) || "%".equals(part.unit()) || "%".equals(total.unit())) {
                continue;
            }
            Span sentence = sentences.at(rate.start());
            if (total.start() < sentence.start() || !catalog.familyOf(part.unit()).equals(catalog.familyOf(total.unit()))) {
                continue;
            }
            Interval numerator = Interval.of(part);
            Interval denominator = Interval.of(total);
            if ((denominator.bounded() && denominator.hi().signum() <= 0)
                    || (denominator.bounded() && numerator.lo().compareTo(denominator.hi()) > 0)) {
                continue;                                   // a total of nothing, or a "part" larger than its total
            }
            String rateName = text.substring(sentences.clauseStart(rate.start(), part.end()), rate.start());
            int mark = rateName.lastIndexOf('率');
            if (mark < 2) {
                continue;
            }
            String verb = rateName.substring(mark - 2, mark);
            String partLead = text.substring(sentences.clauseStart(part.start(), total.end()), part.start());
            if (!partLead.contains(verb)) {
                continue;
            }
            Interval allowed = Interval.share(numerator, denominator);
            if (!allowed.overlaps(Interval.of(rate))) {
                findings.add(new Finding("RATE_MISMATCH", Finding.Severity.WARNING,
                        "所述" + rateName.substring(0, mark + 1) + rate.text() + "与" + part.text() + "/" + total.text()
                                + "不符（按所述数字应" + expected(allowed.describe(2, "%")) + "）",
                        List.of(span(total), span(part), span(rate)), null, indicatorAt.get(rate.start()),
                        rate.value(), allowed.toRange(2)));
            }
        }
        return findings;
    }

    /**
     * 诉讼案件72起，其中民事诉讼50起，行政诉讼14起: two or more parts whose sum cannot be the total.
     * Each figure allows its interval, so the parts allow every sum from the sum of their lower
     * bounds to that of their upper bounds; a mismatch is a total outside that range.
     *
     * @param indicatorAt the catalogued indicator answered by the mention starting at an offset
     */
    List<Finding> sums(String text, List<Mention> mentions, Sentences sentences, Map<Integer, String> indicatorAt) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention total = mentions.get(i);
            Span sentence = sentences.at(total.start());
            int qizhong = total.end();
            while (qizhong < sentence.end() && isJoiner(text.charAt(qizhong))) {
                qizhong++;
            }
            if (!text.startsWith("其中", qizhong) || qizhong >= sentence.end() || "%".equals(total.unit())) {
                continue;
            }
            String family = catalog.familyOf(total.unit());
            List<Mention> parts = new ArrayList<>();
            for (int j = i + 1; j < mentions.size() && j <= i + PARTS_MAX && mentions.get(j).start() < sentence.end(); j++) {
                Mention part = mentions.get(j);
                if (catalog.familyOf(part.unit()).equals(family)) {
                    parts.add(part);
                }
            }
            if (parts.size() < 2) {
                continue;
            }
            Interval sum = Interval.exactly(BigDecimal.ZERO);
            int scale = Math.max(0, total.value().scale());
            for (Mention part : parts) {
                sum = sum.plus(Interval.of(part));
                scale = Math.max(scale, part.value().scale());
            }
            if (!sum.overlaps(Interval.of(total))) {
                List<Span> evidence = new ArrayList<>(List.of(span(total)));
                parts.forEach(p -> evidence.add(span(p)));
                findings.add(new Finding("SUM_MISMATCH", Finding.Severity.WARNING,
                        "“其中”所列各项之和（" + sum.describe(Math.min(2, scale), "") + "）与总数" + total.text() + "不符",
                        evidence, null, indicatorAt.get(total.start()), total.value(), sum.toRange(2)));
            }
        }
        return findings;
    }

    /** 应为70.00%, 应在75.00%至80.00%之间, 应不超过80.00%. */
    private static String expected(String described) {
        if (described.contains("至")) {
            return "在" + described + "之间";
        }
        return described.startsWith("不") ? described : "为" + described;
    }

    /** Between a total and its 其中 only punctuation and blanks may stand. */
    private static boolean isJoiner(char c) {
        return c == '，' || c == ',' || c == '；' || c == '：' || Character.isWhitespace(c);
    }

    private static Span span(Mention mention) {
        return new Span(mention.start(), mention.end());
    }
}
