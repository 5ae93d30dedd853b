package cn.fazhi.analysis;

import java.util.List;

/**
 * A heading of the report's outline and the headings under it.
 *
 * @param level   1 for 一、, 2 for （一） (and for unnumbered headings inside a section), 3 for 1.,
 *                4 for 一是
 * @param marker  the enumerator as written, empty for an unnumbered heading
 * @param title   the heading's words, without the marker
 * @param section the mandated section it introduces, or {@code null}
 */
public record Heading(int level, String marker, String title, int start, int end, String section,
        List<Heading> children) {
}
