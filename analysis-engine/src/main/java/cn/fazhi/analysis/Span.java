package cn.fazhi.analysis;

/** A stretch of the analyzed text, as UTF-16 offsets ({@code end} exclusive). */
public record Span(int start, int end) {
}
