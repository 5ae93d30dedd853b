package cn.fazhi.analysis;

/**
 * What the submission says the report is, to check the report against: the reporting year and
 * the submitting township's name. Either may be {@code null} (a draft checked before submitting).
 */
public record AnalysisContext(Integer year, String townshipName) {

    public static final AnalysisContext NONE = new AnalysisContext(null, null);
}
