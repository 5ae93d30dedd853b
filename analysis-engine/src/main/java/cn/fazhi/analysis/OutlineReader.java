package cn.fazhi.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the heading tree: 一、 (or 第一部分) → （一） → 1. → 一是, each heading at the start of a line.
 * A short unnumbered line without punctuation between two numbered top-level headings is a heading
 * of level 2 (some reports leave their sub-headings unnumbered). Headings of level 1 and 2 are
 * mapped to the mandated section whose keyword they contain.
 *
 * <p>What conversion leaves around a heading does not hide it: bookmarks, table borders and bullets
 * at the line's edges ({@link LineArtefacts}); a marker Word kept on a line of its own, its words on
 * the next; a numbering Word kept outside the text and lost with it, when the unnumbered line names a
 * mandated section after the report's prose has begun (2025年工作思路 alone on a line); paragraphs
 * joined into one line by blanks, where a 一、 or （一） after a blank that follows a sentence's end
 * or another heading starts a heading, whose words end at the next blank.
 */
final class OutlineReader {

    private static final Pattern[] LEVELS = {
            // each tried with lookingAt() at the start of a line
            Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分)"),
            Pattern.compile("^[（(][一二三四五六七八九十]+[）)]"),
            Pattern.compile("^[0-9]{1,2}[.．、](?![0-9])"),
            Pattern.compile("^[一二三四五六七八九十]+是")};
    private static final int UNNUMBERED_MAX = 25;
    private static final int TITLE_MAX = 60;
    private static final String NUMERALS = "一二三四五六七八九十";
    /** The characters a marker of {@link #LEVELS} can begin with. */
    private static final String MARKER_STARTS = NUMERALS + "第（(0123456789";
    /** The characters each level's marker can begin with, in the order of {@link #LEVELS}. */
    private static final String[] LEVEL_STARTS = {NUMERALS + "第", "（(", "0123456789", NUMERALS};

    private final List<SectionDefinition> sections;
    /** Each section's keywords, searched without regular expressions (asked of every heading-like line). */
    private final List<PhraseSet> sectionKeywords;

    OutlineReader(List<SectionDefinition> sections) {
        this.sections = sections;
        this.sectionKeywords = sections.stream().map(s -> new PhraseSet(s.keywords())).toList();
    }

    /** A heading before it is placed in the tree. */
    private record Flat(int level, String marker, String title, int start, int end, String section) {
    }

    /** What the reading of one text has found so far. */
    private static final class Reading {
        final List<Flat> flat = new ArrayList<>();
        /** {start, end, index in flat}: short unnumbered lines that may be sub-headings. */
        final List<int[]> unnumbered = new ArrayList<>();
        /** A sentence (a line with a 。) has been read: a line naming a section after it is a heading, not the title. */
        boolean prose;
        /** A marker alone on its line, waiting for its words on the next. */
        Flat pending;
        /** {@link #LEVELS}' matchers over this text, made when first needed and moved from line to line. */
        final Matcher[] levels = new Matcher[LEVELS.length];
        final Blanks blanks;

        Reading(String text) {
            this.blanks = new Blanks(text);
        }
    }

    List<Heading> read(String text) {
        Reading reading = new Reading(text);
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int start = LineArtefacts.wordsStart(text, lineStart, lineEnd);
            int end = LineArtefacts.wordsEnd(text, start, lineEnd);
            if (start < end) {
                line(text, start, end, reading);
            }
            lineStart = lineEnd + 1;
        }
        addUnnumbered(text, reading.flat, reading.unnumbered);
        return tree(reading.flat);
    }

    /**
     * One line, cut where paragraphs were joined into it: before a 一、 or （一） that follows a blank
     * after a sentence's end (。：；！？) or after a heading's words (一、主要举措和成效 （一）强化…).
     * Only the blanks paragraphs are joined with (space, ideographic space, tab, no-break space) are
     * looked at, found by {@link Blanks}, so a line costs no scan of its every character.
     */
    private void line(String text, int start, int end, Reading reading) {
        int segment = start;
        boolean heading = startsTopMarker(text, start, end);
        boolean joined = false;
        for (int blank = reading.blanks.from(start, end); blank >= 0; ) {
            int next = blank;
            while (next < end && LineArtefacts.isBlank(text.charAt(next))) {
                next++;
            }
            if (next < end && blank > segment && startsTopMarker(text, next, end)
                    && (endsStatement(text.charAt(blank - 1))
                            || (heading && blank - segment <= TITLE_MAX && !contains(text, '。', segment, blank)))) {
                piece(text, segment, blank, true, reading);
                segment = next;
                heading = true;
                joined = true;
            }
            blank = reading.blanks.from(next, end);
        }
        piece(text, segment, end, joined, reading);
    }

    /** A line, or a paragraph of a joined line (whose heading's words end at the first blank). */
    private void piece(String text, int start, int end, boolean joined, Reading reading) {
        Flat heading = numbered(text, start, end, joined, reading);
        Flat pending = reading.pending;
        reading.pending = null;
        if (pending != null && heading == null && end - start <= TITLE_MAX) {
            int titleEnd = titleEnd(text, start, end, joined);
            String title = text.substring(start, titleEnd).strip();
            reading.flat.add(new Flat(pending.level(), pending.marker(), title, pending.start(), titleEnd,
                    pending.level() <= 2 ? section(title) : null));           // 一、⏎主要举措和成效
            return;
        }
        if (heading != null) {
            if (heading.title().isEmpty()) {
                reading.pending = heading;
            } else {
                reading.flat.add(heading);
            }
            return;
        }
        String section = reading.prose && end - start <= TITLE_MAX && isHeadingLike(text, start, end)
                && !endsLikeATitle(text, start, end) ? section(text.substring(start, end)) : null;
        if (section != null) {
            reading.flat.add(new Flat(1, "", text.substring(start, end), start, end, section));   // numbering lost
        } else if (end - start <= UNNUMBERED_MAX && !hasPunctuation(text, start, end)) {
            reading.unnumbered.add(new int[] {start, end, reading.flat.size()});
        }
        if (!reading.prose && contains(text, '。', start, end)) {
            reading.prose = true;                          // a sentence, not a breadcrumb or an index line
        }
    }

    private static boolean contains(String text, char c, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * The next blank of the kinds paragraphs are joined with, at or after an offset: where each kind
     * occurs next is remembered, so the text is searched about once per kind however many lines ask.
     */
    private static final class Blanks {
        private static final char[] KINDS = {' ', '\u3000', '\t', '\u00a0'};
        private final String text;
        /** The next occurrence of each kind found so far; -1: none to the text's end; -2: not searched yet. */
        private final int[] next = {-2, -2, -2, -2};

        Blanks(String text) {
            this.text = text;
        }

        /** The first such blank in {@code [from, to)}, or -1. */
        int from(int from, int to) {
            int first = -1;
            for (int k = 0; k < KINDS.length; k++) {
                if (next[k] != -1 && next[k] < from) {
                    next[k] = text.indexOf(KINDS[k], from);
                }
                if (next[k] >= 0 && next[k] < to && (first < 0 || next[k] < first)) {
                    first = next[k];
                }
            }
            return first;
        }
    }

    private Flat numbered(String text, int start, int end, boolean joined, Reading reading) {
        char first = text.charAt(start);
        if (MARKER_STARTS.indexOf(first) < 0) {
            return null;                                   // most lines: no regular expression tried
        }
        for (int level = 0; level < LEVELS.length; level++) {
            if (LEVEL_STARTS[level].indexOf(first) < 0) {
                continue;                                  // this level's marker cannot begin so
            }
            Matcher m = reading.levels[level];
            if (m == null) {
                m = reading.levels[level] = LEVELS[level].matcher(text);
            }
            m.region(start, end);                          // no copy of a long paragraph
            if (m.lookingAt()) {
                int titleStart = m.end();
                while (titleStart < end && LineArtefacts.isBlank(text.charAt(titleStart))) {
                    titleStart++;
                }
                int titleEnd = titleEnd(text, titleStart, end, joined);
                String title = text.substring(titleStart, titleEnd).strip();
                int lvl = level + 1;
                return new Flat(lvl, m.group(), title, start, titleEnd, lvl <= 2 && !title.isEmpty() ? section(title) : null);
            }
        }
        return null;
    }

    /**
     * Where a heading's words that begin at {@code start} end: at its 。, in a joined line at the first
     * blank, and no more than {@link #TITLE_MAX} characters on, never cutting a character in two.
     */
    private static int titleEnd(String text, int start, int end, boolean joined) {
        int limit = Math.min(end, start + TITLE_MAX);
        int i = start;
        while (i < limit && text.charAt(i) != '。' && !(joined && LineArtefacts.isBlank(text.charAt(i)))) {
            i++;
        }
        if (i == start + TITLE_MAX && i < end && Character.isLowSurrogate(text.charAt(i))
                && Character.isHighSurrogate(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** 一、 or （一） at {@code at}: checked by hand, so a blank in a joined line costs no regular expression. */
    private static boolean startsTopMarker(String text, int at, int end) {
        int i = at;
        boolean bracket = i < end && (text.charAt(i) == '（' || text.charAt(i) == '(');
        if (bracket) {
            i++;
        }
        int numerals = i;
        while (i < end && i - numerals < 3 && NUMERALS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i == numerals || i >= end) {
            return false;
        }
        char after = text.charAt(i);
        return bracket ? after == '）' || after == ')' : after == '、' || after == '.' || after == '．';
    }

    private static boolean endsStatement(char c) {
        return "。！？；：!?;:".indexOf(c) >= 0;
    }

    /** Words a heading can be: no sentence's or clause's end inside or after them. */
    private static boolean isHeadingLike(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if ("。；;！？!?：:".indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return "，,、".indexOf(text.charAt(end - 1)) < 0;
    }

    /** …工作总结, …情况报告: the words of a report's title, not of a heading inside it. */
    private static boolean endsLikeATitle(String text, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        String tail = Hanzi.simplified(text.substring(end - 2, end));
        return tail.equals("报告") || tail.equals("总结");
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

    /** The mandated section whose keyword the title names, in traditional script too (存在的問題). */
    private String section(String title) {
        String words = Hanzi.simplified(title);
        for (int i = 0; i < sections.size(); i++) {
            if (sectionKeywords.get(i).any(words)) {
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
