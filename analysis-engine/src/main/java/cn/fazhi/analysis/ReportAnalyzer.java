package cn.fazhi.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis engine: text in, what the report states out. Plain Java without framework types,
 * so it runs the same in the service, in unit tests, in a benchmark and on the command line.
 * Immutable and thread-safe once built; building it compiles the catalog's phrases once.
 */
public final class ReportAnalyzer {

    /** Bumped whenever a rule changes what is read out of the same text. */
    public static final String ENGINE_VERSION = "4";

    private final IndicatorCatalog catalog;
    private final MentionExtractor mentions = new MentionExtractor();
    private final MetadataReader metadata = new MetadataReader();
    private final OutlineReader outline;
    private final IndicatorMatcher indicators;
    private final FindingRules rules;

    public ReportAnalyzer() {
        this(IndicatorCatalog.defaults());
    }

    public ReportAnalyzer(IndicatorCatalog catalog) {
        this.catalog = catalog;
        this.outline = new OutlineReader(catalog.sections());
        this.indicators = new IndicatorMatcher(catalog);
        this.rules = new FindingRules(catalog);
    }

    public IndicatorCatalog catalog() {
        return catalog;
    }

    public ReportAnalysis analyze(String text) {
        return analyze(text, AnalysisContext.NONE);
    }

    /**
     * Reads any text, whatever it holds (empty, a run of digits, unpaired surrogates, control
     * characters, megabytes of headings): every step is bounded and reads a group, an offset or a
     * number only where one exists, so the result is an analysis, never an exception.
     * {@code null} reads as the empty text, a {@code null} context as {@link AnalysisContext#NONE}.
     */
    public ReportAnalysis analyze(String text, AnalysisContext context) {
        text = text == null ? "" : text;
        context = context == null ? AnalysisContext.NONE : context;
        Sentences sentences = Sentences.of(text);
        List<Heading> headings = outline.read(text);
        ReportMetadata meta = metadata.read(text, headings.isEmpty() ? -1 : headings.get(0).start());
        List<SectionStatus> sections = sections(headings);
        List<Mention> found = mentions.extract(text);

        List<IndicatorMatcher.Answer> answers = indicators.answers(text, found, sentences);
        Map<Integer, String> indicatorAt = new HashMap<>();
        answers.forEach(a -> indicatorAt.putIfAbsent(a.mention().start(), a.definition().code()));

        List<Finding> findings = new ArrayList<>();
        findings.addAll(rules.sections(sections, meta));
        findings.addAll(rules.metadata(meta, context));
        findings.addAll(rules.rates(text, found, sentences, indicatorAt));
        findings.addAll(rules.sums(text, found, sentences, indicatorAt));
        List<Indicator> answered = indicators.fold(text, answers, sentences, findings);
        SectionMap inSection = SectionMap.of(headings);
        findings.replaceAll(f -> f.sectionCode() != null || f.evidence().isEmpty() ? f
                : f.withSectionCode(inSection.at(f.evidence().get(0).start())));
        findings.sort(Comparator.comparing((Finding f) -> f.severity().ordinal())
                .thenComparingInt(f -> f.evidence().isEmpty() ? 0 : f.evidence().get(0).start()));
        return new ReportAnalysis(ENGINE_VERSION, meta, headings, sections, found, answered, List.copyOf(findings));
    }

    private List<SectionStatus> sections(List<Heading> headings) {
        List<SectionStatus> statuses = new ArrayList<>();
        for (SectionDefinition section : catalog.sections()) {
            Heading heading = firstOf(headings, section.code());
            statuses.add(new SectionStatus(section.code(), section.name(), section.required(), heading != null,
                    heading == null ? null : new Span(heading.start(), heading.end())));
        }
        return statuses;
    }

    private static Heading firstOf(List<Heading> headings, String code) {
        for (Heading heading : headings) {
            if (code.equals(heading.section())) {
                return heading;
            }
            Heading below = firstOf(heading.children(), code);
            if (below != null) {
                return below;
            }
        }
        return null;
    }
}
