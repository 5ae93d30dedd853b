package cn.fazhi.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the heading tree: 一、 → （一） → 1. → 一是, each heading at the start of a line. A short
 * unnumbered line without punctuation between two numbered top-level headings is a heading of
 * level 2 (some reports leave their sub-headings unnumbered). Headings of level 1 and 2 are
 * mapped to the mandated section whose keyword they contain.
 */
final class OutlineReader {

    private static final Pattern[] LEVELS = {
            // each tried with lookingAt() at the start of a line
            Pattern.compile("^[一二三四五六七八九十]+[、.．]"),
            Pattern.compile("^[（(][一二三四五六七八九十]+[）)]"),
            Pattern.compile("^[0-9]{1,2}[.．、](?![0-9])"),
            Pattern.compile("^[一二三四五六七八九十]+是")};
    private static final int UNNUMBERED_MAX = 25;
    private static final int TITLE_MAX = 60;

    private final List<SectionDefinition> sections;
    private final List<Pattern> sectionKeywords;

    OutlineReader(List<SectionDefinition> sections) {
        this.sections = sections;
        this.sectionKeywords = sections.stream().map(s -> Phrases.anyOf(s.keywords())).toList();
    }

    /** A heading before it is placed in the tree. */
    private record Flat(int level, String marker, String title, int start, int end, String section) {
    }

    List<Heading> read(String text) {
        List<Flat> flat = new ArrayList<>();
        List<int[]> unnumbered = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int start = lineStart;
            while (start < lineEnd && MetadataReader.isBlank(text.charAt(start))) {
                start++;
            }
            int end = lineEnd;
            while (end > start && MetadataReader.isBlank(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                Flat heading = numbered(text, start, end);
                if (heading != null) {
                    flat.add(heading);
                } else if (end - start <= UNNUMBERED_MAX && !hasPunctuation(text, start, end)) {
                    unnumbered.add(new int[] {start, end, flat.size()});
                }
            }
            lineStart = lineEnd + 1;
        }
        addUnnumbered(text, flat, unnumbered);
        return tree(flat);
    }

    private Flat numbered(String text, int start, int end) {
        String line = text.substring(start, end);
        for (int level = 0; level < LEVELS.length; level++) {
            Matcher m = LEVELS[level].matcher(line);
            if (m.lookingAt()) {
                int titleStart = start + m.end();
                int stop = line.indexOf('。', m.end());
                int titleEnd = stop < 0 ? end : start + stop;
                if (titleEnd > titleStart + TITLE_MAX) {
                    titleEnd = titleStart + TITLE_MAX;
                    if (Character.isLowSurrogate(text.charAt(titleEnd)) && Character.isHighSurrogate(text.charAt(titleEnd - 1))) {
                        titleEnd--;                         // never cut a character in two
                    }
                }
                String title = text.substring(titleStart, titleEnd).strip();
                if (title.isEmpty()) {
                    return null;
                }
                int lvl = level + 1;
                return new Flat(lvl, m.group(), title, start, titleEnd, lvl <= 2 ? section(title) : null);
            }
        }
        return null;
    }

    /** Unnumbered headings count only inside the numbered outline: not the title, not a signature. */
    private void addUnnumbered(String text, List<Flat> flat, List<int[]> candidates) {
        List<Integer> topLevel = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            if (flat.get(i).level() == 1) {
                topLevel.add(i);
            }
        }
        if (topLevel.size() < 2) {
            return;
        }
        int first = topLevel.get(0);
        int last = topLevel.get(topLevel.size() - 1);
        List<Flat> merged = new ArrayList<>(flat.size() + candidates.size());
        int next = 0;                                      // candidates are in text order, like flat
        for (int i = 0; i <= flat.size(); i++) {
            while (next < candidates.size() && candidates.get(next)[2] == i) {
                int[] c = candidates.get(next++);
                if (i > first && i <= last) {
                    String title = text.substring(c[0], c[1]);
                    merged.add(new Flat(2, "", title, c[0], c[1], section(title)));
                }
            }
            if (i < flat.size()) {
                merged.add(flat.get(i));
            }
        }
        flat.clear();
        flat.addAll(merged);
    }

    private String section(String title) {
        for (int i = 0; i < sections.size(); i++) {
            if (sectionKeywords.get(i).matcher(title).find()) {
                return sections.get(i).code();
            }
        }
        return null;
    }

    private static boolean hasPunctuation(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if ("。，；：、,;:！？!?（）()“”《》0123456789".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A heading while the tree is built. */
    private static final class Node {
        final Flat flat;
        final List<Node> children = new ArrayList<>();

        Node(Flat flat) {
            this.flat = flat;
        }

        /** Headings under a heading that introduces a section belong to it; they introduce none. */
        Heading freeze(boolean insideSection) {
            String section = insideSection ? null : flat.section();
            boolean below = insideSection || section != null;
            return new Heading(flat.level(), flat.marker(), flat.title(), flat.start(), flat.end(), section,
                    children.stream().map(child -> child.freeze(below)).toList());
        }
    }

    private static List<Heading> tree(List<Flat> flat) {
        List<Node> roots = new ArrayList<>();
        Deque<Node> open = new ArrayDeque<>();
        for (Flat f : flat) {
            Node node = new Node(f);
            while (!open.isEmpty() && open.peek().flat.level() >= f.level()) {
                open.pop();
            }
            if (open.isEmpty()) {
                roots.add(node);
            } else {
                open.peek().children.add(node);
            }
            open.push(node);
        }
        return roots.stream().map(root -> root.freeze(false)).toList();
    }
}
