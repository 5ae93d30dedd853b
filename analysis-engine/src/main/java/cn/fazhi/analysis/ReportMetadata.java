package cn.fazhi.analysis;

/**
 * What the report says about itself: its title, the year and the township the title names.
 * Fields are {@code null} where the report does not say.
 */
public record ReportMetadata(String title, Span titleSpan, Integer year, Span yearSpan, String township,
        Span townshipSpan) {
}
