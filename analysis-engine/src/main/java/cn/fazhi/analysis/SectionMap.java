package cn.fazhi.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which mandated section each stretch of the text belongs to, so that a finding can say where it
 * is: a heading that introduces a section opens it, and the next heading of the same level or
 * above that introduces none closes it. Text before the first heading (the title, the preamble)
 * belongs to none.
 */
final class SectionMap {

    private final int[] starts;
    private final String[] codes;

    private SectionMap(int[] starts, String[] codes) {
        this.starts = starts;
        this.codes = codes;
    }

    static SectionMap of(List<Heading> outline) {
        List<Heading> flat = new ArrayList<>();
        flatten(outline, flat);
        int[] starts = new int[flat.size()];
        String[] codes = new String[flat.size()];
        String open = null;
        int openLevel = 0;
        for (int i = 0; i < flat.size(); i++) {
            Heading heading = flat.get(i);
            if (heading.section() != null) {
                open = heading.section();
                openLevel = heading.level();
            } else if (open != null && heading.level() <= openLevel) {
                open = null;
            }
            starts[i] = heading.start();
            codes[i] = open;
        }
        return new SectionMap(starts, codes);
    }

    private static void flatten(List<Heading> headings, List<Heading> into) {
        for (Heading heading : headings) {
            into.add(heading);
            flatten(heading.children(), into);
        }
    }

    /** The section code in force at {@code offset}, or {@code null}. */
    String at(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        int index = i >= 0 ? i : -i - 2;
        return index < 0 ? null : codes[index];
    }
}
