package cn.fazhi.analysis;

import java.util.Arrays;

/**
 * Sentence and clause boundaries of a text. A sentence ends at 。！？；or a line break; a clause
 * also at ，：. Enumeration commas (、) join the items of one clause.
 */
final class Sentences {

    private final String text;
    private final int[] starts;

    private Sentences(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    static Sentences of(String text) {
        int[] starts = new int[16];
        int count = 1;                                    // starts[0] = 0
        for (int i = 0; i < text.length(); i++) {
            if (endsSentence(text.charAt(i))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new Sentences(text, Arrays.copyOf(starts, count));
    }

    static boolean endsSentence(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == ';' || c == '\n';
    }

    static boolean endsClause(char c) {
        return endsSentence(c) || c == '，' || c == ',' || c == '：' || c == ':';
    }

    /** The sentence around an offset. */
    Span at(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        int index = i >= 0 ? i : -i - 2;
        int start = starts[index];
        int end = index + 1 < starts.length ? starts[index + 1] : text.length();
        return new Span(start, end);
    }

    /** Evidence sentences longer than this are cut to a window around the quantity they show. */
    static final int EVIDENCE_MAX = 400;
    private static final int EVIDENCE_CONTEXT = 150;

    /** Where the sentence before the one around {@code offset} starts (its own start for the first). */
    int previousStart(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        int index = i >= 0 ? i : -i - 2;
        return starts[Math.max(0, index - 1)];
    }

    /**
     * The sentence a figure's statement belongs to: a sentence that opens with 其中 continues the one
     * before (总数1090件。其中，合同1077件), so its parts are read with their total.
     */
    int statementStart(int offset) {
        Span span = at(offset);
        int i = span.start();
        while (i < span.end() && LineArtefacts.isBlank(text.charAt(i))) {
            i++;
        }
        return text.startsWith("其中", i) && span.start() > 0 ? previousStart(offset) : span.start();
    }

    /** The sentence's text without surrounding blanks, for evidence. */
    String textAt(int offset) {
        return evidence(offset, offset);
    }

    /**
     * The sentence around {@code [start, end)} without surrounding blanks, for evidence; in a sentence
     * longer than {@link #EVIDENCE_MAX} (a table pasted as one line, a run of figures) only the
     * {@value #EVIDENCE_CONTEXT} characters either side. It always contains {@code [start, end)} and
     * never cuts a surrogate pair.
     */
    String evidence(int start, int end) {
        Span span = at(start);
        int from = span.start();
        int to = Math.max(span.end(), end);
        if (to - from > EVIDENCE_MAX) {
            from = Math.max(from, start - EVIDENCE_CONTEXT);
            to = Math.min(to, end + EVIDENCE_CONTEXT);
            if (from > 0 && Character.isLowSurrogate(text.charAt(from)) && Character.isHighSurrogate(text.charAt(from - 1))) {
                from--;
            }
            if (to < text.length() && Character.isLowSurrogate(text.charAt(to)) && Character.isHighSurrogate(text.charAt(to - 1))) {
                to++;
            }
        }
        return text.substring(from, to).strip();
    }

    /** Where the clause that contains {@code offset} starts, not before {@code floor}. */
    int clauseStart(int offset, int floor) {
        int i = offset - 1;
        while (i >= floor && !endsClause(text.charAt(i))) {
            i--;
        }
        return i + 1;
    }

    /** Where the clause that contains {@code offset} ends, looking no further than {@code ceiling}. */
    int clauseEnd(int offset, int ceiling) {
        int i = offset;
        int stop = Math.min(text.length(), ceiling);
        while (i < stop && !endsClause(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
