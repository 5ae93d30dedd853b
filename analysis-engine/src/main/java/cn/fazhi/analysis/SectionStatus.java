package cn.fazhi.analysis;

/**
 * Whether a mandated section has a heading.
 *
 * @param heading the first heading that introduces it, {@code null} when it is missing
 */
public record SectionStatus(String code, String name, boolean required, boolean present, Span heading) {
}
