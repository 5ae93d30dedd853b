package cn.fazhi.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings that need no catalog (ANALYSIS.md §4): missing mandated sections, a title whose
 * year or township is not the submission's, a rate its own numerator and denominator contradict,
 * parts after 其中 that do not add up to their total.
 */
final class FindingRules {

    private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_UP);

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
                        "缺少“" + section.name() + "”部分（没有对应的标题）", List.of(where)));
            }
        }
        return findings;
    }

    List<Finding> metadata(ReportMetadata metadata, AnalysisContext context) {
        List<Finding> findings = new ArrayList<>();
        if (context.year() != null && metadata.year() != null && !context.year().equals(metadata.year())) {
            findings.add(new Finding("YEAR_MISMATCH", Finding.Severity.ERROR,
                    "标题中的年度（" + metadata.year() + "年）与提交的报告年度（" + context.year() + "年）不一致",
                    List.of(metadata.yearSpan())));
        }
        if (context.townshipName() != null && metadata.township() != null
                && !sameTownship(context.townshipName(), metadata.township())) {
            findings.add(new Finding("ORG_MISMATCH", Finding.Severity.WARNING,
                    "标题中的乡镇（" + metadata.township() + "）不是提交单位（" + context.townshipName() + "）",
                    List.of(metadata.townshipSpan())));
        }
        return findings;
    }

    private static boolean sameTownship(String expected, String named) {
        String a = expected.replaceAll("(镇|乡|街道|街道办事处)$", "");
        String b = named.replaceAll("(镇|乡|街道|街道办事处)$", "");
        return a.equals(b) || a.endsWith(b) || b.endsWith(a);
    }

    /**
     * 调解46起，化解44起，化解率为95.7%: the rate is checked only when the two counts come right before
     * it in the same sentence, the second counts what the rate's name says (化解 for 化解率) and no
     * other rate stands between them.
     */
    List<Finding> rates(String text, List<Mention> mentions, Sentences sentences) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 2; i < mentions.size(); i++) {
            Mention rate = mentions.get(i);
            Mention part = mentions.get(i - 1);
            Mention total = mentions.get(i - 2);
            if (!"%".equals(rate.unit()) || "%".equals(part.unit()) || "%".equals(total.unit())) {
                continue;
            }
            Span sentence = sentences.at(rate.start());
            if (total.start() < sentence.start() || !catalog.familyOf(part.unit()).equals(catalog.familyOf(total.unit()))
                    || total.value().signum() <= 0 || part.value().compareTo(total.value()) > 0) {
                continue;
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
            BigDecimal computed = part.value().multiply(BigDecimal.valueOf(100)).divide(total.value(), PRECISION);
            BigDecimal tolerance = BigDecimal.valueOf(5, Math.max(0, rate.value().scale()) + 1).add(new BigDecimal("1e-9"));
            BigDecimal gap = computed.subtract(rate.value());
            boolean wrong = rate.approx() == Approx.AT_LEAST ? gap.add(tolerance).signum() < 0
                    : gap.abs().compareTo(tolerance) > 0;
            if (wrong) {
                findings.add(new Finding("RATE_MISMATCH", Finding.Severity.WARNING,
                        "所述" + rateName.substring(0, mark + 1) + rate.text() + "与" + part.text() + "/" + total.text()
                                + "不符（按所述数字应为" + computed.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%）",
                        List.of(span(total), span(part), span(rate))));
            }
        }
        return findings;
    }

    /** 诉讼案件72起，其中民事诉讼50起，行政诉讼14起: two or more exact parts that do not sum to the total. */
    List<Finding> sums(String text, List<Mention> mentions, Sentences sentences) {
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
            boolean exact = total.approx() == Approx.EXACT && parts.stream().allMatch(p -> p.approx() == Approx.EXACT);
            if (parts.size() < 2 || !exact) {
                continue;
            }
            BigDecimal sum = parts.stream().map(Mention::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(total.value()) != 0) {
                List<Span> evidence = new ArrayList<>(List.of(span(total)));
                parts.forEach(p -> evidence.add(span(p)));
                findings.add(new Finding("SUM_MISMATCH", Finding.Severity.WARNING,
                        "“其中”所列各项之和（" + sum.toPlainString() + "）与总数" + total.text() + "不符", evidence));
            }
        }
        return findings;
    }

    /** Between a total and its 其中 only punctuation and blanks may stand. */
    private static boolean isJoiner(char c) {
        return c == '，' || c == ',' || c == '；' || c == '：' || Character.isWhitespace(c);
    }

    private static Span span(Mention mention) {
        return new Span(mention.start(), mention.end());
    }
}
