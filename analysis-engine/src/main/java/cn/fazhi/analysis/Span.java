package cn.fazhi.analysis;

/** A stretch of the analysed text, as UTF-16 offsets ({@code end} exclusive). */
public record Span(int start, int end) {
}
